package com.orange.api.common;

import java.util.Objects;

/**
 * How a product SDK names its settings outside code; common itself names no product. Each product SDK
 * defines one and hands it to {@link OrangeApiUser}, {@link ServiceSettings#builder(SettingsNaming)} and the
 * {@link SettingsSource} factories that read system properties, the environment or the default file.
 *
 * @param systemPropertyPrefix the prefix of a key's system property, for example {@code mmc.} for
 *                             {@code -Dmmc.serviceUrl}
 * @param environmentPrefix    the prefix of a key's environment variable, for example {@code MMC_} for
 *                             {@code MMC_SERVICE_URL} (the key's name in upper snake case follows)
 * @param fileName             the settings file looked for in the working directory, then on the classpath,
 *                             for example {@code mmc.properties}
 * @param exampleServiceUrl    a service URL shown as an example when {@code serviceUrl} is invalid
 */
public record SettingsNaming(String systemPropertyPrefix, String environmentPrefix, String fileName,
        String exampleServiceUrl) {

    public SettingsNaming {
        Objects.requireNonNull(systemPropertyPrefix, "systemPropertyPrefix");
        Objects.requireNonNull(environmentPrefix, "environmentPrefix");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(exampleServiceUrl, "exampleServiceUrl");
    }

    /** @return the system property that overrides the file, for example {@code mmc.serviceUrl} */
    public String systemProperty(SettingKey key) {
        return systemPropertyPrefix + key.key();
    }

    /** @return the environment variable that overrides the file, for example {@code MMC_SERVICE_URL} */
    public String environmentVariable(SettingKey key) {
        return environmentPrefix + key.name();
    }
}
