package com.orange.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Settings from layers a caller found itself, and the file that may be missing. */
class SettingsLayersTest {

    private static final Map<String, String> ENVIRONMENT = Map.of("MMC_SERVICE_URL", "https://mmc.example.org/api",
            "MMC_ACCESS_KEY", "key", "MMC_ACCESS_KEY_PASSWORD", "key-pw", "MMC_SERVICE_ACCOUNT", "account",
            "MMC_SERVICE_ACCOUNT_PASSWORD", "account-pw", "MMC_REQUEST_TIMEOUT", "PT5S");

    private static LayeredSettings environmentOnly() {
        return LayeredSettings.of(List.of(SettingsSource.fromEnvironment(ENVIRONMENT, TestNaming.MMC),
                SettingsSource.defaultLocationOrNone(TestNaming.MMC)));
    }

    @Test
    void givenLayersReplaceSystemPropertiesEnvironmentAndFile() {
        ServiceSettings settings = ServiceSettings.builder(TestNaming.MMC).layers(environmentOnly()).build();

        assertThat(settings.serviceUrl()).isEqualTo(URI.create("https://mmc.example.org/api"));
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void valuesGivenInCodeStillWinOverGivenLayers() {
        ServiceSettings settings = ServiceSettings.builder(TestNaming.MMC).layers(environmentOnly())
                .requestTimeout(Duration.ofSeconds(7)).build();

        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void theEnvironmentAloneLoadsAnApiUser() {
        OrangeApiUser user = new OrangeApiUser(TestNaming.MMC) { };

        user.load(environmentOnly());

        assertThat(user.credentials()).isEqualTo(new ApiCredentials("key", "key-pw", "account", "account-pw"));
    }

    @Test
    void withoutAFileAMissingCredentialNamesTheFileThatWasNotFound() {
        OrangeApiUser user = new OrangeApiUser(TestNaming.MMC) { };
        LayeredSettings withoutPassword = LayeredSettings.of(List.of(SettingsSource.fromEnvironment(Map.of(
                "MMC_ACCESS_KEY", "key"), TestNaming.MMC), SettingsSource.defaultLocationOrNone(TestNaming.MMC)));

        assertThatThrownBy(() -> user.load(withoutPassword)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Missing setting 'accessKeyPassword'")
                .hasMessageContaining("environment variable MMC_ACCESS_KEY_PASSWORD")
                .hasMessageContaining("no mmc.properties (none in " + Path.of("").toAbsolutePath() + " nor on the classpath)");
    }
}
