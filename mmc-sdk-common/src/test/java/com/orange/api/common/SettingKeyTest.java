package com.orange.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The one definition of every setting, and what must agree with it: the values a built client holds when
 * nothing is given, the bounds its builder enforces, the example settings file and the README's table.
 */
class SettingKeyTest {

    private static final Path EXAMPLE = Path.of("..", "mmc.properties.example");
    private static final Path README = Path.of("..", "README.md");

    /** Only the URL given: every other value is the definition's default, parsed as a file's would be. */
    private static ServiceSettings withDefaults() {
        return ServiceSettings.builder(TestNaming.MMC).build(LayeredSettings.of(List.of(
                SettingsSource.ofValues("test", Map.of(SettingKey.SERVICE_URL, "https://h/x")))));
    }

    @Test
    void aClientBuiltWithNothingGivenHoldsEachDefault() {
        ServiceSettings settings = withDefaults();

        assertThat(settings.connectTimeout()).isEqualTo(Duration.parse(SettingKey.CONNECT_TIMEOUT.defaultValue().orElseThrow()));
        assertThat(settings.requestTimeout()).isEqualTo(Duration.parse(SettingKey.REQUEST_TIMEOUT.defaultValue().orElseThrow()));
        assertThat(settings.maxAttempts()).isEqualTo(Integer.parseInt(SettingKey.MAX_ATTEMPTS.defaultValue().orElseThrow()));
        assertThat(settings.maxResponseSize()).isEqualTo(Integer.parseInt(SettingKey.MAX_RESPONSE_SIZE.defaultValue().orElseThrow()));
        assertThat(settings.allowPlainHttp()).isEqualTo(Boolean.parseBoolean(SettingKey.ALLOW_PLAIN_HTTP.defaultValue().orElseThrow()));
        assertThat(settings.proxy().mode()).isEqualTo(ProxySettings.Mode.SYSTEM);
        assertThat(settings.callTimeout()).isEmpty();
        assertThat(ServiceSettings.DEFAULT_MAX_ATTEMPTS).isEqualTo(settings.maxAttempts());
        assertThat(ServiceSettings.MAX_MAX_ATTEMPTS).isEqualTo(SettingKey.MAX_ATTEMPTS.max());
    }

    @Test
    void theBuilderEnforcesEachIntegerSettingsBoundsAsDefined() {
        for (SettingKey key : SettingKey.values()) {
            if (key.type() != SettingKey.Type.INTEGER) {
                continue;
            }
            assertThat(built(key, Integer.toString(key.min()))).as(key.key()).isNull();
            assertThat(built(key, Integer.toString(key.max()))).as(key.key()).isNull();
            if (key.min() > Integer.MIN_VALUE) {
                assertThat(built(key, Long.toString(key.min() - 1L))).as(key.key())
                        .contains("'" + key.key() + "'", "from " + key.min() + " to " + key.max());
            }
            assertThat(built(key, Long.toString(key.max() + 1L))).as(key.key()).contains("'" + key.key() + "'");
        }
    }

    /** @return the message of the error building with {@code key=value} (and a proxy host for the port), or null */
    private static String built(SettingKey key, String value) {
        Map<SettingKey, String> values = new LinkedHashMap<>(Map.of(SettingKey.SERVICE_URL, "https://h/x", key, value));
        if (key == SettingKey.PROXY_PORT) {
            values.put(SettingKey.PROXY_HOST, "proxy.example.com");
        }
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> ServiceSettings
                .builder(TestNaming.MMC).build(LayeredSettings.of(List.of(SettingsSource.ofValues("test", values)))));
        return e == null ? null : e.getMessage();
    }

    @Test
    void theDocumentationSaysTheFormTheBoundsAndTheDefault() {
        assertThat(SettingKey.MAX_ATTEMPTS.documentation()).endsWith("A whole number from 1 to 10. Default: 3.");
        assertThat(SettingKey.CONNECT_TIMEOUT.documentation()).contains("from 1 ms to 24 hours").endsWith("Default: PT10S.");
        assertThat(SettingKey.ACCESS_KEY.documentation()).isEqualTo(SettingKey.ACCESS_KEY.description());
        assertThat(SettingKey.values()).allSatisfy(key -> assertThat(key.secret()).isEqualTo(key.type() == SettingKey.Type.SECRET));
        assertThat(SettingKey.values()).filteredOn(SettingKey::secret).extracting(SettingKey::key).containsExactly(
                "proxyPassword", "accessKeyPassword", "serviceAccountPassword", "trustStorePassword");
    }

    /**
     * {@code mmc.properties.example} holds every key once, set or commented out ({@code #key=value}); a key
     * with a default shows exactly that default; and the file is a valid settings file.
     */
    @Test
    void theExampleFileShowsEveryKeyAndEachDefault() throws IOException {
        Map<String, String> shown = new LinkedHashMap<>();
        Matcher line = Pattern.compile("(?m)^#?([A-Za-z]+)=(.*)$").matcher(Files.readString(EXAMPLE, StandardCharsets.UTF_8));
        while (line.find()) {
            assertThat(shown.put(line.group(1), line.group(2).trim())).as("%s given once", line.group(1)).isNull();
        }

        assertThat(shown.keySet()).containsExactlyInAnyOrder(
                java.util.Arrays.stream(SettingKey.values()).map(SettingKey::key).toArray(String[]::new));
        for (SettingKey key : SettingKey.values()) {
            key.defaultValue().ifPresent(value -> assertThat(shown.get(key.key())).as(key.key()).isEqualTo(value));
        }
        assertThat(SettingsSource.fromFile(EXAMPLE).get(SettingKey.SERVICE_URL)).contains(shown.get("serviceUrl"));
    }

    /** The README's settings table has a row for every key and, for a key with a default, shows it. */
    @Test
    void theReadmeTableNamesEveryKeyAndItsDefault() throws IOException {
        List<String> rows = Files.readAllLines(README, StandardCharsets.UTF_8).stream()
                .filter(row -> row.startsWith("| `") && row.contains("`MMC_")).toList();

        for (SettingKey key : SettingKey.values()) {
            List<String> row = rows.stream().filter(r -> r.substring(0, r.indexOf(" | ", 2)).contains("`" + key.key() + "`"))
                    .toList();
            assertThat(row).as(key.key()).hasSize(1);
            key.defaultValue().ifPresent(value -> assertThat(row.get(0).substring(row.get(0).lastIndexOf(" | ")))
                    .as(key.key()).contains("`" + value + "`"));
        }
    }
}
