package com.orange.api.mmc.samples.cli;

import com.orange.api.mmc.samples.SandboxPerClass;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.mmc.model.Conference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mmc book}: 200 rows in parallel, a rerun after a crash that books nothing twice, an audio row whose answer was lost, a dry run. */
class BookCommandIT extends SandboxPerClass {

    @TempDir
    Path dir;

    /** A bookings file of {@code rows} web conferences named "{prefix} {n}", all in one slot, two with a participant. */
    private Path bookings(String prefix, OffsetDateTime start, int rows) throws IOException {
        List<String> lines = new ArrayList<>(List.of("name,password,start,end,participants,param.conferenceVisibility"));
        for (int i = 1; i <= rows; i++) {
            lines.add(prefix + " " + i + ",pw-" + i + "," + start + "," + start.plusHours(1) + ","
                    + (i <= 2 ? "\"John Doe <john.doe@mailbox.com>; Ann Lee <ann@mailbox.com>\"" : "") + ",Private");
        }
        return Files.write(dir.resolve(prefix + ".csv"), lines, StandardCharsets.UTF_8);
    }

    private static List<Conference> booked(String prefix, OffsetDateTime start) {
        return sandbox.newClient().getConferencesList(sandbox.organizer(), start.minusMinutes(1), start.plusHours(2), null)
                .stream().filter(c -> c.getName().startsWith(prefix + " ")).toList();
    }

    private static OffsetDateTime slot(int daysAhead) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusDays(daysAhead).truncatedTo(ChronoUnit.MINUTES);
    }

    @Test
    void twoHundredRowsInParallel() throws IOException {
        OffsetDateTime start = slot(2);
        Path csv = bookings("bulk", start, 200);
        Path results = dir.resolve("bulk-results.csv");

        Cli.Run run = new Cli(dir).withSandboxVariables(sandbox).run("book", "--from", csv.toString(), "--results",
                results.toString(), "--parallel", "8");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Booked 200 of 200 rows");
        assertThat(booked("bulk", start)).hasSize(200);
        List<String> lines = Files.readAllLines(results);
        assertThat(lines).hasSize(201).first().isEqualTo(ResultsJournal.HEADER);
        assertThat(lines.subList(1, 201)).allMatch(line -> line.contains(",done,"));
        assertThat(lines.get(1)).startsWith("1,bulk 1,done,").contains("/portal/join?participant=");
        assertThat(run.err().lines()).hasSize(200).allMatch(line -> line.matches("row \\d+: done \\d+"));
    }

    @Test
    void aRerunAfterACrashBooksEveryRowExactlyOnce() throws Exception {
        OffsetDateTime start = slot(3);
        Path csv = bookings("crash", start, 200);
        Path results = dir.resolve("crash-results.csv");
        Cli cli = new Cli(dir).withSandboxVariables(sandbox);

        // The first run is a separate JVM that halts, as if killed, after 80 rows, with others in flight.
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), MmcCommand.class.getName(), "book", "--from", csv.toString(),
                "--results", results.toString(), "--parallel", "8", "--halt-after", "80");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("crash.log").toFile());
        builder.environment().putAll(cli.variables);
        Process crashed = builder.start();
        assertThat(crashed.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(crashed.exitValue()).as(Files.readString(dir.resolve("crash.log"))).isEqualTo(137);
        long doneBeforeRerun = Files.readAllLines(results).stream().filter(line -> line.contains(",done,")).count();
        assertThat(doneBeforeRerun).isBetween(80L, 199L);

        Cli.Run rerun = cli.run("book", "--from", csv.toString(), "--results", results.toString(), "--parallel", "8");

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.out()).contains("Booked 200 of 200 rows (" + doneBeforeRerun + " done before this run");
        assertThat(booked("crash", start)).hasSize(200)
                .extracting(Conference::getName).doesNotHaveDuplicates();
        List<String> lines = Files.readAllLines(results);
        assertThat(lines).hasSize(201);
        assertThat(lines.subList(1, 201)).allMatch(line -> line.contains(",done,"));
    }

    @Test
    void anAudioRowWhoseAnswerWasLostIsFoundByItsNameAndStartAndBookedOnce() throws IOException {
        OffsetDateTime start = slot(6);
        Path csv = Files.writeString(dir.resolve("audio.csv"), "name,password,start,end,type,host\n"
                + "audio lost,pw-audio," + start + "," + start.plusMinutes(15)
                + ",audio,\"joe,black,joe.black@never.land,+33100000000\"\n");
        Path results = dir.resolve("audio-results.csv");
        sandbox.faults().next("createScheduledAudioConference").dropConnectionAfterRequest();

        Cli.Run run = new Cli(dir).withSandboxVariables(sandbox).run("book", "--from", csv.toString(), "--results",
                results.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Conference> booked = booked("audio", start);
        assertThat(booked).singleElement().extracting(Conference::getName).isEqualTo("audio lost");
        assertThat(Files.readAllLines(results).get(1))
                .startsWith("1,audio lost,done," + booked.get(0).getIdentifier() + ",");
    }

    @Test
    void aDryRunReportsEveryBadRowAndBooksNothing() throws IOException {
        OffsetDateTime start = slot(4);
        Path csv = Files.writeString(dir.resolve("bad.csv"), String.join("\n",
                "name,password,start,end,type,host,participants,param.colour",
                "good," + "pw-ok," + start + "," + start.plusHours(1) + ",,,,",
                "," + "pw-ok," + start + "," + start.plusHours(1) + ",,,,",
                "short,abc," + start + "," + start.plusHours(1) + ",,,,",
                "backwards,pw-ok," + start + "," + start.minusHours(1) + ",,,,",
                "bad date,pw-ok,tomorrow-ish," + start + ",,,,",
                "bad type,pw-ok," + start + "," + start.plusHours(1) + ",video,,,",
                "bad mail,pw-ok," + start + "," + start.plusHours(1) + ",,,John Doe <john>,",
                "bad host,pw-ok," + start + "," + start.plusHours(1) + ",audio,joe,,") + "\n");

        Cli.Run run = new Cli(dir).withSandboxVariables(sandbox).run("book", "--from", csv.toString(), "--dry-run");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("header: Unknown column key 'param.colour'",
                "row 2 (line 3): name is empty", "row 3 (line 4): password must have 4 characters or more",
                "row 4 (line 5): end", "is not after start", "row 5 (line 6): start: 'tomorrow-ish' is not a date",
                "row 6 (line 7): type must be web or audio, not 'video'",
                "row 7 (line 8): participant 'John Doe <john>' is not 'First Last <mail@domain>'",
                "row 8 (line 9): host: 'joe' is not an attendee").doesNotContain("row 1 ");
        assertThat(booked("good", start)).isEmpty();
        assertThat(dir.resolve("bad.csv.results.csv")).doesNotExist();
    }

    @Test
    void aDryRunOfAGoodFileSaysSo() throws IOException {
        Cli.Run run = new Cli(dir).withSandboxVariables(sandbox).run("book", "--from",
                bookings("fine", slot(5), 3).toString(), "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 rows, all valid; nothing booked (--dry-run)");
    }
}
