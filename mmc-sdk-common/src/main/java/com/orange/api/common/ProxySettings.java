package com.orange.api.common;

import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the service through an HTTP proxy, as the manual's three choices: no proxy
 * ({@code disableProxy=true}), the system's proxy (the default), or an explicit host and port with
 * optional basic proxy authentication ({@code proxyHost}, {@code proxyPort}, {@code proxyUsername},
 * {@code proxyPassword}).
 */
public final class ProxySettings {

    /** Which of the three choices is in force. */
    public enum Mode {
        /** Connect directly, ignoring any system proxy. */
        DISABLED,
        /** Use the JVM's proxy selector (system properties {@code https.proxyHost}, ...). */
        SYSTEM,
        /** Use the given host and port. */
        EXPLICIT
    }

    private static final ProxySettings DISABLED = new ProxySettings(Mode.DISABLED, null, 0, null, null);
    private static final ProxySettings SYSTEM = new ProxySettings(Mode.SYSTEM, null, 0, null, null);

    private final Mode mode;
    private final String host;
    private final int port;
    private final String username;
    private final String password;

    private ProxySettings(Mode mode, String host, int port, String username, String password) {
        this.mode = mode;
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
    }

    /** @return settings that connect directly */
    public static ProxySettings disabled() {
        return DISABLED;
    }

    /** @return settings that use the JVM's proxy selector */
    public static ProxySettings system() {
        return SYSTEM;
    }

    /**
     * @param username {@code null} for a proxy without authentication
     * @param password {@code null} for a proxy without authentication
     */
    public static ProxySettings explicit(String host, int port, String username, String password) {
        Objects.requireNonNull(host, "host");
        if (port < SettingKey.PROXY_PORT.min() || port > SettingKey.PROXY_PORT.max()) {
            throw new IllegalArgumentException("port must be from " + SettingKey.PROXY_PORT.min() + " to "
                    + SettingKey.PROXY_PORT.max() + ": " + port);
        }
        return new ProxySettings(Mode.EXPLICIT, host, port, username, password);
    }

    /** @return which of the three choices is in force */
    public Mode mode() {
        return mode;
    }

    /** @return the proxy host, for {@link Mode#EXPLICIT} */
    public Optional<String> host() {
        return Optional.ofNullable(host);
    }

    /** @return the proxy port, 0 unless {@link Mode#EXPLICIT} */
    public int port() {
        return port;
    }

    /** @return the proxy user, when the proxy asks for basic authentication */
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /** @return the proxy password, when the proxy asks for basic authentication; never printed */
    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProxySettings that && mode == that.mode && port == that.port
                && Objects.equals(host, that.host) && Objects.equals(username, that.username)
                && Objects.equals(password, that.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, host, port, username);
    }

    @Override
    public String toString() {
        return switch (mode) {
            case DISABLED -> "no proxy";
            case SYSTEM -> "system proxy";
            case EXPLICIT -> "proxy " + host + ":" + port + (username == null ? "" : " as " + username + " (password ****)");
        };
    }
}
