package com.orange.api.common;

import java.util.Objects;

/**
 * The exchange with the service failed for a technical reason: the network, TLS, a timeout, the Orange
 * gateway, or an answer that is not the service's. The request may or may not have been processed.
 *
 * <p>{@link #getCode()} is a gateway code from {@link GatewayError} when the gateway named one (for
 * example {@code REQ.AUTHENTICATION_FAILURE} or {@code MED0006}), otherwise one of the SDK's own:
 * {@code HTTP_<status>} for an HTTP error without a recognisable body, {@link #TIMEOUT}, {@link #IO},
 * {@link #TLS}, {@link #BAD_RESPONSE} or {@link #RESPONSE_TOO_LARGE}.
 */
public class TechnicalException extends OrangeApiException {

    private static final long serialVersionUID = 1L;

    /** No answer came within the request timeout, or no connection within the connect timeout. */
    public static final String TIMEOUT = "TIMEOUT";
    /** The connection failed or broke (refused, reset, closed early, unknown host). */
    public static final String IO = "IO";
    /** The TLS handshake failed: the server's certificate is not trusted or does not match its host name. */
    public static final String TLS = "TLS";
    /** An answer came but it is not a SOAP message the SDK can read, or it declares a DTD (refused). */
    public static final String BAD_RESPONSE = "BAD_RESPONSE";
    /** The answer is larger than the {@code maxResponseSize} setting; reading stopped there. */
    public static final String RESPONSE_TOO_LARGE = "RESPONSE_TOO_LARGE";

    private final String code;
    private final int httpStatus;
    private final boolean retryable;
    private final int attempts;

    /**
     * @param code       the gateway or SDK code (see the class description)
     * @param message    a description that names the operation and never a secret
     * @param httpStatus the HTTP status of the answer, 0 when no HTTP answer came
     * @param retryable  whether repeating the request may succeed
     * @param attempts   how many attempts were made, retries included (at least 1)
     * @param cause      the underlying failure, or {@code null}
     */
    public TechnicalException(String code, String message, int httpStatus, boolean retryable, int attempts,
            Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.httpStatus = httpStatus;
        this.retryable = retryable;
        this.attempts = Math.max(1, attempts);
    }

    /** @return the gateway code (see {@link GatewayError}) or the SDK's own code */
    public String getCode() {
        return code;
    }

    /** @return the HTTP status of the answer, or 0 when no HTTP answer came */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** @return whether trying the same request again may succeed */
    public boolean isRetryable() {
        return retryable;
    }

    /** @return how many attempts were made before giving up, retries included */
    public int getAttempts() {
        return attempts;
    }

    /** @return this failure's catalog entry, when its code is a gateway code */
    public java.util.Optional<GatewayError> getGatewayError() {
        return GatewayError.fromCode(code);
    }

    /**
     * Returns a copy of this exception that records a different number of attempts, for the retry loop
     * that gives up after several.
     */
    public TechnicalException withAttempts(int attemptCount) {
        String suffix = attemptCount > 1 ? " (after " + attemptCount + " attempts)" : "";
        TechnicalException copy = new TechnicalException(code, baseMessage() + suffix, httpStatus, retryable,
                attemptCount, getCause());
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    private String baseMessage() {
        String message = getMessage();
        int at = message == null ? -1 : message.lastIndexOf(" (after ");
        return at < 0 ? message : message.substring(0, at);
    }
}
