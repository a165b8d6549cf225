package com.orange.api.mmc.samples;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;

/**
 * What a library user writes, run by {@link LibrarySettingsIT} in a separate JVM whose environment and
 * system properties the test sets: {@code Mmc.loadFromConfigFile()}, {@code Organizer.fromSettings()} and
 * {@code organizer.loadFromConfigFile()}, then {@code about}.
 */
public final class SettingsOnlyClient {

    private SettingsOnlyClient() {
    }

    public static void main(String[] args) {
        try (Mmc mmc = Mmc.loadFromConfigFile()) {
            Organizer loaded = new Organizer();
            loaded.loadFromConfigFile();
            System.out.println(mmc.about(Organizer.fromSettings()) + " " + mmc.about(loaded));
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
