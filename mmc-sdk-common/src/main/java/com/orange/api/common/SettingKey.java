package com.orange.api.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every key that a settings file may hold. The first ten are the .NET SDK's {@code appSettings} keys; the
 * others are this SDK's.
 *
 * <p>Each key can also be given as a system property or an environment variable, named by the product's
 * {@link SettingsNaming}: a prefix and the key ({@code serviceUrl}), or a prefix and the key's name in upper
 * snake case ({@code SERVICE_URL}).
 */
public enum SettingKey {
    DISABLE_PROXY("disableProxy", false),
    PROXY_HOST("proxyHost", false),
    PROXY_PORT("proxyPort", false),
    PROXY_USERNAME("proxyUsername", false),
    PROXY_PASSWORD("proxyPassword", true),
    SERVICE_URL("serviceUrl", false),
    ACCESS_KEY("accessKey", false),
    ACCESS_KEY_PASSWORD("accessKeyPassword", true),
    SERVICE_ACCOUNT("serviceAccount", false),
    SERVICE_ACCOUNT_PASSWORD("serviceAccountPassword", true),
    CONNECT_TIMEOUT("connectTimeout", false),
    REQUEST_TIMEOUT("requestTimeout", false),
    MAX_ATTEMPTS("maxAttempts", false),
    MAX_RESPONSE_SIZE("maxResponseSize", false),
    TRUST_CERTIFICATE("trustCertificate", false),
    TRUST_STORE("trustStore", false),
    TRUST_STORE_PASSWORD("trustStorePassword", true),
    TRUST_STORE_TYPE("trustStoreType", false),
    CALL_TIMEOUT("callTimeout", false),
    ALLOW_PLAIN_HTTP("allowPlainHttp", false);

    private final String key;
    private final boolean secret;

    SettingKey(String key, boolean secret) {
        this.key = key;
        this.secret = secret;
    }

    /** @return the key as written in a settings file, for example {@code serviceUrl} */
    public String key() {
        return key;
    }

    /** @return whether the value is a secret, never to be printed */
    public boolean secret() {
        return secret;
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
