package com.orange.api.mmc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orange.api.mmc.model.ConferenceOptionalParameter;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeriesPlanTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Monday 15 March 2027, 10:00 to 11:00 in Paris (winter time, UTC+1). */
    private static ScheduledConferenceInfo mondayTenInParis() {
        OffsetDateTime start = LocalDateTime.of(2027, 3, 15, 10, 0).atZone(PARIS).toOffsetDateTime();
        return new ScheduledConferenceInfo("Weekly sync", "s3cret", start, start.plusHours(1));
    }

    private static List<LocalDateTime> localStarts(List<ScheduledConferenceInfo> plan) {
        return plan.stream().map(i -> i.getStartDate().atZoneSameInstant(PARIS).toLocalDateTime()).toList();
    }

    @Test
    void aWeeklySeriesAcrossBothChangesOfTimeKeepsTenOClockInParis() {
        // 35 Mondays from 15 March 2027: across 28 March (summer time) and 31 October (winter time).
        List<ScheduledConferenceInfo> plan = ConferenceSeries.plan(mondayTenInParis(), "FREQ=WEEKLY;COUNT=35;BYDAY=MO",
                PARIS);

        assertThat(plan).hasSize(35);
        assertThat(localStarts(plan)).allSatisfy(start -> {
            assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(10, 0));
            assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        });
        assertThat(localStarts(plan)).isSorted().doesNotHaveDuplicates();
        // The offsets show the changes: winter (+01:00), summer (+02:00), winter again.
        assertThat(plan.get(1).getStartDate()).isEqualTo(OffsetDateTime.parse("2027-03-22T10:00+01:00"));
        assertThat(plan.get(2).getStartDate()).isEqualTo(OffsetDateTime.parse("2027-03-29T10:00+02:00"));
        assertThat(plan.get(32).getStartDate()).isEqualTo(OffsetDateTime.parse("2027-10-25T10:00+02:00"));
        assertThat(plan.get(33).getStartDate()).isEqualTo(OffsetDateTime.parse("2027-11-01T10:00+01:00"));
        assertThat(plan).allSatisfy(info ->
                assertThat(Duration.between(info.getStartDate(), info.getEndDate())).isEqualTo(Duration.ofHours(1)));
    }

    @Test
    void everyOccurrenceHasTheFirstsNamePasswordAndParameters() {
        ScheduledConferenceInfo first = mondayTenInParis();
        first.getOptionalParameters().put(ConferenceOptionalParameter.values()[0], "x");

        List<ScheduledConferenceInfo> plan = ConferenceSeries.plan(first, "FREQ=DAILY;COUNT=3", PARIS);

        assertThat(plan).allSatisfy(info -> {
            assertThat(info.getName()).isEqualTo("Weekly sync");
            assertThat(info.getPassword()).isEqualTo("s3cret");
            assertThat(info.getOptionalParameters()).isEqualTo(first.getOptionalParameters());
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "FREQ=DAILY;COUNT=3                           | 2027-03-15T10:00, 2027-03-16T10:00, 2027-03-17T10:00",
        "RRULE:FREQ=DAILY;INTERVAL=2;COUNT=3          | 2027-03-15T10:00, 2027-03-17T10:00, 2027-03-19T10:00",
        "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4              | 2027-03-15T10:00, 2027-03-17T10:00, 2027-03-22T10:00, 2027-03-24T10:00",
        "FREQ=WEEKLY;INTERVAL=2;COUNT=3               | 2027-03-15T10:00, 2027-03-29T10:00, 2027-04-12T10:00",
        "FREQ=WEEKLY;UNTIL=20270329T075959Z           | 2027-03-15T10:00, 2027-03-22T10:00",
        "FREQ=WEEKLY;UNTIL=20270329T080000Z           | 2027-03-15T10:00, 2027-03-22T10:00, 2027-03-29T10:00",
        "FREQ=MONTHLY;COUNT=3                         | 2027-03-15T10:00, 2027-04-15T10:00, 2027-05-15T10:00",
        "FREQ=MONTHLY;BYDAY=3MO;COUNT=3               | 2027-03-15T10:00, 2027-04-19T10:00, 2027-05-17T10:00",
    })
    void theRuleGivesTheseLocalStarts(String rrule, String expected) {
        List<LocalDateTime> starts = localStarts(ConferenceSeries.plan(mondayTenInParis(), rrule, PARIS));

        assertThat(starts).containsExactlyElementsOf(java.util.Arrays.stream(expected.split(","))
                .map(String::trim).map(LocalDateTime::parse).toList());
    }

    @Test
    void aLocalTimeSkippedByTheChangeToSummerTimeMovesForwardByTheGap() {
        OffsetDateTime start = LocalDateTime.of(2027, 3, 27, 2, 30).atZone(PARIS).toOffsetDateTime();
        ScheduledConferenceInfo first = new ScheduledConferenceInfo("Night", "s3cret", start, start.plusMinutes(30));

        List<ScheduledConferenceInfo> plan = ConferenceSeries.plan(first, "FREQ=DAILY;COUNT=3", PARIS);

        assertThat(localStarts(plan)).containsExactly(LocalDateTime.of(2027, 3, 27, 2, 30),
                LocalDateTime.of(2027, 3, 28, 3, 30), LocalDateTime.of(2027, 3, 29, 2, 30));
    }

    @Test
    void aRuleWithoutEndIsRefused() {
        assertThatThrownBy(() -> ConferenceSeries.plan(mondayTenInParis(), "FREQ=WEEKLY", PARIS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("COUNT or UNTIL");
    }

    @Test
    void aRuleGivingMoreThanTheCapIsRefused() {
        assertThat(ConferenceSeries.plan(mondayTenInParis(), "FREQ=DAILY;COUNT=" + ConferenceSeries.MAX_OCCURRENCES,
                PARIS)).hasSize(ConferenceSeries.MAX_OCCURRENCES);
        assertThatThrownBy(() -> ConferenceSeries.plan(mondayTenInParis(),
                "FREQ=DAILY;COUNT=" + (ConferenceSeries.MAX_OCCURRENCES + 1), PARIS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than " + ConferenceSeries.MAX_OCCURRENCES);
    }

    @Test
    void aFirstStartThatIsNotAnOccurrenceIsRefused() {
        assertThatThrownBy(() -> ConferenceSeries.plan(mondayTenInParis(), "FREQ=WEEKLY;BYDAY=TU;COUNT=3", PARIS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an occurrence");
    }

    @Test
    void aRuleThatDoesNotParseIsRefused() {
        assertThatThrownBy(() -> ConferenceSeries.plan(mondayTenInParis(), "FREQ=SOMETIMES;COUNT=3", PARIS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FREQ=SOMETIMES");
        assertThatThrownBy(() -> ConferenceSeries.plan(mondayTenInParis(), " ", PARIS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }

    @Test
    void aFirstOccurrenceWithoutDatesIsRefused() {
        ScheduledConferenceInfo first = new ScheduledConferenceInfo("x", "s3cret",
                OffsetDateTime.of(2027, 3, 15, 9, 0, 0, 0, ZoneOffset.UTC), null);

        assertThatThrownBy(() -> ConferenceSeries.plan(first, "FREQ=DAILY;COUNT=2", PARIS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start and an end");
    }
}
