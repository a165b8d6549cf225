package com.orange.api.common;

/** The naming the MMC SDK gives common (core's {@code Mmc.SETTINGS_NAMING}), for tests that cannot see core. */
final class TestNaming {

    static final SettingsNaming MMC = new SettingsNaming("mmc.", "MMC_", "mmc.properties",
            "https://iosw.orange-api.net/api/MultimediaConference-1");

    private TestNaming() {
    }
}
