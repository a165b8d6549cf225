package com.orange.api.common;

import java.util.Optional;

/**
 * The SDK's settings are missing, unreadable or invalid. The message names the setting key and where the
 * value came from (a file, a system property, an environment variable, the builder), so that the
 * operator knows what to fix; {@link #getKey()} and {@link #getSource()} expose the same for programs.
 */
public class ConfigurationException extends OrangeApiException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String source;

    /**
     * @param message what is wrong, in words an operator can act on (never the value of a secret)
     * @param key     the setting key concerned, or {@code null} when the problem is the whole source
     * @param source  where the settings came from (for example {@code file /etc/app/mmc.properties}), or
     *                {@code null} when unknown
     * @param cause   the underlying failure, or {@code null}
     */
    public ConfigurationException(String message, String key, String source, Throwable cause) {
        super(message, cause);
        this.key = key;
        this.source = source;
    }

    public ConfigurationException(String message, String key, String source) {
        this(message, key, source, null);
    }

    /** @return the setting key concerned, when the problem is one setting */
    public Optional<String> getKey() {
        return Optional.ofNullable(key);
    }

    /** @return where the offending settings came from, when known */
    public Optional<String> getSource() {
        return Optional.ofNullable(source);
    }
}
