package com.orange.api.mmc.internal.transport;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.apache.hc.core5.http.HttpEntity;

/**
 * The body of an HTTP answer, which the SOAP decoder reads straight from the connection: no copy of the
 * whole body is made, and parsing overlaps with the arrival of the bytes. Every read counts against the
 * size limit and stays under the exchange's deadline; a failure is reported as its {@link HttpExchange}
 * translates it.
 *
 * <p>Only the beginning is read ahead, to decide whether the document declares a DTD, which is refused
 * before any parser sees it (see {@link XmlProlog}). When the wire log is on, the body is read whole
 * first, to be logged; the buffer grows with what arrives, never to what the answer declares.
 */
final class AnswerBody extends InputStream {

    /** How much of a body is read ahead, at first, to find a DTD. */
    private static final int PEEK = 2048;
    /** The most of a body left unread by the decoder that is read to keep the connection. */
    static final int FINISH_LIMIT = 16 * 1024;
    /** The first buffer of a body read whole, grown as needed. */
    private static final int WHOLE_START = 16 * 1024;

    private final HttpExchange exchange;
    private final InputStream rest;
    private final long declaredLength;
    private final int limit;
    private final int status;
    /** The bytes read ahead, served before {@link #rest}. */
    private byte[] head;
    private int headLength;
    private int position;
    private long received;
    private boolean eof;
    private final boolean declaresDtd;

    /**
     * Reads the beginning of the body (or all of it, for the wire log).
     *
     * @throws IOException the exchange failed, timed out or is over the size limit; the caller ends it
     */
    AnswerBody(HttpExchange exchange, HttpEntity entity, int status, int limit, boolean whole) throws IOException {
        this.exchange = exchange;
        this.limit = limit;
        this.status = status;
        this.declaredLength = entity == null ? 0 : entity.getContentLength();
        if (declaredLength > limit) {
            throw tooLarge();
        }
        if (declaredLength == 0) {
            this.rest = InputStream.nullInputStream();
            this.head = new byte[0];
            this.eof = true;
            this.declaresDtd = false;
            return;
        }
        this.rest = entity.getContent();
        int first = whole ? WHOLE_START : PEEK;
        this.head = new byte[declaredLength > 0 ? (int) Math.min(declaredLength, first) : first];
        XmlProlog.Verdict verdict = XmlProlog.Verdict.UNDECIDED;
        while (!eof && (whole || verdict == XmlProlog.Verdict.UNDECIDED)) {
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
    }

    /** @return true when the body has no byte at all */
    boolean isEmpty() {
        return headLength == 0 && eof;
    }

    /** @return true when the body has been read to its end (the connection is then no longer the exchange's) */
    boolean atEnd() {
        return eof;
    }

    /** @return true when the document declares a DTD (or any markup declaration) before its root element */
    boolean declaresDtd() {
        return declaresDtd;
    }

    /** @return the bytes read so far, for the wire log (the whole body when it was read whole) */
    byte[] readSoFar() {
        return Arrays.copyOf(head, headLength);
    }

    /**
     * Reads what is left of the body when it is at most {@value #FINISH_LIMIT} bytes and already at hand
     * or arriving: the connection reads with a short timeout by then (see {@link HttpExchange#end}), so a
     * body shorter than it declared, or one that stalls, is never waited for.
     *
     * @param connection the exchange's connection, or null when unknown (then nothing more is read)
     * @return true when the body was read to its exact end
     */
    boolean finish(QuietConnection connection) {
        byte[] skipped = new byte[512];
        try {
            if (!eof && declaredLength >= 0 && received == declaredLength) {
                // Declared length reached: the library reports the end without reading.
                readRest(skipped, 0, 1);
            }
            long start = received;
            boolean waited = false;
            while (!eof && connection != null && received - start < FINISH_LIMIT) {
                if (connection.bytesAtHand() == 0) {
                    if (waited) {
                        return false;
                    }
                    waited = true;
                }
                readRest(skipped, 0, skipped.length);
            }
        } catch (IOException e) {
            return false;
        }
        return eof;
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

    /** The decoder is done with the body: the call's end decides what becomes of the connection. */
    @Override
    public void close() {
        // Nothing here: the exchange ends with the call (see HttpExchange#end).
    }

    /** Reads from the connection, counting against the limit and under the deadline. */
    private int readRest(byte[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            exchange.checkDeadline();
            n = rest.read(buffer, offset, length);
        } catch (IOException | RuntimeException e) {
            throw exchange.failure(e);
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
        exchange.abort();
        return new TransportFailures.ResponseTooLarge(limit, status);
    }
}
