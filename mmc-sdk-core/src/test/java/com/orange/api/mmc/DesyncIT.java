package com.orange.api.mmc;

import static com.orange.api.mmc.RawHttpServer.aboutEnvelope;
import static com.orange.api.mmc.RawHttpServer.soapAnswer;
import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.common.TechnicalException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An answer belongs to its request: a server that writes a second, complete answer on a keep-alive
 * connection after each one (at once, or some milliseconds later) never makes a later call read it as its
 * own, whoever the organizer, however many threads share the client: bytes that arrived on a pooled
 * connection before a request goes out make the connection unusable. A call may fail instead (the SDK
 * closes the connection, and a read is tried again on another). Bytes a server sends after the next request
 * went out cannot be told from that request's answer: each call here starts once the server has written
 * every extra answer it meant to (at once, in the same write as the answer, for zero).
 */
class DesyncIT {

    private static final Organizer ALICE = new Organizer("alice-key", "alice-pwd", "alice", "alice-sa-pwd");
    private static final Organizer BOB = new Organizer("bob-key", "bob-pwd", "bob", "bob-sa-pwd");

    /** Each answer names the Authorization it answers; the extra one says so. */
    private static RawHttpServer server(Duration extraAfter) throws Exception {
        return new RawHttpServer(request -> {
            String credentials = request.header("Authorization").substring("Basic ".length());
            return RawHttpServer.Reply.keepThen(soapAnswer(200, aboutEnvelope(credentials)),
                    soapAnswer(200, aboutEnvelope("EXTRA-" + credentials)), extraAfter);
        });
    }

    private static String expected(Organizer organizer) {
        return java.util.Base64.getEncoder().encodeToString((organizer.getAccessKey() + ":"
                + organizer.getAccessKeyPassword()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Calls {@code rounds} times, alternating the organizers, each call once the server has written its extra
     * answers when {@code waitForExtras}; counts the answers that were not the caller's.
     */
    private static void alternate(Mmc mmc, RawHttpServer server, int rounds, boolean waitForExtras, AtomicInteger right,
            AtomicInteger wrong, AtomicInteger failed) {
        for (int i = 0; i < rounds; i++) {
            Organizer organizer = i % 2 == 0 ? ALICE : BOB;
            while (waitForExtras && !server.extrasWritten()) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            try {
                String answer = mmc.about(organizer);
                (answer.equals(expected(organizer)) ? right : wrong).incrementAndGet();
            } catch (TechnicalException e) {
                failed.incrementAndGet();
            }
        }
    }

    @ParameterizedTest(name = "extra answer after {0} ms, one thread")
    @ValueSource(ints = {0, 2, 60})
    void twoOrganizersAlternatingNeverReadEachOthersAnswer(int extraAfterMillis) throws Exception {
        int rounds = extraAfterMillis >= 60 ? 30 : 200;
        AtomicInteger right = new AtomicInteger();
        AtomicInteger wrong = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        try (RawHttpServer server = server(Duration.ofMillis(extraAfterMillis));
                Mmc mmc = Mmc.builder().serviceUrl(server.url()).requestTimeout(Duration.ofSeconds(10)).build()) {
            alternate(mmc, server, rounds, true, right, wrong, failed);
        }

        assertThat(wrong.get()).as("answers read by the wrong call (%d right, %d failed)", right.get(), failed.get())
                .isZero();
        assertThat(right.get()).as("most calls get their answer").isGreaterThan(rounds / 2);
    }

    /**
     * Without waiting for the server's extra answers, a late one can still be read by a call of the organizer
     * whose connection it came on (the known limit), but never by another organizer's call: a kept-alive
     * connection is reused only for the organizer it carried.
     */
    @ParameterizedTest(name = "extra answer after {0} ms, calls at once")
    @ValueSource(ints = {0, 2})
    void aLateExtraAnswerNeverReachesAnotherOrganizer(int extraAfterMillis) throws Exception {
        int rounds = 200;
        AtomicInteger crossed = new AtomicInteger();
        AtomicInteger own = new AtomicInteger();
        try (RawHttpServer server = server(Duration.ofMillis(extraAfterMillis));
                Mmc mmc = Mmc.builder().serviceUrl(server.url()).requestTimeout(Duration.ofSeconds(10)).build()) {
            for (int i = 0; i < rounds; i++) {
                Organizer organizer = i % 2 == 0 ? ALICE : BOB;
                Organizer other = organizer == ALICE ? BOB : ALICE;
                try {
                    String answer = mmc.about(organizer);
                    if (answer.endsWith(expected(other))) {
                        crossed.incrementAndGet();
                    } else if (answer.endsWith(expected(organizer))) {
                        own.incrementAndGet();
                    }
                } catch (TechnicalException e) {
                    // A connection found desynchronized fails the call: allowed, and not a crossed answer.
                }
            }
        }

        assertThat(crossed.get()).as("answers read by another organizer's call").isZero();
        assertThat(own.get()).as("calls that read an answer of their own organizer").isGreaterThan(rounds / 2);
    }

    @ParameterizedTest(name = "extra answer after {0} ms, 16 threads")
    @ValueSource(ints = {0})
    void sixteenThreadsNeverReadEachOthersAnswer(int extraAfterMillis) throws Exception {
        int rounds = 40;
        AtomicInteger right = new AtomicInteger();
        AtomicInteger wrong = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try (RawHttpServer server = server(Duration.ofMillis(extraAfterMillis));
                Mmc mmc = Mmc.builder().serviceUrl(server.url()).requestTimeout(Duration.ofSeconds(10)).build()) {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                running.add(threads.submit(() -> alternate(mmc, server, rounds, false, right, wrong, failed)));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(wrong.get()).as("answers read by the wrong call (%d right, %d failed)", right.get(), failed.get())
                .isZero();
        assertThat(right.get()).as("most calls get their answer").isGreaterThan(16 * rounds / 2);
    }
}
