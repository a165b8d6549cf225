package com.orange.api.common;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where and how an Orange API client connects: service URL, proxy, timeouts, attempts and trust. Immutable;
 * built by {@link #builder(SettingsNaming)} from values given in code over system properties, environment
 * variables and an optional settings file, in that order of precedence (see {@link LayeredSettings}), named
 * as the product names them.
 *
 * <pre>{@code
 * ServiceSettings settings = ServiceSettings.builder(naming)
 *         .configFile(Path.of("app.properties"))     // optional
 *         .requestTimeout(Duration.ofSeconds(20))    // wins over the file
 *         .build();
 * }</pre>
 *
 * <p>Each setting's form, bounds and default are those of its {@link SettingKey}; a value is parsed and
 * checked by {@link LayeredSettings}, and the checks across settings (proxy, trust store, plain http) fail
 * at {@code build()} too.
 */
public final class ServiceSettings {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceSettings.class);

    /** Each setting's default, parsed as a value given in a file would be. */
    private static final LayeredSettings DEFAULTS = LayeredSettings.of(List.of(SettingsSource.defaults()));

    /** Default time allowed to open a connection ({@link SettingKey#CONNECT_TIMEOUT}). */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = DEFAULTS.duration(SettingKey.CONNECT_TIMEOUT).orElseThrow();
    /** Default time allowed for a whole request ({@link SettingKey#REQUEST_TIMEOUT}). */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = DEFAULTS.duration(SettingKey.REQUEST_TIMEOUT).orElseThrow();
    /** Default number of attempts for a call that may be retried ({@link SettingKey#MAX_ATTEMPTS}). */
    public static final int DEFAULT_MAX_ATTEMPTS = DEFAULTS.integer(SettingKey.MAX_ATTEMPTS).orElseThrow();
    /** Upper bound of {@link SettingKey#MAX_ATTEMPTS}: more would hold a caller for minutes. */
    public static final int MAX_MAX_ATTEMPTS = SettingKey.MAX_ATTEMPTS.max();
    /** Default largest answer read, in bytes ({@link SettingKey#MAX_RESPONSE_SIZE}). */
    public static final int DEFAULT_MAX_RESPONSE_SIZE = DEFAULTS.integer(SettingKey.MAX_RESPONSE_SIZE).orElseThrow();

    private final URI serviceUrl;
    private final ProxySettings proxy;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final Duration callTimeout;
    private final boolean allowPlainHttp;
    private final int maxAttempts;
    private final int maxResponseSize;
    private final Path trustCertificate;
    private final Path trustStore;
    private final String trustStorePassword;
    private final String trustStoreType;

    /** @param layers the sources of the settings, highest first, the {@link SettingsSource#defaults()} last */
    private ServiceSettings(SettingsNaming naming, LayeredSettings layers) {
        this.serviceUrl = layers.httpUrl(SettingKey.SERVICE_URL, naming.exampleServiceUrl())
                .orElseThrow(() -> new ConfigurationException("Missing setting 'serviceUrl': set it in "
                        + naming.fileName() + ", as system property " + naming.systemProperty(SettingKey.SERVICE_URL)
                        + ", environment variable " + naming.environmentVariable(SettingKey.SERVICE_URL)
                        + " or with the builder", SettingKey.SERVICE_URL.key(), null));
        this.allowPlainHttp = layers.bool(SettingKey.ALLOW_PLAIN_HTTP).orElseThrow();
        checkPlainHttp(serviceUrl, allowPlainHttp);
        this.proxy = proxyFrom(layers);
        this.connectTimeout = layers.duration(SettingKey.CONNECT_TIMEOUT).orElseThrow();
        this.requestTimeout = layers.duration(SettingKey.REQUEST_TIMEOUT).orElseThrow();
        this.callTimeout = layers.duration(SettingKey.CALL_TIMEOUT).orElse(null);
        this.maxAttempts = layers.integer(SettingKey.MAX_ATTEMPTS).orElseThrow();
        this.maxResponseSize = layers.integer(SettingKey.MAX_RESPONSE_SIZE).orElseThrow();
        this.trustCertificate = layers.readableFile(SettingKey.TRUST_CERTIFICATE).orElse(null);
        this.trustStore = layers.readableFile(SettingKey.TRUST_STORE).orElse(null);
        this.trustStorePassword = layers.string(SettingKey.TRUST_STORE_PASSWORD).orElse(null);
        this.trustStoreType = layers.string(SettingKey.TRUST_STORE_TYPE).orElse(null);
        if (trustStore == null && (trustStorePassword != null || trustStoreType != null)) {
            throw new ConfigurationException("Setting 'trustStorePassword' or 'trustStoreType' is given without"
                    + " 'trustStore'", SettingKey.TRUST_STORE.key(), null);
        }
    }

    private static ProxySettings proxyFrom(LayeredSettings layers) {
        if (layers.bool(SettingKey.DISABLE_PROXY).orElseThrow()) {
            return ProxySettings.disabled();
        }
        Optional<String> host = layers.host(SettingKey.PROXY_HOST);
        Optional<Integer> port = layers.integer(SettingKey.PROXY_PORT);
        if (host.isEmpty()) {
            if (port.isPresent() || layers.string(SettingKey.PROXY_USERNAME).isPresent()) {
                throw new ConfigurationException("Setting 'proxyPort' or 'proxyUsername' is given without 'proxyHost'",
                        SettingKey.PROXY_HOST.key(), null);
            }
            return ProxySettings.system();
        }
        int proxyPort = port.orElseThrow(() -> new ConfigurationException(
                "Missing setting 'proxyPort': it is required with 'proxyHost'", SettingKey.PROXY_PORT.key(), null));
        Optional<String> username = layers.string(SettingKey.PROXY_USERNAME);
        Optional<String> password = layers.string(SettingKey.PROXY_PASSWORD);
        if (username.isPresent() != password.isPresent()) {
            throw new ConfigurationException("Settings 'proxyUsername' and 'proxyPassword' go together: give both or"
                    + " neither", SettingKey.PROXY_PASSWORD.key(), null);
        }
        return ProxySettings.explicit(host.get(), proxyPort, username.orElse(null), password.orElse(null));
    }

    /**
     * Refuses {@code http://} to any host but this machine: the access key password (basic authentication)
     * and the service account password would cross the network in clear. {@code allowPlainHttp} permits it,
     * with a WARN.
     */
    private static void checkPlainHttp(URI url, boolean allowed) {
        if (!url.getScheme().equalsIgnoreCase("http") || isLoopback(url.getHost())) {
            return;
        }
        if (!allowed) {
            throw new ConfigurationException("Setting 'serviceUrl' uses plain http:// to " + url.getHost()
                    + ", which would send the credentials in clear: use https://, or set allowPlainHttp=true to"
                    + " accept that risk", SettingKey.SERVICE_URL.key(), null);
        }
        LOG.warn("serviceUrl uses plain http:// to {} (allowPlainHttp=true): credentials travel in clear",
                url.getHost());
    }

    /** @return whether {@code host} names this machine without a lookup: localhost, 127.0.0.0/8 or ::1 */
    static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.equals("localhost") || name.equals("localhost.")) {
            return true;
        }
        if (name.matches("127(\\.\\d{1,3}){3}") || name.contains(":")) {
            try {
                // An IP literal: parsed, never looked up.
                return InetAddress.getByName(name).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    /**
     * @param naming how the product names its system properties, environment variables and file
     * @return a builder that reads system properties and the environment, and no file unless told
     */
    public static Builder builder(SettingsNaming naming) {
        return new Builder(Objects.requireNonNull(naming, "naming"));
    }

    /** @return the endpoint of the service */
    public URI serviceUrl() {
        return serviceUrl;
    }

    /** @return how the service is reached: directly, through the JVM's proxy selector, or an explicit proxy */
    public ProxySettings proxy() {
        return proxy;
    }

    /** @return the time allowed to open a connection */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** @return the time allowed for a whole request */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /**
     * @return the most time a whole call may take, retries and waits between them included; empty (the
     *         default) for no limit beyond {@code maxAttempts} attempts of {@code requestTimeout} each
     */
    public Optional<Duration> callTimeout() {
        return Optional.ofNullable(callTimeout);
    }

    /** @return whether {@code http://} to a host other than this machine was explicitly allowed */
    public boolean allowPlainHttp() {
        return allowPlainHttp;
    }

    /** @return the most attempts a retryable call makes, the first one included */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the largest answer the client reads, in bytes; a larger one fails the call */
    public int maxResponseSize() {
        return maxResponseSize;
    }

    /** @return a PEM or DER certificate to trust in addition to the JVM's trusted roots */
    public Optional<Path> trustCertificate() {
        return Optional.ofNullable(trustCertificate);
    }

    /** @return a key store whose certificates are trusted in addition to the JVM's trusted roots */
    public Optional<Path> trustStore() {
        return Optional.ofNullable(trustStore);
    }

    /** @return the trust store's password; never printed */
    public Optional<String> trustStorePassword() {
        return Optional.ofNullable(trustStorePassword);
    }

    /** @return the trust store's type ({@code PKCS12}, {@code JKS}); the JVM's default type when empty */
    public Optional<String> trustStoreType() {
        return Optional.ofNullable(trustStoreType);
    }

    @Override
    public String toString() {
        return "ServiceSettings[serviceUrl=" + serviceUrl + ", " + proxy + ", connectTimeout=" + connectTimeout
                + ", requestTimeout=" + requestTimeout + (callTimeout == null ? "" : ", callTimeout=" + callTimeout)
                + (allowPlainHttp ? ", allowPlainHttp=true" : "") + ", maxAttempts=" + maxAttempts + ", maxResponseSize=" + maxResponseSize
                + (trustCertificate == null ? "" : ", trustCertificate=" + trustCertificate)
                + (trustStore == null ? "" : ", trustStore=" + trustStore + " (password ****)") + "]";
    }

    /**
     * Collects values given in code; {@link #build()} merges them over system properties, environment and
     * the optional file, and validates the result.
     */
    public static final class Builder {

        private final SettingsNaming naming;
        private final Map<SettingKey, String> given = new EnumMap<>(SettingKey.class);
        private SettingsSource file;
        private LayeredSettings layers;

        private Builder(SettingsNaming naming) {
            this.naming = naming;
        }

        /** Reads the lowest layer from this file. */
        public Builder configFile(Path path) {
            this.file = SettingsSource.fromFile(Objects.requireNonNull(path, "path"));
            return this;
        }

        /** Reads the lowest layer from this source (a file, a stream, the default location). */
        public Builder configSource(SettingsSource source) {
            this.file = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * Reads every layer below the builder's own values from {@code layers} instead of system properties,
         * environment and file: for a caller that finds its sources itself (a command line with its own
         * discovery, environment and profiles). Replaces {@link #configFile}/{@link #configSource}.
         */
        public Builder layers(LayeredSettings layers) {
            this.layers = Objects.requireNonNull(layers, "layers");
            return this;
        }

        /** @param url the service endpoint ({@link SettingKey#SERVICE_URL}) */
        public Builder serviceUrl(URI url) {
            return put(SettingKey.SERVICE_URL, Objects.requireNonNull(url, "url").toString());
        }

        /** @param proxy the proxy choice, which sets the five proxy settings at once */
        public Builder proxy(ProxySettings proxy) {
            Objects.requireNonNull(proxy, "proxy");
            put(SettingKey.DISABLE_PROXY, Boolean.toString(proxy.mode() == ProxySettings.Mode.DISABLED));
            put(SettingKey.PROXY_HOST, proxy.host().orElse(null));
            put(SettingKey.PROXY_PORT, proxy.mode() == ProxySettings.Mode.EXPLICIT ? Integer.toString(proxy.port()) : null);
            put(SettingKey.PROXY_USERNAME, proxy.username().orElse(null));
            return put(SettingKey.PROXY_PASSWORD, proxy.password().orElse(null));
        }

        /** @param timeout the time allowed to open a connection ({@link SettingKey#CONNECT_TIMEOUT}) */
        public Builder connectTimeout(java.time.Duration timeout) {
            return put(SettingKey.CONNECT_TIMEOUT, Objects.requireNonNull(timeout, "timeout").toString());
        }

        /** @param timeout the time allowed for a whole request ({@link SettingKey#REQUEST_TIMEOUT}) */
        public Builder requestTimeout(java.time.Duration timeout) {
            return put(SettingKey.REQUEST_TIMEOUT, Objects.requireNonNull(timeout, "timeout").toString());
        }

        /** @param timeout the most time a whole call may take, waits included ({@link SettingKey#CALL_TIMEOUT}) */
        public Builder callTimeout(java.time.Duration timeout) {
            return put(SettingKey.CALL_TIMEOUT, Objects.requireNonNull(timeout, "timeout").toString());
        }

        /** @param allowed true to accept {@code http://} to another machine ({@link SettingKey#ALLOW_PLAIN_HTTP}) */
        public Builder allowPlainHttp(boolean allowed) {
            return put(SettingKey.ALLOW_PLAIN_HTTP, Boolean.toString(allowed));
        }

        /** @param attempts how many times a retryable call is tried ({@link SettingKey#MAX_ATTEMPTS}) */
        public Builder maxAttempts(int attempts) {
            return put(SettingKey.MAX_ATTEMPTS, Integer.toString(attempts));
        }

        /** @param bytes the largest answer to read ({@link SettingKey#MAX_RESPONSE_SIZE}) */
        public Builder maxResponseSize(int bytes) {
            return put(SettingKey.MAX_RESPONSE_SIZE, Integer.toString(bytes));
        }

        /** @param certificate a certificate trusted besides the JVM's roots ({@link SettingKey#TRUST_CERTIFICATE}) */
        public Builder trustCertificate(Path certificate) {
            return put(SettingKey.TRUST_CERTIFICATE, Objects.requireNonNull(certificate, "certificate").toString());
        }

        /**
         * @param store    a key store of certificates trusted besides the JVM's roots ({@link SettingKey#TRUST_STORE})
         * @param password its password, or {@code null}
         * @param type     its type, or {@code null} for the JVM's default type
         */
        public Builder trustStore(Path store, String password, String type) {
            put(SettingKey.TRUST_STORE, Objects.requireNonNull(store, "store").toString());
            put(SettingKey.TRUST_STORE_PASSWORD, password);
            return put(SettingKey.TRUST_STORE_TYPE, type);
        }

        private Builder put(SettingKey key, String value) {
            if (value == null) {
                given.remove(key);
            } else {
                given.put(key, value);
            }
            return this;
        }

        /**
         * Merges and validates.
         *
         * @throws ConfigurationException naming the first invalid or missing key and its source
         */
        public ServiceSettings build() {
            return build(layers != null ? layers : LayeredSettings.standard(naming, file));
        }

        /** Like {@link #build()} over explicitly given layers, for tests that must not read the real environment. */
        ServiceSettings build(LayeredSettings layers) {
            return new ServiceSettings(naming, layers.over(SettingsSource.ofValues("builder", given))
                    .under(SettingsSource.defaults()));
        }
    }
}
