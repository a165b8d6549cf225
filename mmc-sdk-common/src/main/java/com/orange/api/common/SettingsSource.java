package com.orange.api.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * One place settings come from: a properties file (or a .NET SDK's XML configuration file), a stream,
 * the system properties or the environment, the last two named by the product's {@link SettingsNaming}.
 * It holds raw string values by {@link SettingKey}; {@link LayeredSettings} stacks several in order of
 * precedence and parses them.
 *
 * <p>A file or stream that holds a key the SDK does not know is refused with a
 * {@link ConfigurationException} that names the key (and the closest known one): a misspelt
 * {@code requestTimout} silently ignored would leave a production client on its defaults.
 */
public final class SettingsSource {

    private final String description;
    private final Map<SettingKey, String> values;
    /** How a key of this source is named where it was read, for messages: the file, the property, the variable. */
    private final Function<SettingKey, String> origin;

    private SettingsSource(String description, Map<SettingKey, String> values) {
        this(description, values, key -> description);
    }

    private SettingsSource(String description, Map<SettingKey, String> values, Function<SettingKey, String> origin) {
        this.description = description;
        this.values = Collections.unmodifiableMap(values);
        this.origin = origin;
    }

    /**
     * Reads a properties file (UTF-8).
     *
     * @throws ConfigurationException when the file is missing, unreadable or holds an unknown key
     */
    public static SettingsSource fromFile(Path file) {
        Objects.requireNonNull(file, "file");
        String description = "file " + file.toAbsolutePath().normalize();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, description);
        } catch (NoSuchFileException e) {
            throw new ConfigurationException("Settings file not found: " + description, null, description, e);
        } catch (IOException e) {
            throw new ConfigurationException("Settings file cannot be read: " + description + " (" + e.getMessage() + ")",
                    null, description, e);
        }
    }

    /**
     * Reads properties (UTF-8) from a stream, which the caller keeps and closes.
     *
     * @param name how to name the stream in error messages
     * @throws ConfigurationException when the stream is unreadable or holds an unknown key
     */
    public static SettingsSource fromStream(InputStream in, String name) {
        Objects.requireNonNull(in, "in");
        String description = "stream " + (name == null ? "<unnamed>" : name);
        try {
            return read(in, description);
        } catch (IOException e) {
            throw new ConfigurationException("Settings cannot be read from " + description + " (" + e.getMessage() + ")",
                    null, description, e);
        }
    }

    /** The product's settings file in the working directory, else on the classpath; empty when there is none. */
    private static Optional<SettingsSource> findDefaultLocation(SettingsNaming naming) {
        String fileName = naming.fileName();
        Path local = Path.of(fileName);
        if (Files.isRegularFile(local)) {
            return Optional.of(fromFile(local));
        }
        ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(SettingsSource.class.getClassLoader());
        InputStream in = loader.getResourceAsStream(fileName);
        if (in == null) {
            return Optional.empty();
        }
        try (in) {
            return Optional.of(read(in, "classpath resource " + fileName));
        } catch (IOException e) {
            throw new ConfigurationException("Settings cannot be read from classpath resource " + fileName,
                    null, "classpath resource " + fileName, e);
        }
    }

    /**
     * Reads the product's settings file ({@link SettingsNaming#fileName()}) from the working directory or,
     * when there is none, from the classpath; when there is no file, an empty source that says where it was
     * looked for: the lowest layer for settings that may come from system properties and the
     * environment alone, so that a missing key's error still names the file that was not found.
     */
    public static SettingsSource defaultLocationOrNone(SettingsNaming naming) {
        return findDefaultLocation(naming).orElseGet(() -> new SettingsSource("no " + naming.fileName()
                + " (none in " + Path.of("").toAbsolutePath() + " nor on the classpath)", Map.of()));
    }

    /**
     * The product's entries of the given system properties: a prefix and a key, such as
     * {@code mmc.serviceUrl}. A property of the prefix whose rest holds no further dot and is not a known key
     * is refused like an unknown key in a file; other properties (including {@code mmc.<group>.<name>}, and
     * Spring-style {@code mmc.service-url} spellings, which a framework's own binding reads) are ignored.
     *
     * @throws ConfigurationException naming the unknown property and the closest known key
     */
    public static SettingsSource fromSystemProperties(Properties system, SettingsNaming naming) {
        String prefix = naming.systemPropertyPrefix();
        for (String name : system.stringPropertyNames()) {
            if (name.startsWith(prefix)) {
                String key = name.substring(prefix.length());
                if (key.indexOf('.') < 0 && key.indexOf('-') < 0 && SettingKey.fromKey(key).isEmpty()) {
                    throw unknownKey(key, "system property " + name);
                }
            }
        }
        return named("system properties", key -> system.getProperty(naming.systemProperty(key)),
                key -> "system property " + naming.systemProperty(key));
    }

    /**
     * The product's entries of the given environment: a prefix and a key in upper snake case, such as
     * {@code MMC_SERVICE_URL}; other variables are ignored.
     */
    public static SettingsSource fromEnvironment(Map<String, String> environment, SettingsNaming naming) {
        return named("environment", key -> environment.get(naming.environmentVariable(key)),
                key -> "environment variable " + naming.environmentVariable(key));
    }

    private static SettingsSource named(String description, Function<SettingKey, String> lookup,
            Function<SettingKey, String> origin) {
        Map<SettingKey, String> values = new LinkedHashMap<>();
        for (SettingKey key : SettingKey.values()) {
            String value = lookup.apply(key);
            if (value != null) {
                values.put(key, value);
            }
        }
        return new SettingsSource(description, values, origin);
    }

    /** Each setting's {@link SettingKey#defaultValue() default}, described as {@code default}: the lowest layer. */
    public static SettingsSource defaults() {
        Map<SettingKey, String> values = new LinkedHashMap<>();
        for (SettingKey key : SettingKey.values()) {
            key.defaultValue().ifPresent(value -> values.put(key, value));
        }
        return new SettingsSource("default", values);
    }

    /** Values given in code (a builder); {@code null} values are left out. */
    public static SettingsSource ofValues(String description, Map<SettingKey, String> given) {
        Map<SettingKey, String> values = new LinkedHashMap<>();
        given.forEach((key, value) -> {
            if (value != null) {
                values.put(key, value);
            }
        });
        return new SettingsSource(description, values);
    }

    /**
     * Reads a properties file, or a .NET SDK's XML configuration file when the content is XML: the
     * {@code <add key="..." value="..."/>} entries of its {@code appSettings}, with the same keys.
     */
    private static SettingsSource read(InputStream in, String description) throws IOException {
        byte[] content = in.readAllBytes();
        Map<String, String> entries = looksLikeXml(content) ? XmlAppSettings.read(content, description)
                : properties(content, description);
        Map<SettingKey, String> values = new LinkedHashMap<>();
        entries.forEach((name, value) -> {
            SettingKey key = SettingKey.fromKey(name).orElseThrow(() -> unknownKey(name, description));
            values.put(key, value.trim());
        });
        return new SettingsSource(description, values);
    }

    private static Map<String, String> properties(byte[] content, String description) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("Malformed properties in " + description + ": " + e.getMessage(),
                    null, description, e);
        }
        Map<String, String> entries = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            entries.put(name, properties.getProperty(name));
        }
        return entries;
    }

    /** @return true when the first character after a byte order mark and white space is {@code <} */
    private static boolean looksLikeXml(byte[] content) {
        int at = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        while (at < content.length && Character.isWhitespace(content[at])) {
            at++;
        }
        return at < content.length && content[at] == '<';
    }

    private static ConfigurationException unknownKey(String name, String description) {
        String hint = SettingKey.closestTo(name).map(k -> "; did you mean '" + k.key() + "'?").orElse("");
        return new ConfigurationException("Unknown setting '" + name + "' in " + description + hint, name, description);
    }

    /** @return where these values came from, for error messages */
    public String description() {
        return description;
    }

    /** @return the raw value of a key, when this source holds it */
    public Optional<String> get(SettingKey key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * @return where a key's value comes from, as precisely as this source can say: {@code system property
     *         mmc.accessKey}, {@code environment variable MMC_ACCESS_KEY}, {@code file /etc/app/mmc.properties}
     */
    public String describe(SettingKey key) {
        return origin.apply(key);
    }

    @Override
    public String toString() {
        return "SettingsSource[" + description + ", keys=" + values.keySet() + "]";
    }
}
