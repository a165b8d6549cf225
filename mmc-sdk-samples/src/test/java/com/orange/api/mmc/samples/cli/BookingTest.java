package com.orange.api.mmc.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What {@code mmc book} accepts in a row, and what it reports for each problem. */
class BookingTest {

    private static final String HEADER = "name,password,start,end,type,participants,host,attendees,duration,param.audioType\n";

    private static List<String> problems(String row) {
        List<String> problems = new ArrayList<>();
        Csv.Table table = Csv.parse(HEADER + row + "\n", "t.csv");
        problems.addAll(Booking.checkHeader(table.header()));
        Booking.of(1, table.rows().get(0), problems);
        return problems;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "daily,pw-ok,2030-01-15T10:00:00+01:00,2030-01-15T11:00:00+01:00,,,,,,",
        "daily,pw-ok,2030-01-15T10:00:00+01:00,2030-01-15T11:00:00+01:00,web,John Doe <j@d.com>; Ann Lee <a@l.org>,,,,",
        "call,pw-ok,2030-01-15T10:00:00,2030-01-15T10:30:00,audio,,\"joe,black,joe@never.land,+33100000000\",\"a,b,a@b.cd,+331\",,Apac"})
    void goodRows(String row) {
        assertThat(problems(row)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        ",pw-ok,2030-01-15T10:00:00Z,2030-01-15T11:00:00Z,,,,,,|name is empty",
        "x,abc,2030-01-15T10:00:00Z,2030-01-15T11:00:00Z,,,,,,|password must have 4 characters or more",
        "x,pw-ok,2030-01-15T10:00:00Z,2030-01-15T09:00:00Z,,,,,,|is not after start",
        "x,pw-ok,,2030-01-15T09:00:00Z,,,,,,|start is empty",
        "x,pw-ok,soon,2030-01-15T09:00:00Z,,,,,,|start: 'soon' is not a date",
        "x,pw-ok,2030-01-15T10:00:00Z,2030-01-15T11:00:00Z,video,,,,,|type must be web or audio",
        "x,pw-ok,2030-01-15T10:00:00Z,2030-01-15T11:00:00Z,,John <j@d.com>,,,,|participant 'John <j@d.com>'",
        "x,pw-ok,2030-01-15T10:00:00Z,2030-01-15T11:00:00Z,audio,,joe,,,|host: 'joe' is not an attendee",
        "x,pw-ok,2030-01-15T10:00:00Z,2030-01-15T11:00:00Z,audio,,\"j,b,j@b.cd,+33\",,2000,|duration must be 1 to 1440",
        "x,pw-ok,2030-01-15T10:00:00Z,2030-01-15T11:00:00Z,audio,,\"j,b,j@b.cd,+33\",,abc,|duration 'abc' is not a number"})
    void eachProblemIsNamed(String row, String problem) {
        assertThat(problems(row)).singleElement().asString().startsWith("row 1 (line 2): ").contains(problem);
    }

    @Test
    void aBookingNeverShowsItsPassword() {
        List<String> problems = new ArrayList<>();
        Booking booking = Booking.of(1, Csv.parse(HEADER + "x,s3cret-pw,2030-01-15T10:00:00Z,2030-01-15T11:00:00Z,,,,,,\n",
                "t.csv").rows().get(0), problems);

        assertThat(booking.toString()).contains("password=****").doesNotContain("s3cret-pw");
    }

    @Test
    void everyProblemOfARowIsReportedNotJustTheFirst() {
        assertThat(problems(",abc,soon,later,video,,,,,")).hasSize(5);
    }

    @Test
    void theHelpOfBookNamesEveryColumn() {
        String help = MmcCommand.commandLine(new MmcCommand()).getSubcommands().get("book").getUsageMessage();

        for (BookingColumn column : BookingColumn.values()) {
            assertThat(help).as(column.header()).contains(column.header());
        }
    }

    @Test
    void unknownColumnsAndMissingRequiredOnesAreHeaderProblems() {
        assertThat(Booking.checkHeader(List.of("name", "colour", "param.colour"))).containsExactly(
                "header: unknown column 'colour' (known: [attendees, duration, end, host, name, participants, password,"
                        + " rrule, start, type, zone] and param.KEY)",
                "header: " + OptionalParameters.unknown("column", "param.colour"),
                "header: missing column 'password'", "header: missing column 'start'", "header: missing column 'end'");
    }
}
