package com.orange.api.mmc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ConferenceState;
import com.orange.api.mmc.model.ScheduledConference;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The waiter's schedule and outcomes, with the clock and the sleeps faked: no real time passes. */
class MmcWaitersTest {

    private final Organizer organizer = new Organizer();
    private final List<Duration> sleeps = new ArrayList<>();
    private final Deque<Object> answers = new ArrayDeque<>();
    private long now;
    private int reads;

    private final MmcWaiters waiters = new MmcWaiters((organizer, id) -> {
        reads++;
        Object next = answers.size() > 1 ? answers.poll() : answers.peek();
        if (next instanceof RuntimeException failure) {
            throw failure;
        }
        return conference(id, (String) next);
    }, () -> now, duration -> {
        sleeps.add(duration);
        now += duration.toNanos();
    });

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private static Conference conference(long id, String state) {
        ScheduledConference conference = new ScheduledConference(id, "password");
        conference.setStateValue(state);
        return conference;
    }

    @Test
    void returnsTheConferenceOnceItIsInTheState() {
        answers.add("NotStarted");
        answers.add("NotStarted");
        answers.add("Started");

        Conference started = waiters.untilState(organizer, 7, ConferenceState.STARTED, Duration.ofMinutes(1));

        assertThat(started.getState()).isEqualTo(ConferenceState.STARTED);
        assertThat(started.getIdentifier()).isEqualTo(7);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void theScheduleDoublesUpToThirtySecondsAndMakesALastCallAtTheTimeout() {
        answers.add("NotStarted");

        assertThatThrownBy(() -> waiters.untilState(organizer, 7, ConferenceState.STARTED, Duration.ofMinutes(10)))
                .isInstanceOf(TechnicalException.class);

        assertThat(sleeps.subList(0, 7)).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L);
        assertThat(sleeps.get(sleeps.size() - 1)).isEqualTo(Duration.ofSeconds(29));
        assertThat(sleeps.stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofMinutes(10));
        assertThat(reads).isEqualTo(25);
    }

    @Test
    void aLongerFirstIntervalIsKeptAsTheCeiling() {
        answers.add("NotStarted");

        assertThatThrownBy(() -> waiters.untilState(organizer, 7, ConferenceState.STARTED, Duration.ofMinutes(3),
                Duration.ofMinutes(1))).isInstanceOf(TechnicalException.class);

        assertThat(sleeps).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(1));
    }

    @Test
    void theTimeoutNamesTheLastStateSeen() {
        answers.add("NotStarted");

        assertThatThrownBy(() -> waiters.untilState(organizer, 7, ConferenceState.STARTED, Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(TechnicalException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(MmcWaiters.WAIT_TIMEOUT);
                    assertThat(e.getMessage()).contains("conference 7", "Started", "last state seen: NotStarted");
                });
    }

    @Test
    void aZeroTimeoutMakesOneCall() {
        answers.add("NotStarted");

        assertThatThrownBy(() -> waiters.untilState(organizer, 7, ConferenceState.STARTED, Duration.ZERO))
                .isInstanceOf(TechnicalException.class);

        assertThat(reads).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @ParameterizedTest(name = "waiting for {1}, a conference {0} can no longer get there: {2}")
    @CsvSource({
            "NotStarted, STARTED, false", "NotStarted, STOPPED, false", "Started, STOPPED, false",
            "Started, NOT_STARTED, true", "Stopped, STARTED, true", "Stopped, NOT_STARTED, true",
            "Deleted, STARTED, true", "Deleted, STOPPED, true", "Deleted, NOT_STARTED, true",
            "Suspended, STARTED, false"})
    void unreachableStates(String seen, ConferenceState target, boolean unreachable) {
        assertThat(MmcWaiters.cannotReach(ConferenceState.fromWireValue(seen), target)).isEqualTo(unreachable);
    }

    @Test
    void aConferenceStoppedWhileWaitingForStartedEndsTheWaitAtOnce() {
        answers.add("NotStarted");
        answers.add("Stopped");

        assertThatThrownBy(() -> waiters.untilState(organizer, 7, ConferenceState.STARTED, Duration.ofHours(1)))
                .isInstanceOfSatisfying(TechnicalException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(MmcWaiters.WAIT_UNREACHABLE);
                    assertThat(e.getMessage()).contains("Stopped");
                });
        assertThat(reads).isEqualTo(2);
    }

    @Test
    void aDeletionIsUnreachableWithTheServiceFailureAsCause() {
        MmcException deleted = new MmcException("MMC_104", "deleted", null, "getConferenceDetails", false);
        answers.add("NotStarted");
        answers.add(deleted);

        assertThatThrownBy(() -> waiters.untilState(organizer, 7, ConferenceState.STARTED, Duration.ofHours(1)))
                .isInstanceOfSatisfying(TechnicalException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(MmcWaiters.WAIT_UNREACHABLE);
                    assertThat(e.getCause()).isSameAs(deleted);
                });
    }

    @Test
    void anotherServiceErrorIsThrownAsItIs() {
        MmcException unknown = new MmcException("MMC_106", "not found", null, "getConferenceDetails", false);
        answers.add(unknown);

        assertThatThrownBy(() -> waiters.untilState(organizer, 7, ConferenceState.STARTED, Duration.ofHours(1)))
                .isSameAs(unknown);
    }

    @Test
    void anInterruptDuringASleepEndsTheWaitAndKeepsTheStatus() {
        MmcWaiters interrupted = new MmcWaiters((organizer, id) -> conference(id, "NotStarted"), () -> now, duration -> {
            throw new InterruptedException();
        });

        assertThatThrownBy(() -> interrupted.untilState(organizer, 7, ConferenceState.STARTED, Duration.ofHours(1)))
                .isInstanceOfSatisfying(TechnicalException.class,
                        e -> assertThat(e.getCode()).isEqualTo(MmcWaiters.WAIT_INTERRUPTED));
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void anAlreadyInterruptedThreadMakesNoCall() {
        answers.add("NotStarted");
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> waiters.untilState(organizer, 7, ConferenceState.STARTED, Duration.ofHours(1)))
                .isInstanceOfSatisfying(TechnicalException.class,
                        e -> assertThat(e.getCode()).isEqualTo(MmcWaiters.WAIT_INTERRUPTED));
        assertThat(reads).isZero();
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> waiters.untilState(organizer, 7, ConferenceState.DELETED, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("state");
        assertThatThrownBy(() -> waiters.untilState(organizer, 7, ConferenceState.STARTED, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
        assertThatThrownBy(() -> waiters.untilState(organizer, 7, ConferenceState.STARTED, Duration.ofHours(1),
                Duration.ZERO)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firstInterval");
        assertThatThrownBy(() -> waiters.untilState(null, 7, ConferenceState.STARTED, Duration.ofHours(1)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("organizer");
    }
}
