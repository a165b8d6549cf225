package com.orange.api.mmc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.MmcWaiters;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ConferenceState;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;
import com.orange.api.mmc.sandbox.MmcSandbox;
import com.orange.api.mmc.sandbox.SandboxClock;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every way a wait ends, against the sandbox: reached, unreachable, timeout, interrupted, cancelled. */
class WaitersIT {

    private static final Instant T0 = Instant.parse("2030-03-01T08:00:00Z");
    private static final String DETAILS = "getConferenceDetails";
    private static final Duration FIRST = Duration.ofMillis(5);

    private final SandboxClock clock = SandboxClock.at(T0);
    private final CallCounter calls = new CallCounter();
    private final ExecutorService asyncThread = Executors.newSingleThreadExecutor();
    private MmcSandbox sandbox;
    private Mmc mmc;
    private Organizer organizer;

    @BeforeEach
    void start() {
        sandbox = MmcSandbox.builder().clock(clock).start();
        mmc = sandbox.clientBuilder().addInterceptor(calls).asyncExecutor(asyncThread).build();
        organizer = sandbox.organizer();
    }

    @AfterEach
    void stop() {
        mmc.close();
        sandbox.close();
        asyncThread.shutdownNow();
    }

    private ScheduledConference book() {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        return mmc.createConference(organizer, new ScheduledConferenceInfo("waited", "password", now.plusMinutes(30),
                now.plusMinutes(90)));
    }

    private CompletableFuture<Conference> waitAsync(ScheduledConference conference, ConferenceState state,
            Duration timeout) {
        return mmc.async().waiters().untilState(organizer, conference.getIdentifier(), state, timeout, FIRST);
    }

    private static TechnicalException failureOf(CompletableFuture<?> future) throws InterruptedException {
        try {
            future.get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(TechnicalException.class);
            return (TechnicalException) e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the wait did not end within 20 s");
        }
        throw new AssertionError("the wait succeeded");
    }

    @Test
    void aConferenceStartedWhileWaitingIsReturned() throws Exception {
        ScheduledConference conference = book();
        CompletableFuture<Conference> started = waitAsync(conference, ConferenceState.STARTED, Duration.ofMinutes(1));
        calls.awaitMore(DETAILS, 2);

        mmc.startConference(organizer, conference);

        Conference reached = started.get(20, TimeUnit.SECONDS);
        assertThat(reached.getIdentifier()).isEqualTo(conference.getIdentifier());
        assertThat(reached.getState()).isEqualTo(ConferenceState.STARTED);
    }

    @Test
    void aConferenceDeletedWhileWaitingForItsStartEndsTheWaitAsUnreachable() throws Exception {
        ScheduledConference conference = book();
        CompletableFuture<Conference> started = waitAsync(conference, ConferenceState.STARTED, Duration.ofMinutes(1));
        calls.awaitMore(DETAILS, 2);

        mmc.deleteConference(organizer, conference);

        TechnicalException failure = failureOf(started);
        assertThat(failure.getCode()).isEqualTo(MmcWaiters.WAIT_UNREACHABLE);
        assertThat(failure.getMessage()).contains("deleted");
    }

    @Test
    void aStoppedConferenceCanNoLongerStart() {
        ScheduledConference conference = book();
        mmc.startConference(organizer, conference);
        clock.advance(Duration.ofHours(2));

        assertThatThrownBy(() -> mmc.waiters().untilState(organizer, conference.getIdentifier(), ConferenceState.NOT_STARTED,
                Duration.ofMinutes(1), FIRST)).isInstanceOfSatisfying(TechnicalException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(MmcWaiters.WAIT_UNREACHABLE);
                    assertThat(e.getMessage()).contains("Stopped");
                });
        assertThat(calls.count(DETAILS)).isEqualTo(1);
    }

    @Test
    void aConferenceThatDoesNotStartInTimeEndsTheWaitNamingItsState() {
        ScheduledConference conference = book();

        assertThatThrownBy(() -> mmc.waiters().untilState(organizer, conference.getIdentifier(), ConferenceState.STARTED,
                Duration.ofMillis(50), FIRST)).isInstanceOfSatisfying(TechnicalException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(MmcWaiters.WAIT_TIMEOUT);
                    assertThat(e.getMessage()).contains("last state seen: NotStarted");
                });
        assertThat(calls.count(DETAILS)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aServiceErrorIsThrownAsItIs() {
        assertThatThrownBy(() -> mmc.waiters().untilState(organizer, 999_999, ConferenceState.STARTED,
                Duration.ofMinutes(1), FIRST)).isInstanceOfSatisfying(com.orange.api.mmc.MmcException.class,
                        e -> assertThat(e.getCode()).isEqualTo("MMC_106"));
    }

    @Test
    void anInterruptEndsABlockingWaitAtOnce() throws Exception {
        ScheduledConference conference = book();
        AtomicReference<Throwable> ended = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                mmc.waiters().untilState(organizer, conference.getIdentifier(), ConferenceState.STARTED,
                        Duration.ofHours(1), FIRST);
            } catch (RuntimeException e) {
                ended.set(e);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        waiter.start();
        calls.awaitMore(DETAILS, 2);

        waiter.interrupt();
        waiter.join(20_000);

        assertThat(waiter.isAlive()).isFalse();
        assertThat(ended.get()).isInstanceOfSatisfying(TechnicalException.class,
                e -> assertThat(e.getCode()).isEqualTo(MmcWaiters.WAIT_INTERRUPTED));
        assertThat(stillInterrupted.get()).isTrue();
    }

    @Test
    void cancellingTheFutureEndsTheWaitAndFreesItsThread() throws Exception {
        ScheduledConference conference = book();
        CompletableFuture<Conference> started = waitAsync(conference, ConferenceState.STARTED, Duration.ofHours(1));
        calls.awaitMore(DETAILS, 2);

        assertThat(started.cancel(true)).isTrue();

        assertThatThrownBy(started::join).isInstanceOf(CancellationException.class);
        // The client's only async thread runs the next task: the wait has let go of it.
        assertThat(asyncThread.submit(() -> "free").get(20, TimeUnit.SECONDS)).isEqualTo("free");
        int afterCancel = calls.count(DETAILS);
        assertThat(mmc.about(organizer)).isNotBlank();
        assertThat(calls.count(DETAILS)).as("no call after the wait ended").isEqualTo(afterCancel);
    }
}
