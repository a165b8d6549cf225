package com.orange.api.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every key that {@code mmc.properties} may hold. The first ten are the manual's {@code mmc.config} keys;
 * the others are this SDK's.
 *
 * <p>Each key can also be given as a system property {@code mmc.<key>} (for example
 * {@code -Dmmc.serviceUrl=...}) or an environment variable {@code MMC_<KEY>} in upper snake case (for
 * example {@code MMC_SERVICE_URL}, {@code MMC_ACCESS_KEY_PASSWORD}).
 */
public enum SettingKey {
    DISABLE_PROXY("disableProxy", Scope.SERVICE, false),
    PROXY_HOST("proxyHost", Scope.SERVICE, false),
    PROXY_PORT("proxyPort", Scope.SERVICE, false),
    PROXY_USERNAME("proxyUsername", Scope.SERVICE, false),
    PROXY_PASSWORD("proxyPassword", Scope.SERVICE, true),
    SERVICE_URL("serviceUrl", Scope.SERVICE, false),
    ACCESS_KEY("accessKey", Scope.USER, false),
    ACCESS_KEY_PASSWORD("accessKeyPassword", Scope.USER, true),
    SERVICE_ACCOUNT("serviceAccount", Scope.USER, false),
    SERVICE_ACCOUNT_PASSWORD("serviceAccountPassword", Scope.USER, true),
    CONNECT_TIMEOUT("connectTimeout", Scope.SERVICE, false),
    REQUEST_TIMEOUT("requestTimeout", Scope.SERVICE, false),
    MAX_ATTEMPTS("maxAttempts", Scope.SERVICE, false),
    MAX_RESPONSE_SIZE("maxResponseSize", Scope.SERVICE, false),
    TRUST_CERTIFICATE("trustCertificate", Scope.SERVICE, false),
    TRUST_STORE("trustStore", Scope.SERVICE, false),
    TRUST_STORE_PASSWORD("trustStorePassword", Scope.SERVICE, true),
    TRUST_STORE_TYPE("trustStoreType", Scope.SERVICE, false);

    /** Which object a key configures. */
    public enum Scope {
        /** The service client ({@code Mmc}): where and how to connect. */
        SERVICE,
        /** The API user ({@code Organizer}): the four credentials. */
        USER
    }

    private final String key;
    private final Scope scope;
    private final boolean secret;

    SettingKey(String key, Scope scope, boolean secret) {
        this.key = key;
        this.scope = scope;
        this.secret = secret;
    }

    /** @return the key as written in {@code mmc.properties}, for example {@code serviceUrl} */
    public String key() {
        return key;
    }

    /** @return whether the key configures the service client or the API user */
    public Scope scope() {
        return scope;
    }

    /** @return whether the value is a secret, never to be printed */
    public boolean secret() {
        return secret;
    }

    /** @return the system property that overrides the file, for example {@code mmc.serviceUrl} */
    public String systemProperty() {
        return "mmc." + key;
    }

    /** @return the environment variable that overrides the file, for example {@code MMC_SERVICE_URL} */
    public String environmentVariable() {
        return "MMC_" + name();
    }

    /** @return the key whose file spelling is {@code key} (case-sensitive, as in the file) */
    public static Optional<SettingKey> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** @return the known key closest to an unknown one, to suggest in an error message */
    static Optional<SettingKey> closestTo(String unknown) {
        String wanted = unknown.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return Arrays.stream(values())
                .filter(k -> k.key.toLowerCase(Locale.ROOT).equals(wanted) || editDistance(k.key.toLowerCase(Locale.ROOT), wanted) <= 2)
                .findFirst();
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
