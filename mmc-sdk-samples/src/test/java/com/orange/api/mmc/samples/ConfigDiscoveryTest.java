package com.orange.api.mmc.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orange.api.common.ConfigurationException;
import com.orange.api.common.SettingKey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order in which the samples and the {@code mmc} command look for their settings. */
class ConfigDiscoveryTest {

    @TempDir
    Path dir;
    private Path work;
    private Path home;
    private final Map<String, String> variables = new HashMap<>();
    private final Properties properties = new Properties();

    @BeforeEach
    void directories() throws IOException {
        work = Files.createDirectories(dir.resolve("work"));
        home = Files.createDirectories(dir.resolve("home"));
    }

    private ConfigDiscovery.Found discover(Path config, String profile) {
        return ConfigDiscovery.discover(config, profile, new ConfigDiscovery.Environment(variables, properties, work, home));
    }

    private Path file(Path path) throws IOException {
        Files.createDirectories(path.getParent());
        return Files.writeString(path, "serviceUrl=https://" + path.getFileName() + ".example.org/api\n");
    }

    @Test
    void nothingConfiguredIsNothing() {
        ConfigDiscovery.Found found = discover(null, null);

        assertThat(found.anything()).isFalse();
        assertThat(found.file()).isEmpty();
        assertThat(found.searched()).containsExactly(work.resolve("mmc.properties"), home.resolve(".config/mmc/mmc.properties"));
    }

    @Test
    void oneVariableOrOnePropertyIsSomething() {
        variables.put("MMC_ACCESS_KEY", "key");
        assertThat(discover(null, null).anything()).isTrue();
        variables.clear();
        properties.setProperty("mmc.accessKey", "key");
        assertThat(discover(null, null).anything()).isTrue();
    }

    @Test
    void unrelatedVariablesAreNothing() {
        variables.put("MMC_JAVA_OPTS", "-Xmx1g");
        variables.put("HOME", home.toString());

        assertThat(discover(null, null).anything()).isFalse();
    }

    @Test
    void configWinsOverMmcConfigWhichWinsOverTheWorkingDirectoryWhichWinsOverXdg() throws IOException {
        Path xdg = file(home.resolve(".config/mmc/mmc.properties"));
        assertThat(discover(null, null).file()).contains(xdg);
        Path local = file(work.resolve("mmc.properties"));
        assertThat(discover(null, null).file()).contains(local);
        Path named = file(dir.resolve("named.properties"));
        variables.put("MMC_CONFIG", named.toString());
        assertThat(discover(null, null).file()).contains(named);
        Path explicit = file(dir.resolve("explicit.properties"));
        assertThat(discover(explicit, null).file()).contains(explicit);
    }

    @Test
    void xdgConfigHomeIsHonouredWhenAbsoluteOnly() throws IOException {
        Path xdg = file(dir.resolve("xdg/mmc/mmc.properties"));
        variables.put("XDG_CONFIG_HOME", "relative/xdg");
        assertThat(discover(null, null).file()).isEmpty();
        variables.put("XDG_CONFIG_HOME", dir.resolve("xdg").toString());
        assertThat(discover(null, null).file()).contains(xdg);
    }

    @Test
    void aProfileLooksForItsOwnFileAndIgnoresMmcConfig() throws IOException {
        file(work.resolve("mmc.properties"));
        variables.put("MMC_CONFIG", file(dir.resolve("named.properties")).toString());
        Path staging = file(home.resolve(".config/mmc/mmc-staging.properties"));

        assertThat(discover(null, "staging").file()).contains(staging);
        assertThatThrownBy(() -> discover(null, "prod")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Profile 'prod' not found: no mmc-prod.properties in " + work);
        assertThatThrownBy(() -> discover(null, "../etc")).hasMessageContaining("is not a profile name");
        assertThatThrownBy(() -> discover(staging, "staging")).hasMessageContaining("--config and --profile exclude each other");
    }

    @Test
    void aNamedFileMustExist() {
        variables.put("MMC_CONFIG", "missing.properties");

        assertThatThrownBy(() -> discover(null, null)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Settings file not found: " + work.resolve("missing.properties"))
                .hasMessageContaining("environment variable MMC_CONFIG");
    }

    @Test
    void eachValueSaysWhereItComesFromHighestLayerFirst() throws IOException {
        Path local = Files.writeString(work.resolve("mmc.properties"), "serviceUrl=https://file.example.org\naccessKey=file\n"
                + "maxAttempts=2\n");
        variables.put("MMC_ACCESS_KEY", "env");
        properties.setProperty("mmc.maxAttempts", "5");

        ConfigDiscovery.Found found = discover(null, null);

        assertThat(found.origin(SettingKey.SERVICE_URL)).contains("file " + local.toAbsolutePath().normalize());
        assertThat(found.origin(SettingKey.ACCESS_KEY)).contains("environment variable MMC_ACCESS_KEY");
        assertThat(found.origin(SettingKey.MAX_ATTEMPTS)).contains("system property mmc.maxAttempts");
        assertThat(found.origin(SettingKey.PROXY_HOST)).isEmpty();
        assertThat(found.settings().string(SettingKey.ACCESS_KEY)).contains("env");
    }
}
