package com.orange.api.mmc.internal.transport;

import java.io.IOException;
import java.time.Duration;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;

/**
 * One HTTP exchange, from sending the envelope to the end of the connection's use, owned by one object:
 * {@link #execute} sends and opens the answer, {@link ExchangeDeadline#abort()} ends it from any thread (the
 * deadline reaper's way), and {@link #end(boolean)} decides, once the call is over, whether the connection
 * is kept: only after an answer read to its exact end; after anything else it is closed, never reused. A
 * kept connection is still refused by the pool, before it carries another request, when bytes arrived on
 * it meanwhile (see {@link QuietConnection#isStale()}). On the direct route, where the connection stays
 * the exchange's until it ends, bytes already there past the answer's end close the connection; on a
 * connection that carried earlier requests they also mean the answer read may be one the server sent
 * after an earlier answer: the exchange ends {@linkplain #end(boolean) desynchronized}.
 *
 * <p>With the wire log on, the answer is logged when the exchange ends, as far as it was read: logging
 * reads nothing more and waits for nothing more than the call itself does.
 */
final class HttpExchange {

    /** How long the end of an exchange waits, once, for the last bytes of a body (a chunked body's end). */
    static final Duration FINISH_WAIT = Duration.ofMillis(100);

    private final HttpPost request;
    private final DeadlineReaper reaper;
    private final ExchangeDeadline deadline;
    private final CallSecrets secrets;
    private final long started = System.nanoTime();
    private final HttpClientContext context = HttpClientContext.create();
    private ClassicHttpResponse response;
    /** The exchange's connection while it holds it (the direct route), else null. */
    private QuietConnection connection;
    private AnswerBody body;
    private int status;
    private String contentType;
    private boolean ended;

    /**
     * Starts the deadline: the exchange must be over within {@code timeout}.
     *
     * @param secrets the call's secrets, masked in the wire log
     * @param owner   whose call this is: a kept-alive connection goes back to the pool as theirs and is reused
     *                only for their calls, so that bytes a server sends late on it can never reach another
     *                organizer's call; null for a connection anyone may reuse
     */
    HttpExchange(HttpPost request, Duration timeout, DeadlineReaper reaper, CallSecrets secrets, Object owner) {
        this.request = request;
        this.context.setUserToken(owner);
        this.reaper = reaper;
        this.secrets = secrets;
        this.deadline = new ExchangeDeadline(timeout, request::cancel, reaper);
    }

    /**
     * Sends the request and reads the status, the headers and the beginning of the body.
     *
     * @throws IOException the exchange failed (see {@link ExchangeDeadline#failure}); it is ended
     */
    HttpExchange execute(HttpRouting routing, int limit) throws IOException {
        try {
            if (Thread.currentThread().isInterrupted()) {
                throw new TransportFailures.Interrupted("The calling thread was interrupted before sending", null);
            }
            response = routing.open(request, context);
            if (DirectRoute.held(context)) {
                connection = QuietConnection.of(context.getEndpointDetails());
            }
            deadline.check();
            status = response.getCode();
            contentType = header("Content-Type");
            body = new AnswerBody(deadline, response.getEntity(), status, limit, WireLog.enabled());
            return this;
        } catch (IOException | RuntimeException e) {
            IOException failure;
            try {
                failure = deadline.failure(e);
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

    /**
     * Ends the exchange, once: the connection goes back to the pool only when the call has its answer and
     * the body was read to its exact end (a short remainder is read, for at most {@link #FINISH_WAIT});
     * otherwise it is closed.
     *
     * @param answered true when the call got its answer (a result or a SOAP fault)
     * @return false when the exchange was desynchronized: on a connection that carried earlier requests,
     *         bytes were already there past the end of an answer read whole, so that answer may be another
     *         request's; its connection is closed
     */
    boolean end(boolean answered) {
        if (ended) {
            return true;
        }
        ended = true;
        boolean desynchronized = false;
        try {
            boolean complete = false;
            if (answered && body != null) {
                // On the library's route a body read to its end has given its connection back to the pool
                // already (another call may hold it by now): only a held connection is looked at.
                complete = body.atEnd();
                if (!complete) {
                    try (DeadlineReaper.Watch finishing = reaper.watch(FINISH_WAIT, request::cancel)) {
                        complete = body.finish();
                    }
                }
                if (complete && connection != null && connection.bytesAtHand() > 0) {
                    complete = false;
                    desynchronized = connection.getEndpointDetails().getRequestCount() > 1;
                }
            }
            if (!complete) {
                request.cancel();
            }
            if (response != null) {
                response.close();
            }
        } catch (IOException e) {
            request.cancel();
        } finally {
            deadline.close();
            if (body != null && WireLog.enabled()) {
                WireLog.response(status, contentType, (System.nanoTime() - started) / 1_000_000, body.readSoFar(),
                        secrets);
            }
        }
        return !desynchronized;
    }
}
