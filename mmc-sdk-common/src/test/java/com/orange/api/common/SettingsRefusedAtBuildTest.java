package com.orange.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every invalid value fails at build, naming the key and never echoing a secret. */
class SettingsRefusedAtBuildTest {

    /** The given values as a file layer, under empty system properties and environment. */
    private static ServiceSettings build(Map<String, String> file) {
        return build(new Properties(), file);
    }

    private static ServiceSettings build(Properties system, Map<String, String> file) {
        StringBuilder text = new StringBuilder();
        file.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        SettingsSource source = SettingsSource.fromStream(
                new java.io.ByteArrayInputStream(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "test");
        return ServiceSettings.builder(TestNaming.MMC).build(LayeredSettings.of(List.of(
                SettingsSource.fromSystemProperties(system, TestNaming.MMC),
                SettingsSource.fromEnvironment(Map.of(), TestNaming.MMC), source)));
    }

    private static ConfigurationException refused(Map<String, String> file) {
        return catchThrowableOfType(ConfigurationException.class, () -> build(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:s3cretPw@h/x", "http://s3cretPw@localhost/x", "https://a:s3cretPw@h:99999/x"})
    void userInformationInTheServiceUrlIsRefusedWithoutEchoingIt(String url) {
        ConfigurationException e = refused(Map.of("serviceUrl", url));

        assertThat(e).isNotNull();
        assertThat(e.getKey()).contains("serviceUrl");
        assertThat(e.getMessage()).contains("user information").doesNotContain("s3cretPw");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://h:0/x", "https://h:65536/x", "https://h:99999/x"})
    void aServiceUrlPortOutsideOneTo65535IsRefused(String url) {
        ConfigurationException e = refused(Map.of("serviceUrl", url));

        assertThat(e.getKey()).contains("serviceUrl");
        assertThat(e.getMessage()).contains("65535");
    }

    @ParameterizedTest
    @CsvSource({"requestTimeout,PT2562048H", "connectTimeout,PT2562048H", "callTimeout,PT2562048H",
            "requestTimeout,PT25H", "requestTimeout,99999999999999999999", "callTimeout,PT0.0001S",
            "connectTimeout,0", "requestTimeout,PT0S", "callTimeout,-PT1S", "requestTimeout,PT0.000000001S"})
    void aDurationThatOverflowsOrIsBelowOneMillisecondIsRefused(String key, String value) {
        ConfigurationException e = refused(Map.of("serviceUrl", "https://h/x", key, value));

        assertThat(e.getKey()).contains(key);
        assertThat(e.getMessage()).contains("1 ms to 24 hours");
    }

    @ParameterizedTest
    @CsvSource({"requestTimeout,1,PT0.001S", "callTimeout,PT24H,PT24H", "callTimeout,90000,PT1M30S"})
    void durationsAtTheBoundsAreAccepted(String key, String value, String expected) {
        ServiceSettings settings = build(Map.of("serviceUrl", "https://h/x", key, value));

        Duration read = key.equals("callTimeout") ? settings.callTimeout().orElseThrow() : settings.requestTimeout();
        assertThat(read).isEqualTo(Duration.parse(expected));
    }

    @Test
    void callTimeoutIsNoneByDefault() {
        assertThat(build(Map.of("serviceUrl", "https://h/x")).callTimeout()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://proxy.example.com", "http://proxy:3128", "proxy .example.com", "proxy:3128",
            "user@proxy", "proxy/path"})
    void aProxyHostGivenAsAUrlOrWithSpacesIsRefused(String host) {
        ConfigurationException e = refused(Map.of("serviceUrl", "https://h/x", "proxyHost", host, "proxyPort", "3128"));

        assertThat(e.getKey()).contains("proxyHost");
        assertThat(e.getMessage()).contains("host name or IP address alone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"proxy.example.com", "proxy", "10.0.0.1", "::1", "[fe80::1]", "my_proxy.local"})
    void aProxyHostNameOrAddressIsAccepted(String host) {
        ServiceSettings settings = build(Map.of("serviceUrl", "https://h/x", "proxyHost", host, "proxyPort", "3128"));

        assertThat(settings.proxy().host()).contains(host);
    }

    @ParameterizedTest
    @CsvSource({"mmc.requestTimout,requestTimeout", "mmc.serviceURL,serviceUrl", "mmc.acessKey,accessKey"})
    void aMisspeltSystemPropertyIsAnErrorLikeATypoInAFile(String property, String suggestion) {
        Properties system = new Properties();
        system.setProperty(property, "1000");

        ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
                () -> build(system, Map.of("serviceUrl", "https://h/x")));

        assertThat(e.getMessage()).contains(property, "did you mean '" + suggestion + "'");
        assertThat(e.getSource()).contains("system property " + property);
    }

    @Test
    void systemPropertiesOfOtherGroupsAreIgnored() {
        Properties system = new Properties();
        system.setProperty("mmc.organizer.accessKey", "k");
        system.setProperty("mmcx.whatever", "1");
        // Spring Boot's relaxed spelling, read by the starter's own binding, not by this layer.
        system.setProperty("mmc.service-url", "https://spring/x");

        assertThat(build(system, Map.of("serviceUrl", "https://h/x")).serviceUrl()).isEqualTo(URI.create("https://h/x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://service.example.com/x", "http://10.0.0.5:8080/x", "http://[fe80::1]/x",
            "http://128.0.0.1/x"})
    void plainHttpToAnotherHostIsRefusedNamingServiceUrl(String url) {
        ConfigurationException e = refused(Map.of("serviceUrl", url));

        assertThat(e.getKey()).contains("serviceUrl");
        assertThat(e.getMessage()).contains("allowPlainHttp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080/x", "http://LOCALHOST/x", "http://127.0.0.1/x", "http://127.8.9.10/x",
            "http://[::1]:9000/x", "https://service.example.com/x"})
    void loopbackAndHttpsAreAlwaysAllowed(String url) {
        assertThat(build(Map.of("serviceUrl", url)).serviceUrl()).isEqualTo(URI.create(url));
    }

    @Test
    void allowPlainHttpPermitsPlainHttpToAnotherHost() {
        ServiceSettings settings = build(Map.of("serviceUrl", "http://service.example.com/x", "allowPlainHttp", "true"));

        assertThat(settings.allowPlainHttp()).isTrue();
        assertThat(settings.serviceUrl().getHost()).isEqualTo("service.example.com");
    }

    @Test
    void theBuilderCarriesCallTimeoutAndAllowPlainHttp() {
        ServiceSettings settings = ServiceSettings.builder(TestNaming.MMC).serviceUrl(URI.create("http://service.example.com/x"))
                .allowPlainHttp(true).callTimeout(Duration.ofSeconds(45))
                .build(LayeredSettings.of(List.of()));

        assertThat(settings.callTimeout()).isEqualTo(Optional.of(Duration.ofSeconds(45)));
        assertThat(settings.allowPlainHttp()).isTrue();
    }
}
