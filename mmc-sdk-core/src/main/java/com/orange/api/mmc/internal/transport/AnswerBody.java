package com.orange.api.mmc.internal.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.apache.hc.core5.http.HttpEntity;

/**
 * The body of an HTTP answer, which the SOAP decoder reads straight from the connection: no copy of the
 * whole body is made, and parsing overlaps with the arrival of the bytes. Every read counts against the
 * size limit and stays under the exchange's {@link ExchangeDeadline}, which reports a failure in the
 * SDK's terms.
 *
 * <p>Only the beginning is read ahead, to decide whether the document declares a DTD, which is refused
 * before any parser sees it (see {@link XmlProlog}). When the wire log is on, every byte read is also
 * copied for the log, as it is read: the log never makes the body be read further or sooner than the
 * decoder reads it.
 */
final class AnswerBody extends InputStream {

    /** How much of a body is read ahead, at first, to find a DTD. */
    private static final int PEEK = 2048;
    /** The most of a body left unread by the decoder that is read to keep the connection. */
    static final int FINISH_LIMIT = 16 * 1024;

    private final ExchangeDeadline deadline;
    /** The copy of every byte read, for the wire log; null when it is off. */
    private final ByteArrayOutputStream logged;
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
     * Reads the beginning of the body, as far as the prolog needs.
     *
     * @param logged true to keep a copy of every byte read, for the wire log
     * @throws IOException the exchange failed, timed out or is over the size limit; the caller ends it
     */
    AnswerBody(ExchangeDeadline deadline, HttpEntity entity, int status, int limit, boolean logged) throws IOException {
        this.deadline = deadline;
        this.logged = logged ? new ByteArrayOutputStream() : null;
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
        this.head = new byte[declaredLength > 0 ? (int) Math.min(declaredLength, PEEK) : PEEK];
        XmlProlog.Verdict verdict = XmlProlog.Verdict.UNDECIDED;
        while (!eof && verdict == XmlProlog.Verdict.UNDECIDED) {
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

    /** @return every byte read so far, for the wire log; empty when it is off */
    byte[] readSoFar() {
        return logged == null ? new byte[0] : logged.toByteArray();
    }

    /**
     * Reads what is left of the body, at most {@value #FINISH_LIMIT} bytes. The caller bounds the time it
     * may take (see {@link HttpExchange#end}): a body shorter than it declared, or one that stalls, is not
     * waited for past that.
     *
     * @return true when the body was read to its exact end
     */
    boolean finish() {
        byte[] skipped = new byte[512];
        try {
            long start = received;
            while (!eof && received - start <= FINISH_LIMIT) {
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
            deadline.check();
            n = rest.read(buffer, offset, length);
        } catch (IOException | RuntimeException e) {
            throw deadline.failure(e);
        }
        if (n < 0) {
            eof = true;
            return -1;
        }
        if (logged != null) {
            logged.write(buffer, offset, n);
        }
        received += n;
        if (received > limit) {
            throw tooLarge();
        }
        return n;
    }

    /** Aborts the exchange, so that closing the body does not read the rest of it, and says why. */
    private TransportFailures.ResponseTooLarge tooLarge() {
        deadline.abort();
        return new TransportFailures.ResponseTooLarge(limit, status);
    }
}
