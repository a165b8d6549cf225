package com.orange.api.mmc.spring.boot;

import com.orange.api.common.SettingKey;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code mmc.*} properties: the settings of {@code mmc.properties} with Spring's relaxed binding
 * ({@code mmc.service-url}, {@code mmc.request-timeout}, {@code MMC_SERVICE_URL}...), same values, same
 * validation and errors; {@code mmc.organizer.*} for the organizer's four credentials, and
 * {@code mmc.health.*} for the health indicator. System properties {@code mmc.<key>} and environment variables
 * {@code MMC_<KEY>} read by the SDK itself win over these, as they win over {@code mmc.properties}.
 */
@ConfigurationProperties(prefix = "mmc")
public class MmcProperties {

    // Each setting's description and default, in the configuration metadata, are its SettingKey's
    // documentation() and defaultValue() (META-INF/additional-spring-configuration-metadata.json, which
    // MmcPropertiesMetadataTest keeps equal to them); the SDK parses and checks the values.
    private String serviceUrl;
    private String connectTimeout;
    private String requestTimeout;
    private String callTimeout;
    private String allowPlainHttp;
    private String maxAttempts;
    private String maxResponseSize;
    private String disableProxy;
    private String proxyHost;
    private String proxyPort;
    private String proxyUsername;
    private String proxyPassword;
    private String trustCertificate;
    private String trustStore;
    private String trustStorePassword;
    private String trustStoreType;

    private final Organizer organizer = new Organizer();
    private final Health health = new Health();

    /** The credentials of the {@link com.orange.api.mmc.Organizer} bean, created when all four are set. */
    public static class Organizer {
        private String accessKey;
        private String accessKeyPassword;
        private String serviceAccount;
        private String serviceAccountPassword;

        public String getAccessKey() {
            return accessKey;
        }

        public void setAccessKey(String accessKey) {
            this.accessKey = accessKey;
        }

        public String getAccessKeyPassword() {
            return accessKeyPassword;
        }

        public void setAccessKeyPassword(String accessKeyPassword) {
            this.accessKeyPassword = accessKeyPassword;
        }

        public String getServiceAccount() {
            return serviceAccount;
        }

        public void setServiceAccount(String serviceAccount) {
            this.serviceAccount = serviceAccount;
        }

        public String getServiceAccountPassword() {
            return serviceAccountPassword;
        }

        public void setServiceAccountPassword(String serviceAccountPassword) {
            this.serviceAccountPassword = serviceAccountPassword;
        }

        @Override
        public String toString() {
            return "Organizer[serviceAccount=" + serviceAccount + "]";
        }
    }

    /** The {@code mmc} health indicator. */
    public static class Health {
        /** How long the health check waits for the answer of about. */
        private Duration timeout = Duration.ofSeconds(5);
        /** How long a health result is reused before the service is called again. */
        private Duration cacheTtl = Duration.ofSeconds(30);

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        public Duration getCacheTtl() {
            return cacheTtl;
        }

        public void setCacheTtl(Duration cacheTtl) {
            this.cacheTtl = cacheTtl;
        }
    }

    /** @return the service settings given, as the SDK's settings source reads them */
    Map<SettingKey, String> settings() {
        Map<SettingKey, String> values = new EnumMap<>(SettingKey.class);
        values.put(SettingKey.SERVICE_URL, serviceUrl);
        values.put(SettingKey.CONNECT_TIMEOUT, connectTimeout);
        values.put(SettingKey.REQUEST_TIMEOUT, requestTimeout);
        values.put(SettingKey.CALL_TIMEOUT, callTimeout);
        values.put(SettingKey.ALLOW_PLAIN_HTTP, allowPlainHttp);
        values.put(SettingKey.MAX_ATTEMPTS, maxAttempts);
        values.put(SettingKey.MAX_RESPONSE_SIZE, maxResponseSize);
        values.put(SettingKey.DISABLE_PROXY, disableProxy);
        values.put(SettingKey.PROXY_HOST, proxyHost);
        values.put(SettingKey.PROXY_PORT, proxyPort);
        values.put(SettingKey.PROXY_USERNAME, proxyUsername);
        values.put(SettingKey.PROXY_PASSWORD, proxyPassword);
        values.put(SettingKey.TRUST_CERTIFICATE, trustCertificate);
        values.put(SettingKey.TRUST_STORE, trustStore);
        values.put(SettingKey.TRUST_STORE_PASSWORD, trustStorePassword);
        values.put(SettingKey.TRUST_STORE_TYPE, trustStoreType);
        return values;
    }

    public String getServiceUrl() {
        return serviceUrl;
    }

    public void setServiceUrl(String serviceUrl) {
        this.serviceUrl = serviceUrl;
    }

    public String getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(String connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public String getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(String requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public String getCallTimeout() {
        return callTimeout;
    }

    public void setCallTimeout(String callTimeout) {
        this.callTimeout = callTimeout;
    }

    public String getAllowPlainHttp() {
        return allowPlainHttp;
    }

    public void setAllowPlainHttp(String allowPlainHttp) {
        this.allowPlainHttp = allowPlainHttp;
    }

    public String getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(String maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public String getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(String maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public String getDisableProxy() {
        return disableProxy;
    }

    public void setDisableProxy(String disableProxy) {
        this.disableProxy = disableProxy;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public String getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(String proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public String getTrustCertificate() {
        return trustCertificate;
    }

    public void setTrustCertificate(String trustCertificate) {
        this.trustCertificate = trustCertificate;
    }

    public String getTrustStore() {
        return trustStore;
    }

    public void setTrustStore(String trustStore) {
        this.trustStore = trustStore;
    }

    public String getTrustStorePassword() {
        return trustStorePassword;
    }

    public void setTrustStorePassword(String trustStorePassword) {
        this.trustStorePassword = trustStorePassword;
    }

    public String getTrustStoreType() {
        return trustStoreType;
    }

    public void setTrustStoreType(String trustStoreType) {
        this.trustStoreType = trustStoreType;
    }

    public Organizer getOrganizer() {
        return organizer;
    }

    public Health getHealth() {
        return health;
    }

    @Override
    public String toString() {
        return "MmcProperties[serviceUrl=" + serviceUrl + ", " + organizer + "]";
    }
}
