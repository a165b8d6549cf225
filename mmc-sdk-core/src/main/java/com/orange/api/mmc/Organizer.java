package com.orange.api.mmc;

import com.orange.api.common.ApiCredentials;
import com.orange.api.common.LayeredSettings;
import com.orange.api.common.OrangeApiUser;

/**
 * The organizer of MMC conferences: the access key and its password (HTTP basic authentication) and the
 * service account and its password (the {@code ApplicationContext} header). Each {@link Mmc} call takes the
 * organizer it acts for, so one {@code Mmc} serves many organizers.
 *
 * <pre>{@code
 * Organizer organizer = new Organizer();
 * organizer.loadFromConfigFile();              // accessKey, accessKeyPassword, serviceAccount, serviceAccountPassword
 * // or
 * Organizer organizer = new Organizer("your_access_key", "your_access_key_password",
 *         "your_service_account", "your_service_account_password");
 * }</pre>
 */
public class Organizer extends OrangeApiUser {

    /** An organizer whose credentials are still to be set or loaded with {@code loadFromConfigFile}. */
    public Organizer() {
        super(Mmc.SETTINGS_NAMING);
    }

    /**
     * An organizer loaded as {@link #loadFromConfigFile()} does: system properties {@code mmc.<key>},
     * environment variables {@code MMC_<KEY>}, then {@code mmc.properties} if there is one. The four
     * {@code MMC_*} credentials alone are enough.
     *
     * @throws com.orange.api.common.ConfigurationException naming a missing credential and where it was looked for
     */
    public static Organizer fromSettings() {
        Organizer organizer = new Organizer();
        organizer.loadFromConfigFile();
        return organizer;
    }

    /**
     * An organizer loaded from the given layers of settings.
     *
     * @throws com.orange.api.common.ConfigurationException naming a missing credential and where it was looked for
     */
    public static Organizer fromSettings(LayeredSettings settings) {
        Organizer organizer = new Organizer();
        organizer.load(java.util.Objects.requireNonNull(settings, "settings"));
        return organizer;
    }

    public Organizer(String accessKey, String accessKeyPassword, String serviceAccount, String serviceAccountPassword) {
        super(Mmc.SETTINGS_NAMING, accessKey, accessKeyPassword, serviceAccount, serviceAccountPassword);
    }

    /** @return the checked credentials snapshot a call sends (see {@link OrangeApiUser#credentials()}) */
    ApiCredentials snapshot() {
        return credentials();
    }
}
