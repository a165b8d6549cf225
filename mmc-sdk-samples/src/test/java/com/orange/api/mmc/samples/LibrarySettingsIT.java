package com.orange.api.mmc.samples;

import static org.assertj.core.api.Assertions.assertThat;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library loads settings from the environment alone or system properties alone, with no file: each case
 * runs {@link SettingsOnlyClient} in its own JVM (an environment cannot be changed in this one), in an empty
 * working directory.
 */
class LibrarySettingsIT extends SandboxPerClass {

    @TempDir
    Path emptyDirectory;

    private static Map<String, String> credentials() {
        return Map.of("serviceUrl", sandbox.serviceUrl().toString(), "accessKey", sandbox.accessKey(),
                "accessKeyPassword", sandbox.accessKeyPassword(), "serviceAccount", sandbox.serviceAccount(),
                "serviceAccountPassword", sandbox.serviceAccountPassword());
    }

    private String client(Map<String, String> environment, List<String> systemProperties)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(systemProperties);
        command.add(SettingsOnlyClient.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command).directory(emptyDirectory.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("MMC_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private static String variable(String key) {
        return "MMC_" + key.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    @Test
    void theEnvironmentAloneConfiguresMmcAndOrganizer() throws Exception {
        Map<String, String> environment = new java.util.HashMap<>();
        credentials().forEach((key, value) -> environment.put(variable(key), value));

        assertThat(client(environment, List.of())).contains("V1.4 V1.4");
    }

    @Test
    void systemPropertiesAloneConfigureMmcAndOrganizer() throws Exception {
        List<String> properties = credentials().entrySet().stream().map(e -> "-Dmmc." + e.getKey() + "=" + e.getValue()).toList();

        assertThat(client(Map.of(), properties)).contains("V1.4 V1.4");
    }

    @Test
    void aMissingCredentialIsNamedWithEveryPlaceItWasLookedFor() throws Exception {
        Map<String, String> environment = new java.util.HashMap<>();
        credentials().forEach((key, value) -> environment.put(variable(key), value));
        environment.remove("MMC_ACCESS_KEY_PASSWORD");

        assertThat(client(environment, List.of())).contains("ConfigurationException: Missing setting 'accessKeyPassword'",
                "system property mmc.accessKeyPassword", "environment variable MMC_ACCESS_KEY_PASSWORD",
                "no mmc.properties (none in " + emptyDirectory.toAbsolutePath());
    }
}
