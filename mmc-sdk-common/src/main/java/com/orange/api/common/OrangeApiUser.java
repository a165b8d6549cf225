package com.orange.api.common;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The authentication data an Orange API needs: the access key and its password for HTTP basic
 * authentication, and the service account and its password for the mediation platform's
 * ApplicationContext header.
 *
 * <p>As in the manual, the four values are properties that can be set one by one or loaded from the
 * product's settings file with one of the {@code loadFromConfigFile} overloads (its system properties and
 * environment variables, named by its {@link SettingsNaming}, override the file). The object is safe to
 * share between threads: each call takes a consistent snapshot of them. {@link #toString()}
 * never shows a password.
 */
public abstract class OrangeApiUser {

    private final SettingsNaming naming;
    private volatile ApiCredentials credentials = new ApiCredentials(null, null, null, null);

    /**
     * An API user whose credentials are still to be set or loaded.
     *
     * @param naming how the product names its settings file, system properties and environment variables
     */
    protected OrangeApiUser(SettingsNaming naming) {
        this.naming = Objects.requireNonNull(naming, "naming");
    }

    /** An API user with all four credentials. */
    protected OrangeApiUser(SettingsNaming naming, String accessKey, String accessKeyPassword, String serviceAccount,
            String serviceAccountPassword) {
        this(naming);
        this.credentials = new ApiCredentials(accessKey, accessKeyPassword, serviceAccount, serviceAccountPassword);
    }

    public String getAccessKey() {
        return credentials.accessKey();
    }

    public synchronized void setAccessKey(String accessKey) {
        ApiCredentials c = credentials;
        credentials = new ApiCredentials(accessKey, c.accessKeyPassword(), c.serviceAccount(), c.serviceAccountPassword());
    }

    public String getAccessKeyPassword() {
        return credentials.accessKeyPassword();
    }

    public synchronized void setAccessKeyPassword(String accessKeyPassword) {
        ApiCredentials c = credentials;
        credentials = new ApiCredentials(c.accessKey(), accessKeyPassword, c.serviceAccount(), c.serviceAccountPassword());
    }

    public String getServiceAccount() {
        return credentials.serviceAccount();
    }

    public synchronized void setServiceAccount(String serviceAccount) {
        ApiCredentials c = credentials;
        credentials = new ApiCredentials(c.accessKey(), c.accessKeyPassword(), serviceAccount, c.serviceAccountPassword());
    }

    public String getServiceAccountPassword() {
        return credentials.serviceAccountPassword();
    }

    public synchronized void setServiceAccountPassword(String serviceAccountPassword) {
        ApiCredentials c = credentials;
        credentials = new ApiCredentials(c.accessKey(), c.accessKeyPassword(), c.serviceAccount(), serviceAccountPassword);
    }

    /**
     * Loads the four credentials from the product's system properties, environment variables and settings
     * file in the working directory, else on the classpath, in that order of precedence. The file is
     * optional: the four credentials in the environment are enough.
     *
     * @throws ConfigurationException when the file found is invalid, or a credential is missing (naming the
     *                                key and every place it was looked for)
     */
    public void loadFromConfigFile() {
        load(SettingsSource.defaultLocationOrNone(naming));
    }

    /**
     * Loads the four credentials from the given properties file.
     *
     * @throws ConfigurationException when the file is missing or invalid, or a credential is missing
     */
    public void loadFromConfigFile(Path file) {
        load(SettingsSource.fromFile(Objects.requireNonNull(file, "file")));
    }

    /**
     * Loads the four credentials from a properties stream, which the caller keeps and closes.
     *
     * @throws ConfigurationException when the stream is invalid or a credential is missing
     */
    public void loadFromConfigFile(InputStream stream) {
        load(SettingsSource.fromStream(Objects.requireNonNull(stream, "stream"), "given to loadFromConfigFile"));
    }

    /**
     * Loads the four credentials from layered settings: all four must be present. For a product SDK that
     * finds its settings itself (its own factory methods call it).
     *
     * @throws ConfigurationException naming the first missing key and where it was looked for
     */
    protected synchronized void load(LayeredSettings settings) {
        credentials = new ApiCredentials(
                settings.requiredString(SettingKey.ACCESS_KEY),
                settings.requiredString(SettingKey.ACCESS_KEY_PASSWORD),
                settings.requiredString(SettingKey.SERVICE_ACCOUNT),
                settings.requiredString(SettingKey.SERVICE_ACCOUNT_PASSWORD));
    }

    private void load(SettingsSource file) {
        load(LayeredSettings.standard(naming, file));
    }

    /**
     * A consistent snapshot of the four credentials, checked to be all present: what a call sends. For the
     * product SDK's user class, which hands it to its client.
     *
     * @throws ConfigurationException naming the first credential that is not set
     */
    protected final ApiCredentials credentials() {
        ApiCredentials c = credentials;
        requirePresent(c.accessKey(), SettingKey.ACCESS_KEY);
        requirePresent(c.accessKeyPassword(), SettingKey.ACCESS_KEY_PASSWORD);
        requirePresent(c.serviceAccount(), SettingKey.SERVICE_ACCOUNT);
        requirePresent(c.serviceAccountPassword(), SettingKey.SERVICE_ACCOUNT_PASSWORD);
        return c;
    }

    private void requirePresent(String value, SettingKey key) {
        if (value == null || value.isBlank()) {
            throw new ConfigurationException(getClass().getSimpleName() + " has no '" + key.key()
                    + "': set it or call loadFromConfigFile()", key.key(), getClass().getSimpleName());
        }
    }

    @Override
    public String toString() {
        ApiCredentials c = credentials;
        return "[" + getClass().getSimpleName() + "]\n  AccessKey = '" + c.accessKey() + "'\n  AccessKeyPassword = '****'"
                + "\n  ServiceAccount = '" + c.serviceAccount() + "'\n  ServiceAccountPassword = '****'";
    }
}
