package com.orange.api.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every setting, defined once: its key, the type of its value (which says whether it is a secret), its bounds,
 * its default and what it means. Parsing and validation ({@link LayeredSettings}, {@link ServiceSettings}),
 * framework properties and their metadata, the example settings file and what a command line prints about its
 * settings all derive from these definitions; tests compare each of them with it, key by key.
 *
 * <p>The first ten are the .NET SDK's {@code appSettings} keys; the others are this SDK's. Each key can also
 * be given as a system property or an environment variable, named by the product's {@link SettingsNaming}: a
 * prefix and the key ({@code serviceUrl}), or a prefix and the key's name in upper snake case
 * ({@code SERVICE_URL}).
 */
public enum SettingKey {
    DISABLE_PROXY("disableProxy", Type.BOOLEAN, "false", "Connect directly, ignoring any proxy of the JVM."),
    PROXY_HOST("proxyHost", Type.HOST, null, "The HTTP proxy's host; proxyPort is required with it."),
    PROXY_PORT("proxyPort", 1, 65535, null, "The HTTP proxy's port."),
    PROXY_USERNAME("proxyUsername", Type.TEXT, null, "The user for basic proxy authentication, with proxyPassword."),
    PROXY_PASSWORD("proxyPassword", Type.SECRET, null,
            "The password for basic proxy authentication, with proxyUsername."),
    SERVICE_URL("serviceUrl", Type.URL, null, "The service endpoint. Required."),
    ACCESS_KEY("accessKey", Type.TEXT, null, "The access key of the organizer's contract (HTTP basic authentication)."),
    ACCESS_KEY_PASSWORD("accessKeyPassword", Type.SECRET, null, "The access key's password."),
    SERVICE_ACCOUNT("serviceAccount", Type.TEXT, null, "The organizer's service account."),
    SERVICE_ACCOUNT_PASSWORD("serviceAccountPassword", Type.SECRET, null, "The service account's password."),
    CONNECT_TIMEOUT("connectTimeout", Type.DURATION, "PT10S", "The time allowed to open a connection."),
    REQUEST_TIMEOUT("requestTimeout", Type.DURATION, "PT30S",
            "The time allowed for a whole request, from sending to the last byte of the answer."),
    MAX_ATTEMPTS("maxAttempts", 1, 10, "3",
            "How many times a call that may safely be repeated is tried, the first included (1 disables retries)."),
    MAX_RESPONSE_SIZE("maxResponseSize", 1024, Integer.MAX_VALUE, "4194304",
            "The largest answer read, in bytes; a larger one fails the call."),
    TRUST_CERTIFICATE("trustCertificate", Type.FILE, null,
            "A PEM or DER certificate to trust in addition to the JVM's trusted roots."),
    TRUST_STORE("trustStore", Type.FILE, null,
            "A key store whose certificates are trusted in addition to the JVM's trusted roots."),
    TRUST_STORE_PASSWORD("trustStorePassword", Type.SECRET, null, "The trust store's password; only with trustStore."),
    TRUST_STORE_TYPE("trustStoreType", Type.TEXT, null,
            "The trust store's type (PKCS12, JKS); the JVM's default type when not set; only with trustStore."),
    CALL_TIMEOUT("callTimeout", Type.DURATION, null, "The most time a whole call may take, retries and the waits"
            + " between them included; when not set, none beyond maxAttempts attempts of requestTimeout each."),
    ALLOW_PLAIN_HTTP("allowPlainHttp", Type.BOOLEAN, "false", "Accept a plain http:// service URL on another"
            + " machine, whose credentials then cross the network in clear (a WARN at build); this machine"
            + " (localhost, 127.0.0.0/8, ::1) is always allowed.");

    /** What a setting's value is, and how it is written. */
    public enum Type {
        /** {@code true} or {@code false}, in any case. */
        BOOLEAN("Either true or false"),
        /** A whole number between the key's {@link SettingKey#min()} and {@link SettingKey#max()}. */
        INTEGER("A whole number"),
        /**
         * A duration from {@link LayeredSettings#MIN_DURATION} to {@link LayeredSettings#MAX_DURATION}, in
         * ISO-8601 or in milliseconds.
         */
        DURATION("ISO-8601 (PT30S) or milliseconds (30000), from 1 ms to 24 hours"),
        /** An absolute http or https URL with a host, without user information, with a port, if any, 1-65535. */
        URL("An absolute https URL (http only to this machine, unless allowPlainHttp), without user:password@,"
                + " with a port, if any, from 1 to 65535"),
        /** A host name or an IP address alone: no scheme, port, path or space. */
        HOST("A host name or IP address alone (no http://, no port, no space)"),
        /** Any text. */
        TEXT(null),
        /** Any text, never printed, logged or echoed in an error. */
        SECRET("A secret, never printed"),
        /** The path of a readable regular file. */
        FILE("The path of a readable file");

        private final String form;

        Type(String form) {
            this.form = form;
        }
    }

    private final String key;
    private final Type type;
    private final int min;
    private final int max;
    private final String defaultValue;
    private final String description;

    SettingKey(String key, Type type, String defaultValue, String description) {
        this(key, type, 0, 0, defaultValue, description);
    }

    SettingKey(String key, int min, int max, String defaultValue, String description) {
        this(key, Type.INTEGER, min, max, defaultValue, description);
    }

    SettingKey(String key, Type type, int min, int max, String defaultValue, String description) {
        this.key = key;
        this.type = type;
        this.min = min;
        this.max = max;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** @return the key as written in a settings file, for example {@code serviceUrl} */
    public String key() {
        return key;
    }

    /** @return what the value is, and so how it is parsed and checked */
    public Type type() {
        return type;
    }

    /** @return whether the value is a secret, never to be printed */
    public boolean secret() {
        return type == Type.SECRET;
    }

    /** @return the smallest value of an {@link Type#INTEGER} setting; 0 for other types */
    public int min() {
        return min;
    }

    /** @return the largest value of an {@link Type#INTEGER} setting; 0 for other types */
    public int max() {
        return max;
    }

    /**
     * @return the value in force when no source gives one, spelt as in a settings file ({@code PT10S},
     *         {@code 3}); empty when the setting has none
     */
    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** @return what the setting means, in one or two sentences, without its form, bounds or default */
    public String description() {
        return description;
    }

    /**
     * @return the whole documentation of the setting: what it means, how its value is written (with its
     *         bounds) and its default, for example {@code "The HTTP proxy's port. A whole number from 1 to
     *         65535."}
     */
    public String documentation() {
        StringBuilder text = new StringBuilder(description);
        if (type.form != null) {
            text.append(' ').append(type.form);
            if (type == Type.INTEGER) {
                text.append(" from ").append(min).append(" to ").append(max);
            }
            text.append('.');
        }
        defaultValue().ifPresent(value -> text.append(" Default: ").append(value).append('.'));
        return text.toString();
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
