package com.orange.api.mmc.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.model.ScheduledConferenceInfo;
import com.orange.api.mmc.samples.SandboxPerClass;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mmc watch} against the sandbox: one line per event, parseable JSON with {@code --output json}. The
 * command runs in the background while the test books conferences until it printed what it was asked for (the
 * first bookings may fall in its baseline poll, which reports nothing).
 */
class WatchCommandIT extends SandboxPerClass {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Runs {@code mmc} with {@code args} in the background, booking a conference every few ms until it ends. */
    private Cli.Run runWhileBooking(List<Long> booked, String... args) throws Exception {
        Cli cli = new Cli(dir).withSandboxVariables(sandbox);
        CompletableFuture<Cli.Run> run = CompletableFuture.supplyAsync(() -> cli.run(args));
        try (Mmc mmc = sandbox.newClient()) {
            OffsetDateTime start = OffsetDateTime.now().plusHours(1);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!run.isDone() && System.nanoTime() < deadline) {
                booked.add(mmc.createConference(sandbox.organizer(), new ScheduledConferenceInfo("watched",
                        "watch-password", start, start.plusHours(1))).getIdentifier());
                Thread.sleep(20);
            }
        }
        return run.get(60, TimeUnit.SECONDS);
    }

    @Test
    void jsonPrintsOneParseableObjectPerEvent() throws Exception {
        List<Long> booked = new ArrayList<>();
        Cli.Run watch = runWhileBooking(booked, "watch", "--output", "json", "--poll-interval", "PT0.01S",
                "--max-events", "3");

        assertThat(watch.exitCode()).as(watch.err()).isZero();
        List<String> lines = watch.out().lines().toList();
        assertThat(lines).hasSize(3);
        List<Long> reported = new ArrayList<>();
        for (String line : lines) {
            JsonNode event = JSON.readTree(line);
            assertThat(event.get("type").asText()).isEqualTo("BOOKED");
            assertThat(event.get("observedAt").asText()).isNotBlank();
            assertThat(event.get("previous").isNull()).isTrue();
            assertThat(event.get("conference").get("name").asText()).isEqualTo("watched");
            reported.add(event.get("conference").get("identifier").asLong());
        }
        assertThat(reported).doesNotHaveDuplicates().isSubsetOf(booked);
        assertThat(watch.out()).doesNotContain("watch-password");
        assertThat(watch.err()).as("nothing but JSON errors on stderr, and none here").isEmpty();
    }

    @Test
    void textPrintsAReadableLinePerEvent() throws Exception {
        List<Long> booked = new ArrayList<>();
        Cli.Run watch = runWhileBooking(booked, "watch", "--poll-interval", "PT0.01S", "--max-events", "1");

        assertThat(watch.exitCode()).as(watch.err()).isZero();
        assertThat(watch.out().lines().toList()).singleElement().asString()
                .matches("\\S+Z BOOKED \\d+ \"watched\" \\(NotStarted, starts \\S+\\)");
        assertThat(watch.err()).contains("Watching the conferences of", "Ctrl-C to stop");
    }

    @Test
    void csvIsRefusedAsBadUsage() throws Exception {
        Cli.Run watch = new Cli(dir).withSandboxVariables(sandbox).run("watch", "--output", "csv");

        assertThat(watch.exitCode()).isEqualTo(2);
        assertThat(watch.err()).contains("text or json");
    }
}
