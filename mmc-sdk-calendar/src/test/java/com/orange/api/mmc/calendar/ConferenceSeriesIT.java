package com.orange.api.mmc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.MmcCallContext;
import com.orange.api.mmc.MmcError;
import com.orange.api.mmc.MmcException;
import com.orange.api.mmc.MmcInterceptor;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ConferenceState;
import com.orange.api.mmc.model.Participant;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;
import com.orange.api.mmc.sandbox.MmcSandbox;
import com.orange.api.mmc.sandbox.SandboxClock;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Series booked against the sandbox, its fault lab refusing or losing one occurrence's create. */
class ConferenceSeriesIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String CREATE = "createScheduledConference";

    private final SandboxClock clock = SandboxClock.at(Instant.parse("2027-03-01T00:00:00Z"));
    private final AtomicInteger creates = new AtomicInteger();
    private MmcSandbox sandbox;
    private Mmc mmc;
    private Organizer organizer;

    @BeforeEach
    void start() {
        sandbox = MmcSandbox.builder().clock(clock).start();
        mmc = sandbox.clientBuilder().addInterceptor(new MmcInterceptor() {
            @Override
            public void onCallStart(MmcCallContext call) {
                if (call.operation().equals(CREATE)) {
                    creates.incrementAndGet();
                }
            }
        }).build();
        organizer = sandbox.organizer();
    }

    @AfterEach
    void stop() {
        mmc.close();
        sandbox.close();
    }

    /** Monday 15 March 2027, 10:00 to 11:00 in Paris. */
    private static ScheduledConferenceInfo first() {
        OffsetDateTime start = LocalDateTime.of(2027, 3, 15, 10, 0).atZone(PARIS).toOffsetDateTime();
        return new ScheduledConferenceInfo("Weekly sync", "s3cret-series", start, start.plusHours(1));
    }

    /** Every conference the account has in the sandbox's list window. */
    private List<Conference> listed() {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        return mmc.getConferencesList(organizer, now, now.plusMonths(11), null);
    }

    @Test
    void aWeeklySeriesAcrossBothChangesOfTimeIsBookedAtTenInParis() {
        ConferenceSeries series = ConferenceSeries.book(mmc, organizer, first(), "FREQ=WEEKLY;COUNT=35;BYDAY=MO", PARIS);

        assertThat(series.occurrences()).hasSize(35);
        assertThat(creates).hasValue(35);
        assertThat(listed()).extracting(Conference::getIdentifier)
                .containsExactlyElementsOf(series.occurrences().stream().map(Conference::getIdentifier).toList());
        for (ScheduledConference occurrence : series.occurrences()) {
            Conference details = mmc.getConferenceDetails(organizer, occurrence.getIdentifier());
            LocalDateTime local = details.getStartDate().atZoneSameInstant(PARIS).toLocalDateTime();
            assertThat(local.toLocalTime()).as("occurrence %s", local).isEqualTo(LocalTime.of(10, 0));
            assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(details.getName()).isEqualTo("Weekly sync");
            assertThat(Duration.between(details.getStartDate(), ((ScheduledConference) details).getEndDate()))
                    .isEqualTo(Duration.ofHours(1));
        }
    }

    @Test
    void theFourthOccurrenceRefusedLeavesNothingBooked() {
        sandbox.faults().next(CREATE).times(3).delay(Duration.ZERO)
                .next(CREATE).mmcError(MmcError.MMC_22);

        ConferenceSeriesException failure = catchThrowableOfType(ConferenceSeriesException.class,
                () -> ConferenceSeries.book(mmc, organizer, first(), "FREQ=WEEKLY;COUNT=10", PARIS));

        assertThat(failure.getFailedOccurrence()).isEqualTo(4);
        assertThat(failure.getOccurrenceCount()).isEqualTo(10);
        assertThat(failure.getFailedStart()).isEqualTo(OffsetDateTime.parse("2027-04-05T10:00+02:00"));
        assertThat(failure.getCause()).isInstanceOf(MmcException.class);
        assertThat(((MmcException) failure.getCause()).getCode()).isEqualTo("MMC_22");
        assertThat(failure.getRolledBack()).hasSize(3);
        assertThat(failure.getNotRolledBack()).isEmpty();
        assertThat(failure.isOutcomeUnknown()).isFalse();
        assertThat(failure.getMessage()).contains("occurrence 4 of 10", "MMC_22", "3 booked occurrence(s) deleted")
                .doesNotContain("s3cret-series");
        assertThat(failure.getCallId()).isEqualTo(failure.getCause().getCallId()).isNotNull();
        assertThat(failure.getMessage()).as("the call id once").containsOnlyOnce("[call ");
        assertThat(creates).hasValue(4);
        assertThat(listed()).isEmpty();
    }

    @Test
    void theFourthCreatesAnswerLostLeavesNothingBookedAndNothingTwice() {
        sandbox.faults().next(CREATE).times(3).delay(Duration.ZERO)
                .next(CREATE).dropConnectionAfterRequest();

        ConferenceSeriesException failure = catchThrowableOfType(ConferenceSeriesException.class,
                () -> ConferenceSeries.book(mmc, organizer, first(), "FREQ=WEEKLY;COUNT=10", PARIS));

        assertThat(failure.getFailedOccurrence()).isEqualTo(4);
        assertThat(failure.getCause()).isInstanceOfSatisfying(TechnicalException.class,
                lost -> assertThat(lost.isOutcomeUnknown()).isTrue());
        // The lost create was processed: the lookup found it, and it was deleted with the three before it.
        assertThat(failure.getRolledBack()).hasSize(4).doesNotHaveDuplicates();
        assertThat(failure.isOutcomeUnknown()).isFalse();
        assertThat(failure.getMessage()).contains("occurrence 4 of 10", "4 booked occurrence(s) deleted");
        assertThat(creates).as("no occurrence created twice").hasValue(4);
        assertThat(listed()).isEmpty();
    }

    @Test
    void aModifyMovesEveryOccurrenceByTheSameLocalShiftAndKeepsTheInvitationsUid() {
        ConferenceSeries series = ConferenceSeries.book(mmc, organizer, first(), "FREQ=WEEKLY;COUNT=4", PARIS);
        ScheduledConference third = series.occurrences().get(2);
        Participant participant = mmc.joinConference(organizer, new ParticipantInfo("John", "Doe", "john.doe@example.com",
                third.getIdentifier(), "s3cret-series"));
        VEvent before = Biweekly.parse(CalendarInvitations.request(mmc.getConferenceDetails(organizer,
                third.getIdentifier()), participant, PARIS, 0)).first().getEvents().get(0);

        // Monday 10:00 becomes Tuesday 11:30, 45 minutes long.
        OffsetDateTime newStart = LocalDateTime.of(2027, 3, 16, 11, 30).atZone(PARIS).toOffsetDateTime();
        series.modify(new ScheduledConferenceInfo("Weekly sync (moved)", "n3w-secret", newStart, newStart.plusMinutes(45)));

        assertThat(series.occurrences()).hasSize(4);
        for (ScheduledConference occurrence : series.occurrences()) {
            Conference details = mmc.getConferenceDetails(organizer, occurrence.getIdentifier());
            LocalDateTime local = details.getStartDate().atZoneSameInstant(PARIS).toLocalDateTime();
            assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(11, 30));
            assertThat(details.getName()).isEqualTo("Weekly sync (moved)");
            assertThat(Duration.between(details.getStartDate(), ((ScheduledConference) details).getEndDate()))
                    .isEqualTo(Duration.ofMinutes(45));
        }
        VEvent after = Biweekly.parse(CalendarInvitations.request(mmc.getConferenceDetails(organizer,
                third.getIdentifier()), participant, PARIS, 1)).first().getEvents().get(0);
        assertThat(after.getUid().getValue()).isEqualTo(before.getUid().getValue());
        assertThat(after.getSequence().getValue()).isGreaterThan(before.getSequence().getValue());
        assertThat(after.getDateStart().getValue().toInstant())
                .isEqualTo(LocalDateTime.of(2027, 3, 30, 11, 30).atZone(PARIS).toInstant());
        // The new password is the one the service now checks.
        mmc.joinConference(organizer, new ParticipantInfo("Ann", "Lee", "ann.lee@example.com", third.getIdentifier(),
                "n3w-secret"));
    }

    @Test
    void aModifyRefusedOnTheSecondOccurrenceSetsTheFirstBack() {
        ConferenceSeries series = ConferenceSeries.book(mmc, organizer, first(), "FREQ=WEEKLY;COUNT=3", PARIS);
        sandbox.faults().next("modifyScheduledConference").delay(Duration.ZERO)
                .next("modifyScheduledConference").mmcError(MmcError.MMC_22);
        OffsetDateTime newStart = first().getStartDate().plusHours(2);

        ConferenceSeriesException failure = catchThrowableOfType(ConferenceSeriesException.class,
                () -> series.modify(new ScheduledConferenceInfo("Moved", "n3w-secret", newStart, newStart.plusHours(1))));

        assertThat(failure.getOperation()).isEqualTo("modify");
        assertThat(failure.getFailedOccurrence()).isEqualTo(2);
        assertThat(failure.getRolledBack()).containsExactly(series.occurrences().get(0).getIdentifier());
        for (ScheduledConference occurrence : series.occurrences()) {
            Conference details = mmc.getConferenceDetails(organizer, occurrence.getIdentifier());
            assertThat(details.getName()).isEqualTo("Weekly sync");
            assertThat(details.getStartDate().atZoneSameInstant(PARIS).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        }
    }

    @Test
    void deleteRemovesTheOccurrencesNotStartedAndKeepsTheStartedOneEvenWhenOneIsGoneAlready() {
        ConferenceSeries series = ConferenceSeries.book(mmc, organizer, first(), "FREQ=DAILY;COUNT=3", PARIS);
        ScheduledConference firstOccurrence = series.occurrences().get(0);
        clock.set(firstOccurrence.getStartDate().toInstant().minusSeconds(60));
        mmc.startConference(organizer, firstOccurrence);
        mmc.deleteConference(organizer, series.occurrences().get(2));   // gone already: counts as deleted

        series.delete();

        assertThat(series.occurrences()).extracting(Conference::getIdentifier)
                .containsExactly(firstOccurrence.getIdentifier());
        assertThat(listed()).extracting(Conference::getIdentifier).containsExactly(firstOccurrence.getIdentifier());
        assertThat(mmc.getConferenceDetails(organizer, firstOccurrence.getIdentifier()).getState())
                .isEqualTo(ConferenceState.STARTED);
    }
}
