package com.orange.api.mmc.internal.transport;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.format.DateTimeParseException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.utils.DateUtils;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.util.Timeout;

/**
 * One HTTP exchange, from sending the envelope to the end of the connection's use, owned by one object:
 * {@link #execute} sends and opens the answer, {@link #abort()} ends it from any thread (the deadline
 * reaper's way), and {@link #end(boolean)} decides, once the call is over, whether the connection is kept:
 * only after an answer read to its exact end; after anything else it is closed, never reused. The
 * connection itself refuses reuse when bytes arrived past that end (see {@link QuietConnection}).
 */
final class HttpExchange {

    /** How long the end of an exchange waits, once, for the last bytes of a body (a chunked body's end). */
    private static final Timeout FINISH_WAIT = Timeout.ofMilliseconds(100);

    private final HttpPost request;
    private final Duration timeout;
    private final long deadline;
    private final DeadlineReaper.Watch watch;
    private ClassicHttpResponse response;
    private QuietConnection connection;
    private AnswerBody body;
    private int status;
    private String contentType;
    private boolean ended;

    /** Starts the deadline: the exchange must be over within {@code timeout}. */
    HttpExchange(HttpPost request, Duration timeout, DeadlineReaper reaper) {
        this.request = request;
        this.timeout = timeout;
        this.deadline = System.nanoTime() + timeout.toNanos();
        this.watch = reaper.watch(timeout, this::abort);
    }

    /**
     * Sends the request and reads the status, the headers and the beginning of the body.
     *
     * @param whole read the whole body at once (for the wire log)
     * @throws IOException the exchange failed (see {@link #failure}); it is ended
     */
    HttpExchange execute(HttpRouting routing, int limit, boolean whole) throws IOException {
        try {
            if (Thread.currentThread().isInterrupted()) {
                throw new TransportFailures.Interrupted("The calling thread was interrupted before sending", null);
            }
            QuietConnection.takeReceived();
            response = routing.open(request);
            connection = QuietConnection.takeReceived();
            checkDeadline();
            status = response.getCode();
            contentType = header("Content-Type");
            body = new AnswerBody(this, response.getEntity(), status, limit, whole);
            return this;
        } catch (IOException | RuntimeException e) {
            IOException failure;
            try {
                failure = failure(e);
            } catch (RuntimeException runtime) {
                end(false);
                throw runtime;
            }
            end(false);
            throw failure;
        }
    }

    int status() {
        return status;
    }

    /** @return the Content-Type header, or null */
    String contentType() {
        return contentType;
    }

    AnswerBody body() {
        return body;
    }

    /** @return the value of the answer's header, or null */
    String header(String name) {
        Header header = response == null ? null : response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    /** @return the wait a {@code Retry-After} header asks for (seconds or an HTTP date), or null */
    Duration retryAfter() {
        String value = header("Retry-After");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                java.time.Instant when = DateUtils.parseStandardDate(value.trim());
                if (when == null) {
                    return null;
                }
                Duration wait = Duration.between(java.time.Instant.now(), when);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException | IllegalArgumentException unreadable) {
                return null;
            }
        }
    }

    /** @throws TransportFailures.Timeout when the exchange's deadline has passed */
    void checkDeadline() throws TransportFailures.Timeout {
        if (System.nanoTime() - deadline >= 0) {
            abort();
            throw new TransportFailures.Timeout(false, "No whole answer within the request timeout of " + timeout, null);
        }
    }

    /** Ends the exchange at once from any thread: the connection is closed, a blocked read returns. */
    void abort() {
        request.cancel();
    }

    /**
     * Ends the exchange, once: the connection goes back to the pool only when the call has its answer and
     * the body was read to its exact end (a short remainder at hand is read, waiting at most
     * {@code FINISH_WAIT} once); otherwise it is closed.
     *
     * @param answered true when the call got its answer (a result or a SOAP fault)
     */
    void end(boolean answered) {
        if (ended) {
            return;
        }
        ended = true;
        try {
            boolean complete = false;
            if (answered && body != null) {
                // A body read to its end has given its connection back to the pool already: another call may
                // hold it by now, so it is not touched.
                complete = body.atEnd();
                if (!complete) {
                    if (connection != null) {
                        connection.setReadTimeoutOnce(FINISH_WAIT);
                    }
                    complete = body.finish(connection);
                }
            }
            if (!complete) {
                abort();
            }
            if (response != null) {
                response.close();
            }
        } catch (IOException e) {
            abort();
        } finally {
            watch.close();
        }
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
}
