package com.orange.api.mmc.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.orange.api.common.SettingKey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The {@code mmc.*} properties against the one definition of each setting ({@link SettingKey}): the
 * configuration metadata the build writes names every setting once, with its documentation and default, and
 * every property reaches the SDK under its key.
 */
class MmcPropertiesMetadataTest {

    private static final Set<SettingKey> CREDENTIALS = EnumSet.of(SettingKey.ACCESS_KEY, SettingKey.ACCESS_KEY_PASSWORD,
            SettingKey.SERVICE_ACCOUNT, SettingKey.SERVICE_ACCOUNT_PASSWORD);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** The starter's own properties, which configure no SDK setting: the health indicator and the watch. */
    private static final Set<String> STARTER_GROUPS = Set.of("mmc.health.", "mmc.watch.");

    /** @return the property of a setting: {@code mmc.service-url}, {@code mmc.organizer.access-key} */
    static String property(SettingKey key) {
        String kebab = key.key().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
        return (CREDENTIALS.contains(key) ? "mmc.organizer." : "mmc.") + kebab;
    }

    /** The metadata entries the definitions give, as in {@code additional-spring-configuration-metadata.json}. */
    private static ObjectNode expected() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode properties = root.putArray("properties");
        for (SettingKey key : SettingKey.values()) {
            ObjectNode property = properties.addObject();
            property.put("name", property(key));
            property.put("type", String.class.getName());
            property.put("description", key.documentation());
            key.defaultValue().ifPresent(value -> property.put("defaultValue", value));
        }
        return root;
    }

    private static boolean starterOwn(String name) {
        return STARTER_GROUPS.stream().anyMatch(name::startsWith);
    }

    /** @return the properties of the metadata the configuration processor writes, by name */
    private Map<String, JsonNode> written() throws IOException {
        Map<String, JsonNode> written = new TreeMap<>();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("the metadata the configuration processor writes").isNotNull();
            JSON.readTree(in).get("properties").forEach(p -> written.put(p.get("name").asText(), p));
        }
        return written;
    }

    @Test
    void theMetadataDocumentsEverySettingAsItsDefinitionDoes() throws IOException {
        Map<String, JsonNode> written = written();
        Path regenerated = Path.of("target", "additional-spring-configuration-metadata.json");
        Files.writeString(regenerated, JSON.writeValueAsString(expected()) + System.lineSeparator());

        for (JsonNode want : expected().get("properties")) {
            String name = want.get("name").asText();
            JsonNode got = written.get(name);
            String hint = name + " (the expected additional metadata is in " + regenerated.toAbsolutePath() + ")";
            assertThat(got).as(hint).isNotNull();
            assertThat(got.path("description").asText(null)).as(hint).isEqualTo(want.get("description").asText());
            assertThat(got.path("defaultValue").asText(null)).as(hint).isEqualTo(want.path("defaultValue").asText(null));
        }
        assertThat(written.keySet()).filteredOn(name -> !starterOwn(name))
                .containsExactlyInAnyOrderElementsOf(expected().findValuesAsText("name"));
    }

    @Test
    void theStarterOwnPropertiesAreDocumented() throws IOException {
        Map<String, JsonNode> own = new TreeMap<>(written());
        own.keySet().removeIf(name -> !starterOwn(name));

        assertThat(own.keySet()).containsExactlyInAnyOrder("mmc.health.timeout", "mmc.health.cache-ttl",
                "mmc.watch.enabled", "mmc.watch.poll-interval", "mmc.watch.window-behind", "mmc.watch.window-ahead");
        own.forEach((name, property) -> assertThat(property.path("description").asText("")).as(name).isNotBlank());
    }

    @Test
    void everyPropertyReachesTheSdkUnderItsKey() {
        Map<String, String> given = new LinkedHashMap<>();
        for (SettingKey key : SettingKey.values()) {
            given.put(property(key), "value of " + key.key());
        }
        MmcProperties properties = new Binder(new MapConfigurationPropertySource(given)).bind("mmc", MmcProperties.class).get();

        Map<SettingKey, String> reached = new TreeMap<>(properties.settings());
        reached.put(SettingKey.ACCESS_KEY, properties.getOrganizer().getAccessKey());
        reached.put(SettingKey.ACCESS_KEY_PASSWORD, properties.getOrganizer().getAccessKeyPassword());
        reached.put(SettingKey.SERVICE_ACCOUNT, properties.getOrganizer().getServiceAccount());
        reached.put(SettingKey.SERVICE_ACCOUNT_PASSWORD, properties.getOrganizer().getServiceAccountPassword());
        for (SettingKey key : SettingKey.values()) {
            assertThat(reached.get(key)).as(property(key)).isEqualTo("value of " + key.key());
        }
    }
}
