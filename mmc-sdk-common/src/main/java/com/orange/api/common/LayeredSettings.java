package com.orange.api.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Settings sources stacked in order of precedence, highest first, with typed accessors. A value that
 * cannot be parsed throws a {@link ConfigurationException} naming the key and the source it came from.
 *
 * <p>The SDK's precedence is: values given in code, then system properties, then environment variables
 * (both named by the product's {@link SettingsNaming}), then the file.
 * {@link #standard(SettingsNaming, SettingsSource)} builds that stack around a file.
 */
public final class LayeredSettings {

    /** The shortest duration a setting accepts: below a millisecond no exchange can complete. */
    public static final Duration MIN_DURATION = Duration.ofMillis(1);
    /** The longest duration a setting accepts: a day, far beyond any sensible call, and far from overflowing. */
    public static final Duration MAX_DURATION = Duration.ofHours(24);

    private static final int MAX_PORT = SettingKey.PROXY_PORT.max();
    /** An authority with an at sign: {@code scheme://user:password@host}. */
    private static final Pattern USER_INFO = Pattern.compile("^[^:/?#]*:?//[^/?#]*@");
    private static final Pattern HOST = Pattern.compile(
            "\\[[0-9A-Fa-f:.]+\\]|[0-9A-Fa-f]*:[0-9A-Fa-f:.]+"
            + "|[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?)*\\.?");

    private final List<SettingsSource> layers;

    private LayeredSettings(List<SettingsSource> layers) {
        this.layers = List.copyOf(layers);
    }

    /** Stacks the given sources, highest precedence first. */
    public static LayeredSettings of(List<SettingsSource> highestFirst) {
        return new LayeredSettings(highestFirst);
    }

    /**
     * The product's system properties, then its environment variables, then {@code file} (which may be
     * {@code null}: no file).
     */
    static LayeredSettings standard(SettingsNaming naming, SettingsSource file) {
        List<SettingsSource> layers = new ArrayList<>();
        layers.add(SettingsSource.fromSystemProperties(System.getProperties(), naming));
        layers.add(SettingsSource.fromEnvironment(System.getenv(), naming));
        if (file != null) {
            layers.add(file);
        }
        return new LayeredSettings(layers);
    }

    /** @return a stack with {@code top} above these layers */
    LayeredSettings over(SettingsSource top) {
        List<SettingsSource> layers = new ArrayList<>();
        layers.add(top);
        layers.addAll(this.layers);
        return new LayeredSettings(layers);
    }

    /** @return a stack with {@code bottom} below these layers */
    LayeredSettings under(SettingsSource bottom) {
        List<SettingsSource> layers = new ArrayList<>(this.layers);
        layers.add(bottom);
        return new LayeredSettings(layers);
    }

    /** @return the value of the highest layer that has one; blank values count as absent */
    public Optional<String> string(SettingKey key) {
        return find(key).map(Found::value);
    }

    /** @return the value of a key that must be present */
    String requiredString(SettingKey key) {
        return string(key).orElseThrow(() -> new ConfigurationException(
                "Missing setting '" + key.key() + "' (looked in " + describeLayers(key) + ")", key.key(), describeAll()));
    }

    /**
     * @return an absolute http or https URL with a host, no user information ({@code user:password@}, which
     *         would be printed wherever the URL is; never echoed in the error) and a port, if any, from 1 to
     *         65535; {@code example} is shown when the value is not one
     */
    Optional<URI> httpUrl(SettingKey key, String example) {
        return find(key).map(found -> {
            if (USER_INFO.matcher(found.value()).find()) {
                throw found.invalidHidden("a URL without user information: credentials belong in the accessKey"
                        + " and accessKeyPassword settings, never in the URL");
            }
            URI uri;
            try {
                uri = new URI(found.value());
            } catch (URISyntaxException e) {
                throw found.invalid("an absolute http or https URL", null);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw found.invalid("an absolute http or https URL with a host, for example " + example, null);
            }
            if (uri.getPort() == 0 || uri.getPort() > MAX_PORT) {
                throw found.invalid("a URL whose port is from 1 to " + MAX_PORT, null);
            }
            return uri;
        });
    }

    /**
     * @return a host name or an IP address (IPv6 with or without brackets): no scheme, path, port, user
     *         information or space
     */
    Optional<String> host(SettingKey key) {
        return find(key).map(found -> {
            if (!HOST.matcher(found.value()).matches()) {
                throw found.invalid("a host name or IP address alone (no scheme such as http://, no port, no path,"
                        + " no space), for example proxy.example.com", null);
            }
            return found.value();
        });
    }

    /** @return {@code true} or {@code false}, spelt so (any case) */
    Optional<Boolean> bool(SettingKey key) {
        return find(key).map(found -> switch (found.value().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw found.invalid("true or false", null);
        });
    }

    /** @return a whole number between the key's {@link SettingKey#min()} and {@link SettingKey#max()} inclusive */
    Optional<Integer> integer(SettingKey key) {
        int min = key.min();
        int max = key.max();
        return find(key).map(found -> {
            try {
                int value = Integer.parseInt(found.value());
                if (value < min || value > max) {
                    throw found.invalid("a whole number from " + min + " to " + max, null);
                }
                return value;
            } catch (NumberFormatException e) {
                throw found.invalid("a whole number from " + min + " to " + max, e);
            }
        });
    }

    /**
     * @return a duration from {@link #MIN_DURATION} to {@link #MAX_DURATION}, written in ISO-8601
     *         ({@code PT30S}) or as milliseconds ({@code 30000})
     */
    Optional<Duration> duration(SettingKey key) {
        return find(key).map(found -> {
            String expected = "a duration from 1 ms to 24 hours, in ISO-8601 (PT30S) or in milliseconds (30000)";
            Duration value;
            try {
                value = found.value().chars().allMatch(Character::isDigit)
                        ? Duration.ofMillis(Long.parseLong(found.value()))
                        : Duration.parse(found.value());
            } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
                throw found.invalid(expected, e);
            }
            if (value.compareTo(MIN_DURATION) < 0 || value.compareTo(MAX_DURATION) > 0) {
                throw found.invalid(expected, null);
            }
            return value;
        });
    }

    /** @return the path of a readable regular file */
    Optional<Path> readableFile(SettingKey key) {
        return find(key).map(found -> {
            Path path;
            try {
                path = Path.of(found.value());
            } catch (InvalidPathException e) {
                throw found.invalid("the path of a readable file", e);
            }
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                throw found.invalid("the path of a readable file (" + path.toAbsolutePath() + " is not one)", null);
            }
            return path;
        });
    }

    private Optional<Found> find(SettingKey key) {
        for (SettingsSource layer : layers) {
            Optional<String> value = layer.get(key).map(String::trim).filter(v -> !v.isEmpty());
            if (value.isPresent()) {
                return Optional.of(new Found(key, value.get(), layer.describe(key)));
            }
        }
        return Optional.empty();
    }

    private String describeLayers(SettingKey key) {
        return String.join(", ", layers.stream().map(l -> l.describe(key)).toList());
    }

    private String describeAll() {
        return String.join(", ", layers.stream().map(SettingsSource::description).toList());
    }

    private record Found(SettingKey key, String value, String source) {
        ConfigurationException invalid(String expected, Throwable cause) {
            String shown = key.secret() ? "****" : "'" + value + "'";
            return new ConfigurationException("Invalid setting '" + key.key() + "' in " + source + ": " + shown
                    + " is not " + expected, key.key(), source, cause);
        }

        /** Like {@link #invalid}, for a value that holds a secret whatever its key: the value is not shown. */
        ConfigurationException invalidHidden(String expected) {
            return new ConfigurationException("Invalid setting '" + key.key() + "' in " + source + ": the value (not"
                    + " shown) is not " + expected, key.key(), source, null);
        }
    }
}
