package com.orange.api.mmc.internal.transport;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Arrays;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;

/**
 * An HTTP answer whose body the SOAP decoder reads straight from the connection, as the plain stub does:
 * no copy of the whole body is made (it was a seventh of what a 100-conference list allocated), and parsing
 * overlaps with the arrival of the bytes. Reading stays under the exchange's deadline and the size limit.
 *
 * <p>Only the beginning is read ahead: enough to decide whether the document declares a DTD, which is
 * refused before any parser sees a byte of it (see {@link XmlProlog}). When the wire log is on, the body is
 * read whole instead, to be logged.
 *
 * <p>{@link #close()} ends the exchange: the rest of a body read nearly to its end is skipped so that the
 * connection goes back to the pool; a connection with more left than {@value #DRAIN_LIMIT} bytes, broken,
 * or whose call failed, is closed. As Metro decodes the body lazily, after the transport tube returns, the
 * call's {@link Holder} ends the exchange once the whole call is over.
 */
final class Answer extends InputStream {

    /** How much of a body is read ahead, at first, to find a DTD. */
    private static final int PEEK = 2048;
    /** The most of an unread body skipped to keep its connection. */
    static final int DRAIN_LIMIT = 16 * 1024;

    private final HttpPost request;
    private final ClassicHttpResponse response;
    private final DeadlineReaper.Watch watch;
    private final Duration requestTimeout;
    private final int limit;
    private final int status;
    private final String contentType;
    private final InputStream rest;
    /** The bytes read ahead, served before {@link #rest}. */
    private byte[] head;
    private int headLength;
    private int position;
    private long received;
    private boolean eof;
    private final boolean declaresDtd;
    private boolean closed;

    /**
     * Reads the status, headers and the beginning of the body (or all of it, for the wire log).
     *
     * @throws IOException the exchange failed, timed out or is over the size limit; the caller ends it
     */
    Answer(HttpPost request, ClassicHttpResponse response, DeadlineReaper.Watch watch, Duration requestTimeout,
            int limit, long started) throws IOException {
        this.request = request;
        this.response = response;
        this.watch = watch;
        this.requestTimeout = requestTimeout;
        this.limit = limit;
        this.status = response.getCode();
        Header type = response.getFirstHeader("Content-Type");
        this.contentType = type == null ? null : type.getValue();
        HttpEntity entity = response.getEntity();
        long length = entity == null ? 0 : entity.getContentLength();
        if (length > limit) {
            throw tooLarge();
        }
        if (length == 0) {
            this.rest = InputStream.nullInputStream();
            this.head = new byte[0];
            this.eof = true;
            this.declaresDtd = false;
            return;
        }
        this.rest = entity.getContent();
        boolean wholeBody = WireLog.enabled();
        this.head = new byte[length > 0 && (wholeBody || length < PEEK) ? (int) length + 1 : PEEK];
        XmlProlog.Verdict verdict = XmlProlog.Verdict.UNDECIDED;
        while (!eof && (wholeBody || verdict == XmlProlog.Verdict.UNDECIDED)) {
            if (headLength == head.length) {
                head = Arrays.copyOf(head, (int) Math.min((long) head.length * 2, (long) limit + 1));
            }
            int n = readRest(head, headLength, head.length - headLength);
            if (n > 0) {
                headLength += n;
            }
            verdict = XmlProlog.scan(head, headLength, eof);
        }
        this.declaresDtd = verdict == XmlProlog.Verdict.DTD;
        if (wholeBody) {
            WireLog.response(status, contentType, (System.nanoTime() - started) / 1_000_000,
                    Arrays.copyOf(head, headLength));
        }
    }

    int status() {
        return status;
    }

    /** @return the Content-Type header, or null */
    String contentType() {
        return contentType;
    }

    /** @return true when the body has no byte at all */
    boolean isEmpty() {
        return headLength == 0 && eof;
    }

    /** @return true when the document declares a DTD (or any markup declaration) before its root element */
    boolean declaresDtd() {
        return declaresDtd;
    }

    @Override
    public int read() throws IOException {
        if (position < headLength) {
            return head[position++] & 0xFF;
        }
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position < headLength) {
            int n = Math.min(length, headLength - position);
            System.arraycopy(head, position, buffer, offset, n);
            position += n;
            return n;
        }
        return eof ? -1 : readRest(buffer, offset, length);
    }

    @Override
    public int available() {
        return headLength - position;
    }

    /** Reads from the connection, counting against the limit and naming a deadline or interrupt as such. */
    private int readRest(byte[] buffer, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("The answer is closed");
        }
        int n;
        try {
            n = rest.read(buffer, offset, length);
        } catch (IOException | RuntimeException e) {
            throw failure(e, watch, requestTimeout);
        }
        if (n < 0) {
            eof = true;
            return -1;
        }
        received += n;
        if (received > limit) {
            throw tooLarge();
        }
        return n;
    }

    /** Aborts the exchange, so that closing the body does not read the rest of it, and says why. */
    private TransportFailures.ResponseTooLarge tooLarge() {
        request.cancel();
        return new TransportFailures.ResponseTooLarge(limit, status);
    }

    /** Ends the exchange; the connection is kept when the body was read to its end, or nearly. */
    @Override
    public void close() {
        end(true);
    }

    /**
     * Ends the exchange.
     *
     * @param keep whether to skip what is left of the body (at most {@value #DRAIN_LIMIT} bytes) to keep
     *             the connection: true once the call has its answer; false after a failure, when what is
     *             left may be slow or endless, so the connection is closed at once
     */
    void end(boolean keep) {
        if (closed) {
            return;
        }
        try {
            if (keep && !eof) {
                byte[] skipped = new byte[512];
                for (long drained = 0; !eof && drained < DRAIN_LIMIT;) {
                    drained += Math.max(0, readRest(skipped, 0, skipped.length));
                }
            }
        } catch (IOException e) {
            // The connection is closed below.
        } finally {
            closed = true;
            if (!eof) {
                request.cancel();
            }
            try {
                response.close();
            } catch (IOException e) {
                request.cancel();
            } finally {
                watch.close();
            }
        }
    }

    /**
     * What an exchange's failure means: the deadline passed, the caller's thread was interrupted, no
     * connection in time, or the library's own exception when none of those.
     *
     * @return the failure to throw when it is an {@link IOException}
     * @throws RuntimeException the library's own, when that is what the failure was
     */
    static IOException failure(Exception e, DeadlineReaper.Watch watch, Duration requestTimeout) {
        if (e instanceof HttpTimeoutException || e instanceof TransportFailures.Interrupted
                || e instanceof TransportFailures.ResponseTooLarge) {
            return (IOException) e;
        }
        DeadlineReaper.Ending ending = watch.ending();
        if (ending == DeadlineReaper.Ending.DEADLINE) {
            HttpTimeoutException timeout = new HttpTimeoutException(
                    "No whole answer within the request timeout of " + requestTimeout);
            timeout.initCause(e);
            return timeout;
        }
        if (ending == DeadlineReaper.Ending.INTERRUPTED) {
            return new TransportFailures.Interrupted("The calling thread was interrupted during the exchange", e);
        }
        if (e instanceof ConnectTimeoutException) {
            HttpConnectTimeoutException timeout = new HttpConnectTimeoutException(e.getMessage());
            timeout.initCause(e);
            return timeout;
        }
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        return (IOException) e;
    }

    /**
     * The answer of the call in progress on one port, closed when the call is over, whether the decoder
     * read it to the end or not. A port serves one call at a time, so one holder serves all its calls.
     */
    static final class Holder {
        private Answer answer;

        void hold(Answer next) {
            end(false);
            answer = next;
        }

        /** Ends the call's exchange, if any: see {@link Answer#end(boolean)}. */
        void end(boolean answered) {
            if (answer != null) {
                Answer ending = answer;
                answer = null;
                ending.end(answered);
            }
        }
    }
}
