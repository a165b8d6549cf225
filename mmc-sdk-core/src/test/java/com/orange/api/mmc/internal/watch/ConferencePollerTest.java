package com.orange.api.mmc.internal.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.ConferenceEvent;
import com.orange.api.mmc.ConferenceEvent.Type;
import com.orange.api.mmc.model.ScheduledConference;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One poll at a time against conferences in memory, the clock moved by hand. */
class ConferencePollerTest {

    private static final Instant T0 = Instant.parse("2030-01-01T08:00:00Z");

    private final MovableClock clock = new MovableClock();
    private final FakeSource source = new FakeSource();
    private final ConferencePoller poller = new ConferencePoller(source, clock, Duration.ofHours(2), Duration.ofDays(1));

    @BeforeEach
    void baseline() {
        source.put(1, "already there", at(30), "NotStarted");
        assertThat(poller.poll().events()).as("the baseline").isEmpty();
    }

    private static OffsetDateTime at(long minutesAfterT0) {
        return T0.plus(Duration.ofMinutes(minutesAfterT0)).atOffset(ZoneOffset.UTC);
    }

    private List<Type> types(ConferencePoller.Outcome outcome) {
        return outcome.events().stream().map(ConferenceEvent::type).toList();
    }

    @Test
    void aNewConferenceIsBookedOnce() {
        source.put(2, "new", at(60), "NotStarted");

        ConferencePoller.Outcome outcome = poller.poll();

        assertThat(types(outcome)).containsExactly(Type.BOOKED);
        ConferenceEvent booked = outcome.events().get(0);
        assertThat(booked.conference().getIdentifier()).isEqualTo(2);
        assertThat(booked.previous()).isNull();
        assertThat(booked.observedAt()).isEqualTo(T0);
        assertThat(poller.poll().events()).as("nothing changed since").isEmpty();
    }

    @Test
    void aRenameIsChangedWithThePreviousVersion() {
        source.conferences.get(1L).setName("renamed");

        ConferenceEvent changed = poller.poll().events().get(0);

        assertThat(changed.type()).isEqualTo(Type.CHANGED);
        assertThat(changed.conference().getName()).isEqualTo("renamed");
        assertThat(changed.previous().getName()).isEqualTo("already there");
    }

    @Test
    void statesGiveStartedThenStopped() {
        source.conferences.get(1L).setStateValue("Started");
        assertThat(types(poller.poll())).containsExactly(Type.STARTED);
        source.conferences.get(1L).setStateValue("Stopped");
        assertThat(types(poller.poll())).containsExactly(Type.STOPPED);
    }

    @Test
    void aStateChangeWithOtherChangesIsOneEventOfTheState() {
        ScheduledConference one = source.conferences.get(1L);
        one.setStateValue("Started");
        one.setName("renamed");

        assertThat(types(poller.poll())).containsExactly(Type.STARTED);
    }

    @Test
    void aDeletionConfirmedByTheServiceIsRemoved() {
        source.conferences.get(1L).setStateValue("Deleted");

        ConferencePoller.Outcome outcome = poller.poll();

        assertThat(types(outcome)).containsExactly(Type.REMOVED);
        assertThat(outcome.events().get(0).conference().getName()).isEqualTo("already there");
        assertThat(source.detailsRead).containsExactly(1L);
        assertThat(poller.poll().events()).as("reported once").isEmpty();
    }

    @Test
    void aConferenceThatSlidOutOfTheWindowIsForgottenWithoutALookup() {
        clock.advance(Duration.ofHours(3));

        assertThat(poller.poll().events()).isEmpty();
        assertThat(source.detailsRead).isEmpty();
    }

    @Test
    void aConferenceMovedOutOfTheWindowIsChangedThenForgotten() {
        source.conferences.get(1L).setStartDate(at(60 * 24 * 3));

        ConferencePoller.Outcome outcome = poller.poll();

        assertThat(types(outcome)).containsExactly(Type.CHANGED);
        assertThat(poller.poll().events()).isEmpty();
        assertThat(source.detailsRead).containsExactly(1L);
    }

    @Test
    void aFailedListChangesNothingSoTheNextPollReportsEachChangeOnce() {
        source.put(2, "new", at(60), "NotStarted");
        source.conferences.get(1L).setStateValue("Started");
        source.nextListFailure = TechnicalException.builder("MED0006", "quota").build();

        assertThatThrownBy(poller::poll).isInstanceOf(TechnicalException.class);

        assertThat(types(poller.poll())).containsExactly(Type.STARTED, Type.BOOKED);
        assertThat(poller.poll().events()).isEmpty();
    }

    @Test
    void aFailedLookupKeepsTheConferenceAndTheNextPollAsksAgain() {
        source.conferences.get(1L).setStateValue("Deleted");
        source.nextDetailsFailure = TechnicalException.builder("IO", "reset").build();

        ConferencePoller.Outcome failed = poller.poll();

        assertThat(failed.events()).isEmpty();
        assertThat(failed.failures()).hasSize(1);
        assertThat(types(poller.poll())).containsExactly(Type.REMOVED);
        assertThat(source.detailsRead).containsExactly(1L, 1L);
    }

    @Test
    void eventsAreStampedWithTheWatchClock() {
        clock.advance(Duration.ofMinutes(5));
        source.put(2, "new", at(60), "NotStarted");

        assertThat(poller.poll().events().get(0).observedAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
    }

    @Test
    void aConferenceWithoutAStartDateThatLeftTheListIsLookedUpOnce() {
        ConferencePoller withoutDates = new ConferencePoller(new ConferenceSource() {
            private boolean listed = true;

            @Override
            public java.util.List<com.orange.api.mmc.model.Conference> list(OffsetDateTime from, OffsetDateTime to) {
                java.util.List<com.orange.api.mmc.model.Conference> answer = listed ? java.util.List.of(undated("Started"))
                        : java.util.List.of();
                listed = false;
                return answer;
            }

            @Override
            public com.orange.api.mmc.model.Conference details(long conferenceId) {
                source.detailsRead.add(conferenceId);
                return undated("Stopped");
            }
        }, clock, Duration.ofHours(2), Duration.ofDays(1));
        source.detailsRead.clear();

        assertThat(withoutDates.poll().events()).isEmpty();
        assertThat(types(withoutDates.poll())).containsExactly(Type.STOPPED);
        assertThat(withoutDates.poll().events()).isEmpty();
        assertThat(source.detailsRead).containsExactly(9L);
    }

    private static com.orange.api.mmc.model.InstantaneousConference undated(String state) {
        com.orange.api.mmc.model.InstantaneousConference conference = new com.orange.api.mmc.model.InstantaneousConference(9,
                "password");
        conference.setName("now");
        conference.setStateValue(state);
        return conference;
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        private Instant now = T0;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
