package com.orange.api.mmc.internal.transport;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Optional;

import jakarta.xml.ws.WebServiceException;

/**
 * The failures the SDK's transport reports, besides the network's own {@link IOException}s, which
 * {@link Failures} turns into the SDK's exceptions.
 */
final class TransportFailures {

    private TransportFailures() {
    }

    /**
     * An HTTP answer that carries no SOAP message: an error status, a redirect (never followed), an HTML
     * page, an empty 500.
     */
    static final class HttpStatus extends WebServiceException {
        private static final long serialVersionUID = 1L;
        final int status;
        /** The {@code Location} of a redirect, or null. */
        final String location;
        /** The {@code Retry-After} of a 503, or null. */
        final transient RetryAfter retryAfter;

        HttpStatus(int status, String contentType, String location, RetryAfter retryAfter) {
            super("The server answered HTTP " + status + (contentType == null ? "" : " (" + contentType + ")")
                    + (location == null ? "" : " redirecting to " + location) + " without a SOAP message");
            this.status = status;
            this.location = location;
            this.retryAfter = retryAfter;
        }

        Optional<RetryAfter> retryAfter() {
            return Optional.ofNullable(retryAfter);
        }
    }

    /** No connection within the connect timeout, or no whole answer within the request deadline. */
    static final class Timeout extends InterruptedIOException {
        private static final long serialVersionUID = 1L;
        /** True when no connection was made: the request never left. */
        final boolean connecting;

        Timeout(boolean connecting, String message, Throwable cause) {
            super(message);
            this.connecting = connecting;
            initCause(cause);
        }
    }

    /** The answer is larger than {@code maxResponseSize}: reading stopped there. */
    static final class ResponseTooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final int status;

        ResponseTooLarge(long limit, int status) {
            super("The answer exceeds the limit of " + limit + " bytes (maxResponseSize)");
            this.status = status;
        }
    }

    /**
     * The calling thread was interrupted, before sending or while the exchange was in progress (which was
     * then aborted); its interrupt status stays set.
     */
    static final class Interrupted extends InterruptedIOException {
        private static final long serialVersionUID = 1L;

        Interrupted(String message, Throwable aborted) {
            super(message);
            initCause(new InterruptedException(message));
            if (aborted != null) {
                addSuppressed(aborted);
            }
        }
    }

    /**
     * An answer whose content type the SDK does not read: an MTOM ({@code multipart/related}) message,
     * JSON, plain text... anything but a SOAP 1.1 envelope ({@code text/xml}).
     */
    static final class UnreadableAnswer extends WebServiceException {
        private static final long serialVersionUID = 1L;
        final int status;

        UnreadableAnswer(int status, String contentType) {
            super("The answer's content type is " + (contentType == null ? "missing" : contentType)
                    + ", not a SOAP 1.1 envelope (text/xml)");
            this.status = status;
        }
    }

    /**
     * Bytes were already on the connection past the end of the answer read: the server sent more than one
     * answer, and the one read may belong to an earlier request.
     */
    static final class Desynchronized extends WebServiceException {
        private static final long serialVersionUID = 1L;

        Desynchronized() {
            super("The connection carried bytes past the end of the answer: the answer read may not be this request's");
        }
    }

    /** The answer declares a DTD, which SOAP forbids; refusing it blocks entity expansion and XXE. */
    static final class UnsafeResponse extends WebServiceException {
        private static final long serialVersionUID = 1L;
        final int status;

        UnsafeResponse(int status) {
            super("The answer declares a DTD (<!DOCTYPE), which a SOAP message must not: refused");
            this.status = status;
        }
    }
}
