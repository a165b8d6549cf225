package com.orange.api.mmc.samples.cli;

import com.orange.api.mmc.samples.SandboxPerClass;

import static org.assertj.core.api.Assertions.assertThat;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code mmc} finds its settings: MMC_* variables alone, system properties alone, --config, MMC_CONFIG,
 * ./mmc.properties, $XDG_CONFIG_HOME/mmc or ~/.config/mmc, --profile; the embedded sandbox only when nothing
 * at all is configured; {@code config show}.
 */
class ConfigurationIT extends SandboxPerClass {

    @TempDir
    Path dir;

    private static void assertAgainstTheTestSandbox(Cli.Run run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().trim()).isEqualTo("V1.4");
        assertThat(run.err()).doesNotContain("embedded");
    }

    @Test
    void environmentVariablesAloneAreEnough() throws IOException {
        Cli cli = new Cli(dir).withSandboxVariables(sandbox);

        assertAgainstTheTestSandbox(cli.run("about"));
        String created = cli.run("create-conference", "--name", "env only", "--password", "s3cret-pw", "--start",
                "now+1h", "--end", "now+2h").out();
        assertThat(created).startsWith("[ScheduledConference]");
        assertThat(sandbox.newClient().getConferencesList(sandbox.organizer(), java.time.OffsetDateTime.now(),
                java.time.OffsetDateTime.now().plusHours(3), null)).extracting(c -> c.getName()).contains("env only");
    }

    @Test
    void systemPropertiesAloneAreEnough() throws IOException {
        Cli cli = new Cli(dir);
        cli.systemProperties.setProperty("mmc.serviceUrl", sandbox.serviceUrl().toString());
        cli.systemProperties.setProperty("mmc.accessKey", sandbox.accessKey());
        cli.systemProperties.setProperty("mmc.accessKeyPassword", sandbox.accessKeyPassword());
        cli.systemProperties.setProperty("mmc.serviceAccount", sandbox.serviceAccount());
        cli.systemProperties.setProperty("mmc.serviceAccountPassword", sandbox.serviceAccountPassword());

        assertAgainstTheTestSandbox(cli.run("about"));
    }

    @Test
    void incompleteSettingsFailNamingTheKeyInsteadOfFallingBackToASandbox() throws IOException {
        Cli cli = new Cli(dir).withSandboxVariables(sandbox);
        cli.variables.remove("MMC_SERVICE_ACCOUNT_PASSWORD");

        Cli.Run run = cli.run("about");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONFIGURATION_ERROR);
        assertThat(run.err()).contains("Missing setting 'serviceAccountPassword'",
                "environment variable MMC_SERVICE_ACCOUNT_PASSWORD", "system property mmc.serviceAccountPassword",
                "mmc.properties").doesNotContain("embedded");
    }

    @Test
    void withNothingConfiguredTheSandboxIsUsedAndSaidSoInOneLine() throws IOException {
        Cli.Run run = new Cli(dir).run("about");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err().lines()).hasSize(1).allMatch(line -> line.contains("using an embedded MMC sandbox"));
    }

    @Test
    void sandboxWinsOverEverythingConfiguredAndSaysSo() throws IOException {
        Cli.Run run = new Cli(dir).withSandboxVariables(sandbox).run("about", "--sandbox");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).startsWith("--sandbox: using an embedded MMC sandbox at").doesNotContain(sandbox.serviceUrl().toString());
    }

    @Test
    void theFileIsFoundInTheWorkingDirectoryThenUnderXdgConfigHomeThenUnderDotConfig() throws IOException {
        Cli cli = new Cli(dir);
        Path dotConfig = Files.createDirectories(cli.home.resolve(".config/mmc")).resolve("mmc.properties");
        Files.writeString(dotConfig, Cli.properties(sandbox));
        assertAgainstTheTestSandbox(cli.run("about"));
        assertThat(cli.run("config", "show").out()).contains("Settings file: " + dotConfig);

        Path xdg = Files.createDirectories(dir.resolve("xdg/mmc")).resolve("mmc.properties");
        Files.writeString(xdg, Cli.properties(sandbox));
        cli.variables.put("XDG_CONFIG_HOME", dir.resolve("xdg").toString());
        assertThat(cli.run("config", "show").out()).contains("Settings file: " + xdg);

        Path local = cli.workingDirectory.resolve("mmc.properties");
        Files.writeString(local, Cli.properties(sandbox));
        assertThat(cli.run("config", "show").out()).contains("Settings file: " + local);

        Path named = Files.writeString(dir.resolve("named.properties"), Cli.properties(sandbox));
        cli.variables.put("MMC_CONFIG", named.toString());
        assertThat(cli.run("config", "show").out()).contains("Settings file: " + named);

        Path explicit = Files.writeString(dir.resolve("explicit.properties"), Cli.properties(sandbox));
        assertThat(cli.run("config", "show", "--config", explicit.toString()).out()).contains("Settings file: " + explicit);
    }

    @Test
    void aProfilePicksItsOwnFileAndIsNeverSilentlyMissing() throws IOException {
        Cli cli = new Cli(dir);
        Path staging = Files.createDirectories(cli.home.resolve(".config/mmc")).resolve("mmc-staging.properties");
        Files.writeString(staging, Cli.properties(sandbox));

        assertAgainstTheTestSandbox(cli.run("about", "--profile", "staging"));
        assertThat(cli.run("config", "show", "--profile", "staging").out()).contains("Settings file: " + staging);
        Cli.Run missing = cli.run("about", "--profile", "prod");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.CONFIGURATION_ERROR);
        assertThat(missing.err()).contains("Profile 'prod' not found", "mmc-prod.properties").doesNotContain("embedded");
    }

    @Test
    void aNamedFileThatDoesNotExistIsAnErrorNotASandbox() throws IOException {
        Cli cli = new Cli(dir);
        cli.variables.put("MMC_CONFIG", dir.resolve("nowhere.properties").toString());

        Cli.Run run = cli.run("about");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONFIGURATION_ERROR);
        assertThat(run.err()).contains("Settings file not found", "nowhere.properties", "MMC_CONFIG");
    }

    @Test
    void configShowSaysWhereEachSettingComesFromDefaultsIncludedAndMasksSecrets() throws IOException {
        Cli cli = new Cli(dir).withSandboxVariables(sandbox);
        Files.writeString(cli.workingDirectory.resolve("mmc.properties"), "requestTimeout=PT20S\naccessKey=from-file\n");
        cli.systemProperties.setProperty("mmc.maxAttempts", "2");

        Cli.Run text = cli.run("config", "show");
        Cli.Run json = cli.run("config", "show", "--output", "json");

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("serviceUrl = " + sandbox.serviceUrl() + "    (environment variable MMC_SERVICE_URL)",
                "accessKey = " + sandbox.accessKey() + "    (environment variable MMC_ACCESS_KEY)",
                "accessKeyPassword = ****    (environment variable MMC_ACCESS_KEY_PASSWORD)",
                "requestTimeout = PT20S    (file ", "maxAttempts = 2    (system property mmc.maxAttempts)",
                "connectTimeout = PT10S    (default)", "disableProxy = false    (default)")
                .doesNotContain(sandbox.accessKeyPassword(), sandbox.serviceAccountPassword());
        assertThat(json.out()).contains("\"key\":\"serviceAccountPassword\",\"value\":\"****\"")
                .doesNotContain(sandbox.serviceAccountPassword());
    }
}
