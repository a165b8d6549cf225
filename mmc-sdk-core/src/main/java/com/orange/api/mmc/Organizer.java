package com.orange.api.mmc;

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
    }

    public Organizer(String accessKey, String accessKeyPassword, String serviceAccount, String serviceAccountPassword) {
        super(accessKey, accessKeyPassword, serviceAccount, serviceAccountPassword);
    }
}
