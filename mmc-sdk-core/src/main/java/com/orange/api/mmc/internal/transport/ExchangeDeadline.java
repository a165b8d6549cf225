package com.orange.api.mmc.internal.transport;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;

import org.apache.hc.client5.http.ConnectTimeoutException;

/**
 * The deadline of one HTTP exchange and the one way to end it early: the request's {@code cancel()}, which
 * closes its connection from any thread. The exchange and the body it reads share it; a read past the
 * deadline, or a failure caused by the abort, is reported in the SDK's terms by {@link #failure}.
 */
final class ExchangeDeadline implements AutoCloseable {

    private final Duration timeout;
    private final long deadline;
    private final Runnable abort;
    private final DeadlineReaper.Watch watch;

    /**
     * Starts the deadline: the exchange must be over within {@code timeout}, else {@code abort} runs.
     *
     * @param abort ends the exchange from any thread; must not block
     */
    ExchangeDeadline(Duration timeout, Runnable abort, DeadlineReaper reaper) {
        this.timeout = timeout;
        this.deadline = System.nanoTime() + timeout.toNanos();
        this.abort = abort;
        this.watch = reaper.watch(timeout, abort);
    }

    /** @throws TransportFailures.Timeout when the deadline has passed (the exchange is then aborted) */
    void check() throws TransportFailures.Timeout {
        if (System.nanoTime() - deadline >= 0) {
            abort.run();
            throw new TransportFailures.Timeout(false, "No whole answer within the request timeout of " + timeout, null);
        }
    }

    /** Ends the exchange at once: its connection is closed, a blocked read returns. */
    void abort() {
        abort.run();
    }

    /**
     * What an exchange's failure means, in the SDK's own terms: its deadline passed, the caller's thread
     * was interrupted, no connection in time, or the network's own failure when none of those.
     *
     * @return the failure to throw when it is an {@link IOException}
     * @throws RuntimeException the library's own, when that is what the failure was
     */
    IOException failure(Exception e) {
        if (e instanceof TransportFailures.Timeout || e instanceof TransportFailures.Interrupted
                || e instanceof TransportFailures.ResponseTooLarge) {
            return (IOException) e;
        }
        DeadlineReaper.Ending ending = watch.ending();
        if (ending == DeadlineReaper.Ending.DEADLINE || System.nanoTime() - deadline >= 0) {
            return new TransportFailures.Timeout(false, "No whole answer within the request timeout of " + timeout, e);
        }
        if (ending == DeadlineReaper.Ending.INTERRUPTED) {
            return new TransportFailures.Interrupted("The calling thread was interrupted during the exchange", e);
        }
        if (e instanceof ConnectTimeoutException) {
            return new TransportFailures.Timeout(true, "No connection within the connect timeout", e);
        }
        if (e instanceof SocketTimeoutException) {
            return new TransportFailures.Timeout(false, "No answer within the request timeout of " + timeout, e);
        }
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        return (IOException) e;
    }

    /** Stops watching: no abort happens after this returns. */
    @Override
    public void close() {
        watch.close();
    }
}
