package com.orange.api.mmc.internal.transport;

import java.io.IOException;

import jakarta.xml.ws.WebServiceException;

/** The failures the SDK's transport reports besides the JDK's own I/O exceptions. */
final class TransportFailures {

    private TransportFailures() {
    }

    /** An HTTP answer that carries no SOAP message: an error status, an HTML page, an empty 500. */
    static final class HttpStatus extends WebServiceException {
        private static final long serialVersionUID = 1L;
        final int status;
        /** The {@code Location} header of a redirect, or null. */
        final String location;

        HttpStatus(int status, String contentType) {
            this(status, contentType, null);
        }

        HttpStatus(int status, String contentType, String location) {
            super("The server answered HTTP " + status + (contentType == null ? "" : " (" + contentType + ")")
                    + " without a SOAP message");
            this.status = status;
            this.location = location;
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
    static final class Interrupted extends java.io.InterruptedIOException {
        private static final long serialVersionUID = 1L;

        Interrupted(String message, Throwable aborted) {
            super(message);
            initCause(new InterruptedException(message));
            if (aborted != null) {
                addSuppressed(aborted);
            }
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
