package com.orange.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        Path file = dir.resolve("mmc.properties");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** File, environment and system properties given explicitly, so the real environment plays no part. */
    private static LayeredSettings layers(Properties system, Map<String, String> environment, SettingsSource file) {
        return LayeredSettings.of(List.of(SettingsSource.fromSystemProperties(system, TestNaming.MMC),
                SettingsSource.fromEnvironment(environment, TestNaming.MMC), file));
    }

    @Test
    void defaultsApplyWhenOnlyTheUrlIsGiven() throws IOException {
        ServiceSettings settings = ServiceSettings.builder(TestNaming.MMC)
                .build(layers(new Properties(), Map.of(), SettingsSource.fromFile(file("serviceUrl=https://h/x"))));

        assertThat(settings.serviceUrl()).isEqualTo(URI.create("https://h/x"));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.maxAttempts()).isEqualTo(3);
        assertThat(settings.proxy().mode()).isEqualTo(ProxySettings.Mode.SYSTEM);
    }

    @Test
    void builderBeatsSystemPropertiesWhichBeatEnvironmentWhichBeatsTheFile() throws IOException {
        SettingsSource file = SettingsSource.fromFile(file("""
                serviceUrl=https://file/x
                requestTimeout=1000
                connectTimeout=PT1S
                maxAttempts=1
                """));
        Properties system = new Properties();
        system.setProperty("mmc.requestTimeout", "PT2S");
        system.setProperty("mmc.connectTimeout", "PT2S");
        Map<String, String> environment = Map.of("MMC_REQUEST_TIMEOUT", "PT3S", "MMC_CONNECT_TIMEOUT", "PT3S",
                "MMC_MAX_ATTEMPTS", "4", "MMC_SERVICE_URL", "https://env/x");

        ServiceSettings settings = ServiceSettings.builder(TestNaming.MMC).requestTimeout(Duration.ofSeconds(4))
                .build(layers(system, environment, file));

        assertThat(settings.requestTimeout()).as("builder").isEqualTo(Duration.ofSeconds(4));
        assertThat(settings.connectTimeout()).as("system property").isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.maxAttempts()).as("environment").isEqualTo(4);
        assertThat(settings.serviceUrl()).as("environment over file").isEqualTo(URI.create("https://env/x"));
    }

    @Test
    void timeoutsAcceptIsoDurationsAndMilliseconds() throws IOException {
        ServiceSettings settings = ServiceSettings.builder(TestNaming.MMC).build(layers(new Properties(), Map.of(),
                SettingsSource.fromFile(file("serviceUrl=https://h/x\nconnectTimeout=2500\nrequestTimeout=PT1M\n"))));

        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aMissingFileNamesTheFile() {
        Path missing = dir.resolve("nowhere.properties");

        ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
                () -> SettingsSource.fromFile(missing));

        assertThat(e.getMessage()).contains("not found", missing.toString());
        assertThat(e.getSource()).hasValueSatisfying(s -> assertThat(s).contains("nowhere.properties"));
    }

    @Test
    void aDirectoryInsteadOfAFileIsUnreadable() {
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> SettingsSource.fromFile(dir));

        assertThat(e.getMessage()).contains("cannot be read", dir.getFileName().toString());
    }

    @Test
    void aBadPortNamesTheKeyAndTheFile() throws IOException {
        Path file = file("serviceUrl=https://h/x\nproxyHost=proxy\nproxyPort=your_proxy_port\n");

        ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> ServiceSettings.builder(TestNaming.MMC)
                .build(layers(new Properties(), Map.of(), SettingsSource.fromFile(file))));

        assertThat(e.getKey()).contains("proxyPort");
        assertThat(e.getMessage()).contains("'proxyPort'", file.toString(), "your_proxy_port", "1 to 65535");
    }

    @Test
    void aPortOutOfRangeIsRefused() throws IOException {
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> ServiceSettings.builder(TestNaming.MMC)
                .build(layers(new Properties(), Map.of(), SettingsSource.fromFile(
                        file("serviceUrl=https://h/x\nproxyHost=proxy\nproxyPort=70000\n")))));

        assertThat(e.getKey()).contains("proxyPort");
    }

    @Test
    void aBadUrlNamesTheKeyAndTheSource() throws IOException {
        for (String url : List.of("your_service_url", "ftp://host/x", "https:///nohost", "http://bad host/")) {
            Path file = file("serviceUrl=" + url + "\n");

            ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> ServiceSettings.builder(TestNaming.MMC)
                    .build(layers(new Properties(), Map.of(), SettingsSource.fromFile(file))));

            assertThat(e).as(url).isNotNull();
            assertThat(e.getKey()).contains("serviceUrl");
            assertThat(e.getMessage()).contains("'serviceUrl'", file.toString());
        }
    }

    @Test
    void aBadUrlFromTheEnvironmentNamesTheVariable() {
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> ServiceSettings.builder(TestNaming.MMC)
                .build(layers(new Properties(), Map.of("MMC_SERVICE_URL", "not a url"), SettingsSource.ofValues("none",
                        Map.of()))));

        assertThat(e.getMessage()).contains("environment variable MMC_SERVICE_URL");
    }

    @Test
    void aBadTimeoutNamesTheKey() throws IOException {
        for (String timeout : List.of("30s", "PT0S", "-5", "PT-1S", "soon")) {
            Path file = file("serviceUrl=https://h/x\nrequestTimeout=" + timeout + "\n");

            ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> ServiceSettings.builder(TestNaming.MMC)
                    .build(layers(new Properties(), Map.of(), SettingsSource.fromFile(file))));

            assertThat(e).as(timeout).isNotNull();
            assertThat(e.getKey()).contains("requestTimeout");
            assertThat(e.getMessage()).contains("'requestTimeout'", file.toString());
        }
    }

    @Test
    void aBadTimeoutFromASystemPropertyNamesTheProperty() {
        Properties system = new Properties();
        system.setProperty("mmc.connectTimeout", "forever");

        ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> ServiceSettings.builder(TestNaming.MMC)
                .serviceUrl(URI.create("https://h/x")).build(layers(system, Map.of(), SettingsSource.ofValues("none", Map.of()))));

        assertThat(e.getMessage()).contains("system property mmc.connectTimeout", "forever");
    }

    @Test
    void maxAttemptsMustBeBetweenOneAndTen() throws IOException {
        for (String attempts : List.of("0", "11", "three")) {
            Path file = file("serviceUrl=https://h/x\nmaxAttempts=" + attempts + "\n");

            ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> ServiceSettings.builder(TestNaming.MMC)
                    .build(layers(new Properties(), Map.of(), SettingsSource.fromFile(file))));

            assertThat(e.getKey()).as(attempts).contains("maxAttempts");
        }
    }

    @Test
    void aMissingServiceUrlIsNamed() {
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> ServiceSettings.builder(TestNaming.MMC)
                .build(layers(new Properties(), Map.of(), SettingsSource.ofValues("none", Map.of()))));

        assertThat(e.getKey()).contains("serviceUrl");
        assertThat(e.getMessage()).contains("MMC_SERVICE_URL", "mmc.serviceUrl");
    }

    @Test
    void anUnknownKeyIsReportedWithTheClosestKnownOne() throws IOException {
        Path file = file("serviceUrl=https://h/x\nrequestTimout=PT5S\n");

        ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> SettingsSource.fromFile(file));

        assertThat(e.getKey()).contains("requestTimout");
        assertThat(e.getMessage()).contains("Unknown setting 'requestTimout'", file.toString(), "did you mean 'requestTimeout'");
    }

    @Test
    void aSecretIsNeverShownInAnErrorMessage() {
        Properties system = new Properties();
        system.setProperty("mmc.proxyPassword", "Hunter2-secret");
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> ServiceSettings.builder(TestNaming.MMC)
                .build(layers(system, Map.of("MMC_SERVICE_URL", "https://h/x", "MMC_PROXY_HOST", "proxy",
                        "MMC_PROXY_PORT", "8080"), SettingsSource.ofValues("none", Map.of()))));

        assertThat(e.getMessage()).contains("proxyUsername").doesNotContain("Hunter2-secret");
    }

    @Test
    void disableProxyWinsAndMustBeABoolean() throws IOException {
        ServiceSettings direct = ServiceSettings.builder(TestNaming.MMC).build(layers(new Properties(), Map.of(), SettingsSource.fromFile(
                file("serviceUrl=https://h/x\ndisableProxy=TRUE\nproxyHost=proxy\nproxyPort=8080\n"))));
        assertThat(direct.proxy().mode()).isEqualTo(ProxySettings.Mode.DISABLED);

        ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> ServiceSettings.builder(TestNaming.MMC)
                .build(layers(new Properties(), Map.of(), SettingsSource.fromFile(file("serviceUrl=https://h/x\ndisableProxy=yes\n")))));
        assertThat(e.getKey()).contains("disableProxy");
    }

    @Test
    void anExplicitProxyCarriesItsCredentialsButNeverPrintsThePassword() throws IOException {
        ServiceSettings settings = ServiceSettings.builder(TestNaming.MMC).build(layers(new Properties(), Map.of(), SettingsSource.fromFile(
                file("serviceUrl=https://h/x\nproxyHost=proxy.corp\nproxyPort=3128\nproxyUsername=me\nproxyPassword=pw-Secret\n"))));

        assertThat(settings.proxy().mode()).isEqualTo(ProxySettings.Mode.EXPLICIT);
        assertThat(settings.proxy().host()).contains("proxy.corp");
        assertThat(settings.proxy().port()).isEqualTo(3128);
        assertThat(settings.proxy().password()).contains("pw-Secret");
        assertThat(settings.toString()).contains("proxy.corp:3128").doesNotContain("pw-Secret");
    }

    @Test
    void aTrustCertificateMustBeAReadableFile() {
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> ServiceSettings.builder(TestNaming.MMC)
                .trustCertificate(dir.resolve("orangeapi.cer"))
                .build(layers(new Properties(), Map.of("MMC_SERVICE_URL", "https://h/x"), SettingsSource.ofValues("none", Map.of()))));

        assertThat(e.getKey()).contains("trustCertificate");
        assertThat(e.getMessage()).contains("orangeapi.cer");
    }

    @Test
    void userCredentialsLoadFromAStreamAndMissingOnesAreNamed() {
        TestUser user = new TestUser();
        user.loadFromConfigFile(new ByteArrayInputStream("""
                accessKey=ak
                accessKeyPassword=akp
                serviceAccount=sa
                serviceAccountPassword=sap
                """.getBytes(StandardCharsets.UTF_8)));

        assertThat(user.credentials()).isEqualTo(new ApiCredentials("ak", "akp", "sa", "sap"));
        assertThat(user.toString()).contains("ak", "sa").doesNotContain("akp", "sap");

        TestUser incomplete = new TestUser();
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> incomplete.load(
                layers(new Properties(), Map.of(), SettingsSource.fromStream(new ByteArrayInputStream(
                        "accessKey=ak\n".getBytes(StandardCharsets.UTF_8)), "test"))));
        assertThat(e.getKey()).contains("accessKeyPassword");
        assertThat(e.getMessage()).contains("stream test");
    }

    @Test
    void theShippedExampleFileHoldsOnlyKnownKeysAndValidValues() {
        Path example = Path.of("..", "mmc.properties.example");
        SettingsSource source = SettingsSource.fromFile(example);

        ServiceSettings settings = ServiceSettings.builder(TestNaming.MMC).build(layers(new Properties(), Map.of(), source));
        assertThat(settings.serviceUrl().getHost()).isEqualTo("iosw.orange-api.net");
        assertThat(source.get(SettingKey.ACCESS_KEY)).contains("your_access_key");
    }

    private static final class TestUser extends OrangeApiUser {
        TestUser() {
            super(TestNaming.MMC);
        }
    }
}
