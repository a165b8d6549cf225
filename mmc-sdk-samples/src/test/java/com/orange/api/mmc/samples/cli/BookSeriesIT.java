package com.orange.api.mmc.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;
import com.orange.api.mmc.samples.SandboxPerClass;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mmc book} with {@code rrule} and {@code zone} columns: a row books a series, resumably. */
class BookSeriesIT extends SandboxPerClass {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path dir;

    /** Monday 10:00 in Paris, {@code weeksAhead} weeks after the next Monday. */
    private static OffsetDateTime monday(int weeksAhead) {
        return LocalDate.now(PARIS).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(weeksAhead)
                .atTime(LocalTime.of(10, 0)).atZone(PARIS).toOffsetDateTime();
    }

    private static List<Conference> named(String name, OffsetDateTime from) {
        try (Mmc mmc = sandbox.newClient()) {
            return mmc.getConferencesList(sandbox.organizer(), from.minusMinutes(1), from.plusWeeks(6), null).stream()
                    .filter(c -> c.getName().equals(name)).toList();
        }
    }

    private Path csv(String file, String... rows) throws IOException {
        List<String> lines = new java.util.ArrayList<>(List.of("name,password,start,end,participants,rrule,zone"));
        lines.addAll(Arrays.asList(rows));
        return Files.write(dir.resolve(file), lines, StandardCharsets.UTF_8);
    }

    @Test
    void aRowWithAnRruleBooksOneConferencePerOccurrenceBesideAPlainRow() throws IOException {
        OffsetDateTime start = monday(1);
        Path csv = csv("series.csv",
                "Plain row,pl4in-pw," + start + "," + start.plusHours(1) + ",,,",
                "Series row,s3ries-pw," + start + "," + start.plusHours(1)
                        + ",John Doe <john.doe@mailbox.com>,FREQ=WEEKLY;BYDAY=MO;COUNT=3,Europe/Paris");
        Path results = dir.resolve("series-results.csv");

        Cli.Run run = new Cli(dir).withSandboxVariables(sandbox).run("book", "--from", csv.toString(), "--results",
                results.toString(), "--parallel", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Booked 2 of 2 rows");
        List<Conference> series = named("Series row", start);
        assertThat(series).hasSize(3).allSatisfy(c -> {
            LocalDateTime local = c.getStartDate().atZoneSameInstant(PARIS).toLocalDateTime();
            assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        });
        assertThat(named("Plain row", start)).hasSize(1);
        String line = Files.readAllLines(results).get(2);
        assertThat(line).startsWith("2,Series row,done,");
        for (Conference conference : series) {
            assertThat(line).contains(Long.toString(conference.getIdentifier()));
        }
        assertThat(line.split("/portal/join\\?participant=")).as("one participant URL per occurrence").hasSize(4);
    }

    @Test
    void aSeriesRowLeftStartedByAKilledRunIsCleanedThenBookedOnce() throws IOException {
        OffsetDateTime start = monday(2);
        Path csv = csv("resume.csv", "Resumed series,r3sume-pw," + start + "," + start.plusHours(1)
                + ",,FREQ=WEEKLY;COUNT=4,Europe/Paris");
        Path results = dir.resolve("resume-results.csv");
        // What a run killed in the middle of the series leaves: the row started, two occurrences booked.
        try (Mmc mmc = sandbox.newClient()) {
            for (int week = 0; week < 2; week++) {
                OffsetDateTime occurrence = start.plusWeeks(week);
                mmc.createConference(sandbox.organizer(), new ScheduledConferenceInfo("Resumed series", "r3sume-pw",
                        occurrence, occurrence.plusHours(1)));
            }
        }
        Files.write(results, List.of(ResultsJournal.HEADER, "1,Resumed series,started,,,,"), StandardCharsets.UTF_8);

        Cli.Run rerun = new Cli(dir).withSandboxVariables(sandbox).run("book", "--from", csv.toString(), "--results",
                results.toString());

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(named("Resumed series", start)).hasSize(4)
                .extracting(c -> c.getStartDate().toInstant()).doesNotHaveDuplicates();
        assertThat(Files.readAllLines(results).get(1)).startsWith("1,Resumed series,done,");
    }

    @Test
    void aDryRunReportsBadSeriesColumns() throws IOException {
        OffsetDateTime start = monday(3);
        Path csv = csv("bad-series.csv",
                "No zone,n0zone-pw," + start + "," + start.plusHours(1) + ",,FREQ=WEEKLY;COUNT=2,",
                "Bad zone,b4dzone-pw," + start + "," + start.plusHours(1) + ",,FREQ=WEEKLY;COUNT=2,Mars/Olympus",
                "No end,n0end-pw," + start + "," + start.plusHours(1) + ",,FREQ=WEEKLY,Europe/Paris",
                "Off rule,0ffrule-pw," + start + "," + start.plusHours(1) + ",,FREQ=WEEKLY;BYDAY=TU;COUNT=2,Europe/Paris",
                "Good,g00d-pw," + start + "," + start.plusHours(1) + ",,FREQ=DAILY;COUNT=2,Europe/Paris");

        Cli.Run run = new Cli(dir).withSandboxVariables(sandbox).run("book", "--from", csv.toString(), "--dry-run");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("row 1: an rrule needs a zone", "row 2: zone 'Mars/Olympus' is not a time zone",
                "row 3: RRULE 'FREQ=WEEKLY' has no end", "row 4: the first start").doesNotContain("row 5");
        assertThat(named("Good", start)).isEmpty();
    }
}
