package com.orange.api.mmc.samples;

import com.orange.api.common.ConfigurationException;
import com.orange.api.common.LayeredSettings;
import com.orange.api.common.SettingKey;
import com.orange.api.common.SettingsSource;
import com.orange.api.mmc.Mmc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Finds the settings of the samples and of the {@code mmc} command, the same way every time:
 * <ol>
 * <li>the file given with {@code --config FILE};</li>
 * <li>else the file named by the environment variable {@code MMC_CONFIG};</li>
 * <li>else {@code ./mmc.properties};</li>
 * <li>else {@code $XDG_CONFIG_HOME/mmc/mmc.properties} ({@code ~/.config/mmc/mmc.properties} when
 * {@code XDG_CONFIG_HOME} is not set).</li>
 * </ol>
 * With a profile {@code NAME}, the search (3 and 4) looks for {@code mmc-NAME.properties} instead, and
 * {@code MMC_CONFIG} is not read. Whatever file is found (or none), system properties {@code mmc.<key>} and
 * environment variables {@code MMC_<KEY>} override it, as in the library.
 */
public final class ConfigDiscovery {

    /** The environment variable that names a settings file. */
    public static final String CONFIG_VARIABLE = "MMC_CONFIG";

    private static final Pattern PROFILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private ConfigDiscovery() {
    }

    /**
     * Where a command runs: its environment variables, system properties, working directory and home. Tests
     * give their own.
     */
    public record Environment(Map<String, String> variables, Properties systemProperties, Path workingDirectory,
            Path home) {

        /** @return this process's environment */
        public static Environment system() {
            return new Environment(System.getenv(), System.getProperties(), Path.of("").toAbsolutePath(),
                    Path.of(System.getProperty("user.home")));
        }
    }

    /**
     * What discovery found.
     *
     * @param file     the settings file, when one was found
     * @param searched every file looked at, in order
     * @param layers   system properties, environment and file, highest precedence first
     */
    public record Found(Optional<Path> file, List<Path> searched, List<SettingsSource> layers) {

        /** @return the layers stacked for the library */
        public LayeredSettings settings() {
            return LayeredSettings.of(layers);
        }

        /** @return whether anything at all is configured: a file, an {@code MMC_*} variable or a {@code mmc.*} property */
        public boolean anything() {
            return file.isPresent() || layers.stream().anyMatch(layer ->
                    java.util.Arrays.stream(SettingKey.values()).anyMatch(key -> layer.get(key).isPresent()));
        }

        /**
         * @return where a key's effective value comes from ({@code environment variable MMC_ACCESS_KEY},
         *         {@code file /home/me/.config/mmc/mmc.properties}), empty when no layer gives it
         */
        public Optional<String> origin(SettingKey key) {
            for (SettingsSource layer : layers) {
                if (layer.get(key).filter(value -> !value.isBlank()).isPresent()) {
                    return Optional.of(layer.describe(key));
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Finds the settings.
     *
     * @param explicit the {@code --config} file, or {@code null}
     * @param profile  the {@code --profile} name, or {@code null}
     * @throws ConfigurationException when the named file does not exist or is invalid, when a profile's file
     *                                is found nowhere, or when {@code --config} and {@code --profile} are both given
     */
    public static Found discover(Path explicit, String profile, Environment environment) {
        List<Path> searched = new ArrayList<>();
        Optional<Path> file = find(explicit, profile, environment, searched);
        List<SettingsSource> layers = new ArrayList<>();
        layers.add(SettingsSource.fromSystemProperties(environment.systemProperties(), Mmc.SETTINGS_NAMING));
        layers.add(SettingsSource.fromEnvironment(environment.variables(), Mmc.SETTINGS_NAMING));
        layers.add(file.map(SettingsSource::fromFile).orElseGet(() -> SettingsSource.ofValues(
                "no settings file (looked for " + String.join(", ", searched.stream().map(Path::toString).toList()) + ")",
                Map.of())));
        return new Found(file, List.copyOf(searched), List.copyOf(layers));
    }

    private static Optional<Path> find(Path explicit, String profile, Environment environment, List<Path> searched) {
        if (explicit != null && profile != null) {
            throw new ConfigurationException("--config and --profile exclude each other: --config names the file itself",
                    null, "--config");
        }
        if (explicit != null) {
            return Optional.of(existing(environment.workingDirectory().resolve(explicit), "--config"));
        }
        String variable = environment.variables().get(CONFIG_VARIABLE);
        if (profile == null && variable != null && !variable.isBlank()) {
            return Optional.of(existing(environment.workingDirectory().resolve(variable.trim()),
                    "environment variable " + CONFIG_VARIABLE));
        }
        if (profile != null && !PROFILE.matcher(profile).matches()) {
            throw new ConfigurationException("--profile '" + profile + "' is not a profile name: use letters, digits,"
                    + " '.', '_' and '-'", null, "--profile");
        }
        String name = profile == null ? Mmc.SETTINGS_NAMING.fileName() : "mmc-" + profile + ".properties";
        for (Path candidate : List.of(environment.workingDirectory().resolve(name), configHome(environment).resolve("mmc")
                .resolve(name))) {
            searched.add(candidate);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        if (profile != null) {
            throw new ConfigurationException("Profile '" + profile + "' not found: no " + name + " in "
                    + String.join(" nor ", searched.stream().map(p -> p.getParent().toString()).toList()), null, name);
        }
        return Optional.empty();
    }

    private static Path existing(Path file, String givenBy) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException("Settings file not found: " + file + " (given by " + givenBy + ")", null,
                    file.toString());
        }
        return file;
    }

    /** {@code $XDG_CONFIG_HOME} when set to an absolute path (as the XDG specification asks), else {@code ~/.config}. */
    private static Path configHome(Environment environment) {
        String xdg = environment.variables().get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg);
        }
        return environment.home().resolve(".config");
    }
}
