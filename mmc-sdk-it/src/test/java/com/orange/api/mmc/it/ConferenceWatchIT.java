package com.orange.api.mmc.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.common.GatewayError;
import com.orange.api.common.OrangeApiException;
import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.ConferenceEvent;
import com.orange.api.mmc.ConferenceEvent.Type;
import com.orange.api.mmc.ConferenceListener;
import com.orange.api.mmc.ConferenceWatch;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.WatchOptions;
import com.orange.api.mmc.model.ConferenceState;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;
import com.orange.api.mmc.sandbox.MmcSandbox;
import com.orange.api.mmc.sandbox.SandboxClock;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Watches against the sandbox, whose clock the test moves: every event type in order, once each, also across
 * failed polls and with two watches on one client. The watch polls every few milliseconds; each step waits
 * for its event before the next, and "nothing more" means nothing after three further polls.
 */
class ConferenceWatchIT {

    private static final Instant T0 = Instant.parse("2030-03-01T08:00:00Z");
    private static final String LIST = "getConferencesList";

    private final SandboxClock clock = SandboxClock.at(T0);
    private final CallCounter calls = new CallCounter();
    private MmcSandbox sandbox;
    private Mmc mmc;
    private Organizer organizer;
    private WatchOptions options;

    @BeforeEach
    void start() {
        sandbox = MmcSandbox.builder().clock(clock).start();
        mmc = sandbox.clientBuilder().maxAttempts(1).addInterceptor(calls).build();
        organizer = sandbox.organizer();
        options = WatchOptions.builder().pollInterval(Duration.ofMillis(5))
                .window(Duration.ofHours(3), Duration.ofDays(7)).clock(clock).build();
    }

    @AfterEach
    void stop() {
        mmc.close();
        sandbox.close();
    }

    /** What a listener heard, in order. */
    private static final class Recorder implements ConferenceListener {
        final BlockingQueue<ConferenceEvent> events = new LinkedBlockingQueue<>();
        final BlockingQueue<OrangeApiException> errors = new LinkedBlockingQueue<>();

        @Override
        public void onEvent(ConferenceEvent event) {
            events.add(event);
        }

        @Override
        public void onError(OrangeApiException failure) {
            errors.add(failure);
        }

        ConferenceEvent next(Type type, ScheduledConference conference) throws InterruptedException {
            ConferenceEvent event = events.poll(20, TimeUnit.SECONDS);
            assertThat(event).as("a %s event for %s", type, conference.getName()).isNotNull();
            assertThat(event.type()).as("%s", event).isEqualTo(type);
            assertThat(event.conference().getIdentifier()).as("%s", event).isEqualTo(conference.getIdentifier());
            return event;
        }
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private ScheduledConference book(String name, long startInMinutes) {
        return mmc.createConference(organizer, new ScheduledConferenceInfo(name, "password",
                now().plusMinutes(startInMinutes), now().plusMinutes(startInMinutes + 60)));
    }

    /** Lets three more polls run and checks they reported nothing. */
    private void assertNothingMore(Recorder... recorders) throws InterruptedException {
        calls.awaitMore(LIST, 3);
        for (Recorder recorder : recorders) {
            assertThat(recorder.events).as("events after the last expected one").isEmpty();
        }
    }

    private static boolean anyWatchThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().startsWith("mmc-watch-") && thread.isAlive());
    }

    @Test
    void bookModifyStartEndAndDeleteComeInOrderOnceEach() throws Exception {
        Recorder heard = new Recorder();
        try (ConferenceWatch watch = mmc.watch(organizer, heard, options)) {
            calls.awaitMore(LIST, 1);

            ScheduledConference a = book("a", 30);
            OffsetDateTime start = heard.next(Type.BOOKED, a).conference().getStartDate();
            mmc.modifyConference(organizer, a, new ScheduledConferenceInfo("a renamed", "password", start,
                    start.plusMinutes(60)));
            ConferenceEvent changed = heard.next(Type.CHANGED, a);
            assertThat(changed.previous().getName()).isEqualTo("a");
            assertThat(changed.conference().getName()).isEqualTo("a renamed");

            ScheduledConference b = book("b", 40);
            heard.next(Type.BOOKED, b);
            mmc.startConference(organizer, a);
            ConferenceEvent startedByApi = heard.next(Type.STARTED, a);
            assertThat(startedByApi.previous().getState()).isEqualTo(ConferenceState.NOT_STARTED);
            assertThat(PortalButton.press(b.getUrl(), "startButton")).isIn(200, 303);
            heard.next(Type.STARTED, b);

            clock.advance(Duration.ofHours(2));
            ConferenceEvent stopped = heard.next(Type.STOPPED, a);
            assertThat(stopped.observedAt()).isEqualTo(clock.instant());
            heard.next(Type.STOPPED, b);

            ScheduledConference c = book("c", 60);
            heard.next(Type.BOOKED, c);
            mmc.deleteConference(organizer, c);
            ConferenceEvent removed = heard.next(Type.REMOVED, c);
            assertThat(removed.conference().getName()).isEqualTo("c");
            assertThat(calls.count("getConferenceDetails")).as("the lookup that confirmed the deletion").isEqualTo(1);

            clock.advance(Duration.ofHours(4));
            assertNothingMore(heard);
            assertThat(calls.count("getConferenceDetails")).as("a and b slid out: no lookup, no event").isEqualTo(1);
            assertThat(heard.errors).isEmpty();
            assertThat(calls.lastCallId(LIST)).as("each poll is a call of the client").isNotBlank();
        }
        assertThat(anyWatchThreadAlive()).isFalse();
    }

    @Test
    void aFailedPollIsReportedAndTheChangesItHidComeOnce() throws Exception {
        Recorder heard = new Recorder();
        try (ConferenceWatch watch = mmc.watch(organizer, heard, options)) {
            calls.awaitMore(LIST, 1);
            ScheduledConference a = book("a", 30);
            heard.next(Type.BOOKED, a);

            sandbox.faults().next(LIST).times(2).gatewayError(GatewayError.MED0006);
            mmc.startConference(organizer, a);
            ScheduledConference b = book("b", 45);

            heard.next(Type.STARTED, a);
            heard.next(Type.BOOKED, b);
            assertThat(heard.errors.poll(20, TimeUnit.SECONDS)).isInstanceOfSatisfying(TechnicalException.class,
                    e -> assertThat(e.getCode()).isEqualTo("MED0006"));
            assertThat(heard.errors.poll(20, TimeUnit.SECONDS)).isInstanceOf(TechnicalException.class);
            assertNothingMore(heard);
            assertThat(heard.errors).isEmpty();
        }
        assertThat(anyWatchThreadAlive()).isFalse();
    }

    @Test
    void twoWatchesOnOneClientEachHearEverythingOnce() throws Exception {
        Recorder first = new Recorder();
        Recorder second = new Recorder();
        try (ConferenceWatch one = mmc.watch(organizer, first, options);
                ConferenceWatch two = mmc.watch(organizer, second, options)) {
            calls.awaitMore(LIST, 2);

            ScheduledConference a = book("a", 30);
            first.next(Type.BOOKED, a);
            second.next(Type.BOOKED, a);
            mmc.startConference(organizer, a);
            first.next(Type.STARTED, a);
            second.next(Type.STARTED, a);
            clock.advance(Duration.ofHours(2));
            first.next(Type.STOPPED, a);
            second.next(Type.STOPPED, a);

            one.close();
            assertThat(one.isClosed()).isTrue();
            ScheduledConference b = book("b", 30);
            second.next(Type.BOOKED, b);
            assertNothingMore(first, second);
        }
        assertThat(anyWatchThreadAlive()).isFalse();
    }
}
