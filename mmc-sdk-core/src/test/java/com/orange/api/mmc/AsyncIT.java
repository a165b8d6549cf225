package com.orange.api.mmc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orange.api.common.TechnicalException;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The async API: cancellation aborts the exchange, and retries, errors and interceptors are the blocking ones. */
class AsyncIT {

    private static final String UNAVAILABLE = "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\n"
            + "Content-Type: text/plain\r\nContent-Length: 4\r\n\r\nbusy";

    private final Organizer organizer = new Organizer("access-key", "access-key-password", "service-account",
            "service-account-password");

    /** What the interceptors saw, with the time each call ended. */
    private static final class Recorder implements MmcInterceptor {
        final List<String> events = new CopyOnWriteArrayList<>();
        volatile CountDownLatch ended = new CountDownLatch(1);
        volatile long endedNanos;
        volatile Throwable failure;

        @Override
        public void onCallStart(MmcCallContext call) {
            events.add("start " + call.operation());
        }

        @Override
        public void onAttemptEnd(MmcCallContext call, int attempt, Throwable failureOrNull) {
            events.add("attempt " + attempt + (failureOrNull == null ? " ok" : " failed"));
        }

        @Override
        public void onCallEnd(MmcCallContext call, Throwable failureOrNull) {
            endedNanos = System.nanoTime();
            failure = failureOrNull;
            events.add("end " + (failureOrNull == null ? "ok" : failureOrNull.getClass().getSimpleName()));
            ended.countDown();
        }
    }

    @ParameterizedTest(name = "cancel({0})")
    @ValueSource(booleans = {true, false})
    void cancellingTheFutureAbortsAHangingCall(boolean mayInterrupt) throws Exception {
        Recorder recorder = new Recorder();
        try (RawHttpServer server = new RawHttpServer(request -> RawHttpServer.Reply.hang());
                Mmc mmc = Mmc.builder().serviceUrl(server.url()).requestTimeout(Duration.ofSeconds(60))
                        .addInterceptor(recorder).build()) {
            cancelWhenSent(mmc, server, 1, mayInterrupt);
            recorder.ended.await(10, TimeUnit.SECONDS);
            recorder.ended = new CountDownLatch(1);
            recorder.events.clear();

            CompletableFuture<String> future = mmc.async().about(organizer);
            cancelWhenSent(future, server, 2, mayInterrupt);

            assertThat(recorder.ended.await(10, TimeUnit.SECONDS)).as("the call ended, long before its 60 s timeout")
                    .isTrue();
            assertThat(recorder.failure).isInstanceOf(TechnicalException.class);
            assertThat(future).isCancelled();
            assertThatThrownBy(future::join).isInstanceOf(CancellationException.class);
            assertThat(recorder.events).containsExactly("start about", "attempt 1 failed", "end TechnicalException");
        }
    }

    private long cancelWhenSent(Mmc mmc, RawHttpServer server, int requests, boolean mayInterrupt) {
        return cancelWhenSent(mmc.async().about(organizer), server, requests, mayInterrupt);
    }

    /** Cancels the future once the server has received {@code requests} requests; returns when it did. */
    private static long cancelWhenSent(CompletableFuture<?> future, RawHttpServer server, int requests,
            boolean mayInterrupt) {
        while (server.requests.size() < requests) {
            Thread.onSpinWait();
            Thread.yield();
        }
        long cancelled = System.nanoTime();
        assertThat(future.cancel(mayInterrupt)).isTrue();
        return cancelled;
    }

    @Test
    void aCallCancelledBeforeItRunsIsNeverSent() throws Exception {
        ExecutorService single = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        try (RawHttpServer server = new RawHttpServer(request -> RawHttpServer.Reply.keep(
                        RawHttpServer.soapAnswer(200, RawHttpServer.aboutEnvelope("V1.4"))));
                Mmc mmc = Mmc.builder().serviceUrl(server.url()).asyncExecutor(single).build()) {
            single.execute(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            CompletableFuture<String> queued = mmc.async().about(organizer);
            assertThat(queued.cancel(true)).isTrue();
            release.countDown();
            assertThat(mmc.async().about(organizer).get(10, TimeUnit.SECONDS)).isEqualTo("V1.4");
            assertThat(server.requests).hasSize(1);
        } finally {
            single.shutdown();
        }
    }

    @Test
    void aRetried503AndItsInterceptorsAreTheBlockingOnes() throws Exception {
        Recorder recorder = new Recorder();
        try (RawHttpServer server = new RawHttpServer(request -> request.index() == 1
                        ? RawHttpServer.Reply.keep(UNAVAILABLE)
                        : RawHttpServer.Reply.keep(RawHttpServer.soapAnswer(200, RawHttpServer.aboutEnvelope("V1.4"))));
                Mmc mmc = Mmc.builder().serviceUrl(server.url()).maxAttempts(2).addInterceptor(recorder).build()) {
            assertThat(mmc.async().about(organizer).get(10, TimeUnit.SECONDS)).isEqualTo("V1.4");
            assertThat(recorder.events).containsExactly("start about", "attempt 1 failed", "attempt 2 ok", "end ok");
        }
    }

    @Test
    void errorsCompleteTheFutureWithTheBlockingException() throws Exception {
        try (RawHttpServer server = new RawHttpServer(request -> RawHttpServer.Reply.keep(UNAVAILABLE));
                Mmc mmc = Mmc.builder().serviceUrl(server.url()).maxAttempts(1).build()) {
            assertThatThrownBy(() -> mmc.async().about(organizer).get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(TechnicalException.class)
                    .satisfies(e -> assertThat(((TechnicalException) e).getCode()).isEqualTo("HTTP_503"));
            assertThatThrownBy(() -> mmc.async().about(null).join()).cause()
                    .isInstanceOf(NullPointerException.class).hasMessage("organizer");
        }
    }

    @Test
    void closingTheClientShutsItsOwnExecutorDown() throws Exception {
        Mmc mmc = Mmc.builder().serviceUrl(java.net.URI.create("http://127.0.0.1:9/mmc")).build();
        MmcAsync async = mmc.async();
        assertThat(mmc.async()).isSameAs(async);
        mmc.close();
        assertThatThrownBy(() -> async.about(organizer).join()).cause().isInstanceOf(IllegalStateException.class);
    }
}
