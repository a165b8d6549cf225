package com.orange.api.mmc.samples.cli;

import com.orange.api.mmc.samples.SandboxPerClass;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every output parseable: JSON Lines for the tour, JSON errors on stderr, CSV with a header; quiet by default. */
class OutputIT extends SandboxPerClass {

    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;

    private Cli cli() throws IOException {
        return new Cli(dir).withSandboxVariables(sandbox);
    }

    @Test
    void tourInJsonIsOneObjectPerStep() throws IOException {
        Cli.Run tour = cli().run("tour", "--output", "json");

        assertThat(tour.exitCode()).as(tour.err()).isZero();
        List<String> lines = tour.out().lines().toList();
        assertThat(lines).hasSize(15);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode step = JSON.readTree(lines.get(i));
            assertThat(step.isObject()).isTrue();
            assertThat(step.get("step").asInt()).isEqualTo(i + 1);
            assertThat(step.get("title").asText()).isNotBlank();
            assertThat(step.has("result")).isTrue();
        }
        assertThat(JSON.readTree(lines.get(0)).get("result").asText()).isEqualTo("V1.4");
        assertThat(JSON.readTree(lines.get(2)).get("result").get("kind").asText()).isEqualTo("ScheduledConference");
        assertThat(JSON.readTree(lines.get(9)).get("result").isArray()).isTrue();
        assertThat(tour.out()).doesNotContain("tour-password");
    }

    @Test
    void tourInTextEndsAsBefore() throws IOException {
        Cli.Run tour = cli().run("tour");

        assertThat(tour.out()).contains("== 1. About", "== 15. Start it", "Tour complete: 15 steps");
        assertThat(tour.err()).isEmpty();
    }

    @Test
    void jsonErrorsAreOneObjectOnStderr() throws IOException {
        Cli cli = cli();
        Cli.Run functional = cli.run("start-conference", "--id", "424242", "--password", "whatever", "--json");
        Cli.Run local = cli.run("create-conference", "--name", "x", "--password", "abc", "--output", "json");
        Cli.Run usage = cli.run("list-conferences", "--start", "yesterday-ish", "--output=json");
        cli.variables.put("MMC_ACCESS_KEY_PASSWORD", "wrong");
        Cli.Run technical = cli.run("about", "--json");

        JsonNode notFound = JSON.readTree(functional.err());
        assertThat(functional.exitCode()).isEqualTo(ExitCodes.FUNCTIONAL_ERROR);
        assertThat(functional.out()).isEmpty();
        assertThat(notFound.get("code").asText()).isEqualTo("MMC_46");
        assertThat(notFound.get("local").asBoolean()).isFalse();
        assertThat(notFound.get("retryable").asBoolean()).isFalse();
        assertThat(notFound.get("outcomeUnknown").asBoolean()).isFalse();
        assertThat(notFound.get("httpStatus").asInt()).isZero();
        assertThat(notFound.has("inputParameter")).isTrue();
        assertThat(notFound.get("message").asText()).contains("NotFoundConference");

        JsonNode shortPassword = JSON.readTree(local.err());
        assertThat(shortPassword.get("local").asBoolean()).isTrue();
        assertThat(shortPassword.get("code").asText()).startsWith("MMC_");
        assertThat(shortPassword.get("inputParameter").isNull()).isFalse();

        JsonNode badUsage = JSON.readTree(usage.err());
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(badUsage.get("code").asText()).isEqualTo("USAGE");
        assertThat(badUsage.get("message").asText()).contains("'yesterday-ish' is not a date");

        JsonNode refused = JSON.readTree(technical.err());
        assertThat(technical.exitCode()).isEqualTo(ExitCodes.TECHNICAL_ERROR);
        assertThat(refused.get("code").asText()).isEqualTo("REQ.AUTHENTICATION_FAILURE");
        assertThat(refused.get("httpStatus").asInt()).isEqualTo(401);
        assertThat(technical.err()).doesNotContain("wrong");
    }

    @Test
    void csvHasAHeaderAndOneLinePerRecord() throws IOException {
        Cli cli = cli();
        cli.run("create-conference", "--name", "csv, one", "--password", "s3cret-pw", "--start", "now+1h", "--end", "now+2h");
        cli.run("create-conference", "--name", "csv two", "--password", "s3cret-pw", "--start", "now+1h", "--end", "now+2h");

        List<String> lines = cli.run("list-conferences", "--output", "csv").out().lines().toList();

        assertThat(lines.get(0)).startsWith("kind,identifier,url,");
        assertThat(lines).anyMatch(line -> line.contains(",\"csv, one\",")).anyMatch(line -> line.contains(",csv two,"));
        assertThat(cli.run("get-licences-usage", "--output", "csv").out().lines())
                .containsExactly("maxConcurrentConnections,subscribedLicencesCount,usageRate", "0,10,0");
    }

    @Test
    void nothingIsLoggedUnlessAskedAndTheLogFileOnlyWithLogFile() throws IOException {
        Cli cli = cli();
        Path log = dir.resolve("mmc.log");

        Cli.Run quiet = cli.run("about");
        Cli.Run verbose = cli.run("about", "-v", "--log-file", log.toString());
        cli.run("about");

        assertThat(quiet.err()).isEmpty();
        assertThat(java.nio.file.Files.readString(log)).contains("INFO").contains("about");
        assertThat(cli.workingDirectory.resolve("mmc-samples.log")).doesNotExist();
        assertThat(verbose.exitCode()).isZero();
    }
}
