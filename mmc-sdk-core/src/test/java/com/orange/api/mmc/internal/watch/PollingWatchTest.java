package com.orange.api.mmc.internal.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.common.OrangeApiException;
import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.ConferenceEvent;
import com.orange.api.mmc.ConferenceListener;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The watch's thread: delivery, failures, one poll at a time, and close. Polls every millisecond. */
class PollingWatchTest {

    private static final Instant T0 = Instant.parse("2030-01-01T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    private final FakeSource source = new FakeSource();

    private PollingWatch start(ConferenceListener listener) {
        return PollingWatch.start(new ConferencePoller(source, CLOCK, Duration.ofHours(1), Duration.ofDays(1)), listener,
                Duration.ofMillis(1));
    }

    private void awaitLists(int atLeast) throws InterruptedException {
        while (source.lists.get() < atLeast) {
            Thread.sleep(1);
        }
    }

    private static boolean threadAlive(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive());
    }

    @Test
    void aFailedPollGoesToOnErrorAndTheChangeComesOnceAfter() throws Exception {
        BlockingQueue<Object> heard = new LinkedBlockingQueue<>();
        try (PollingWatch watch = start(new ConferenceListener() {
            @Override
            public void onEvent(ConferenceEvent event) {
                heard.add(event.type());
            }

            @Override
            public void onError(OrangeApiException failure) {
                heard.add(failure);
            }
        })) {
            awaitLists(1);
            source.nextListFailure = TechnicalException.builder("MED0006", "quota").build();
            source.put(1, "new", T0.plusSeconds(60).atOffset(ZoneOffset.UTC), "NotStarted");

            assertThat(heard.poll(10, TimeUnit.SECONDS)).isInstanceOf(TechnicalException.class);
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo(ConferenceEvent.Type.BOOKED);
            int seen = source.lists.get();
            awaitLists(seen + 3);
            assertThat(heard).as("nothing twice").isEmpty();
        }
    }

    @Test
    void aSlowListenerHoldsTheNextPollBack() throws Exception {
        CountDownLatch inListener = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (PollingWatch watch = start(event -> {
            inListener.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })) {
            awaitLists(1);
            source.put(1, "new", T0.plusSeconds(60).atOffset(ZoneOffset.UTC), "NotStarted");
            assertThat(inListener.await(10, TimeUnit.SECONDS)).isTrue();
            int during = source.lists.get();
            Thread.sleep(50);
            assertThat(source.lists.get()).as("no poll while the listener runs").isEqualTo(during);
            release.countDown();
            awaitLists(during + 1);
        }
    }

    @Test
    void closeWaitsForThePollInFlightAndLeavesNoThread() throws Exception {
        CountDownLatch inPoll = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger delivered = new AtomicInteger();
        ConferenceSource slow = new ConferenceSource() {
            @Override
            public java.util.List<com.orange.api.mmc.model.Conference> list(java.time.OffsetDateTime from,
                    java.time.OffsetDateTime to) {
                if (source.lists.get() > 0) {
                    inPoll.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    source.put(1, "new", T0.plusSeconds(60).atOffset(ZoneOffset.UTC), "NotStarted");
                }
                return source.list(from, to);
            }

            @Override
            public com.orange.api.mmc.model.Conference details(long conferenceId) {
                return source.details(conferenceId);
            }
        };
        PollingWatch watch = PollingWatch.start(new ConferencePoller(slow, CLOCK, Duration.ofHours(1),
                Duration.ofDays(1)), event -> delivered.incrementAndGet(), Duration.ofMillis(1));
        assertThat(inPoll.await(10, TimeUnit.SECONDS)).isTrue();
        Thread closer = new Thread(watch::close);
        closer.start();
        while (!watch.isClosed()) {
            Thread.sleep(1);
        }
        assertThat(closer.isAlive()).as("close waits for the poll in flight").isTrue();
        release.countDown();
        closer.join();

        assertThat(threadAlive(watch.threadName())).isFalse();
        assertThat(delivered).as("a poll ended after close delivers nothing").hasValue(0);
    }

    @Test
    void aWatchWhoseListenerThrewAnErrorSaysItIsClosed() throws Exception {
        PollingWatch watch = start(event -> {
            throw new AssertionError("a listener's own failed check");
        });
        awaitLists(1);
        source.put(1, "new", T0.plusSeconds(60).atOffset(ZoneOffset.UTC), "NotStarted");
        while (threadAlive(watch.threadName())) {
            Thread.sleep(1);
        }

        assertThat(watch.isClosed()).as("its thread ended: nothing watches any more").isTrue();
        watch.close();
    }
}
