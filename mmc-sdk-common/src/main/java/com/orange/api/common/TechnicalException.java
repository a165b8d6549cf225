package com.orange.api.common;

import java.util.Objects;
import java.util.Optional;

/**
 * The exchange with the service failed for a technical reason: the network, TLS, a timeout, the Orange
 * gateway, or an answer that is not the service's.
 *
 * <p>{@link #getCode()} is a gateway code from {@link GatewayError} when the gateway named one (for
 * example {@code REQ.AUTHENTICATION_FAILURE} or {@code MED0006}), otherwise one of the SDK's own:
 * {@code HTTP_<status>} for an HTTP answer without a recognisable body (a redirect among them, with its
 * {@link #getLocation() Location}), {@link #TIMEOUT}, {@link #IO}, {@link #TLS}, {@link #BAD_RESPONSE} or
 * {@link #RESPONSE_TOO_LARGE}.
 *
 * <p>What to do next:
 * <ul>
 *   <li>{@link #isRetryable()}: repeating the same request may succeed and cannot do the work twice;</li>
 *   <li>{@link #isOutcomeUnknown()}: a request that changes something (create, modify, delete, start, join)
 *       may have reached the service and no answer was read, so it may have been done; look before
 *       repeating it (for a creation, find the conference by name and time slot with the list operation).
 *       Such a failure is never retryable.</li>
 * </ul>
 *
 * <p>The message is made of parts kept apart: the SDK's {@link #getSummary() summary}, the server's own
 * text ({@link #getServiceMessage()}, with the call's secrets masked), the redirect target, and the
 * number of attempts when there were several. Instances are built by {@link #builder(String, String)}.
 */
public class TechnicalException extends OrangeApiException {

    private static final long serialVersionUID = 1L;

    /** No answer came within the request timeout, or no connection within the connect timeout. */
    public static final String TIMEOUT = "TIMEOUT";
    /** The connection failed or broke (refused, reset, closed early, unknown host). */
    public static final String IO = "IO";
    /** The TLS handshake failed: the server's certificate is not trusted or does not match its host name. */
    public static final String TLS = "TLS";
    /** An answer came but it is not a SOAP message the SDK can read, declares a DTD, or holds a value out of its type. */
    public static final String BAD_RESPONSE = "BAD_RESPONSE";
    /** The answer is larger than the {@code maxResponseSize} setting; reading stopped there. */
    public static final String RESPONSE_TOO_LARGE = "RESPONSE_TOO_LARGE";

    private final String code;
    private final String summary;
    private final String serviceMessage;
    private final String location;
    private final int httpStatus;
    private final boolean retryable;
    private final boolean outcomeUnknown;
    private final int attempts;

    private TechnicalException(Builder builder) {
        super(compose(builder), builder.cause, builder.callId);
        this.code = builder.code;
        this.summary = builder.summary;
        this.serviceMessage = builder.serviceMessage;
        this.location = builder.location;
        this.httpStatus = builder.httpStatus;
        this.outcomeUnknown = builder.outcomeUnknown;
        this.retryable = builder.retryable && !builder.outcomeUnknown;
        this.attempts = builder.attempts;
    }

    /**
     * Starts a technical failure; every other part is optional (no HTTP status, not retryable, outcome
     * known, one attempt).
     *
     * @param code    the gateway or SDK code (see the class description)
     * @param summary what failed, in the SDK's words: names the operation, never a secret
     */
    public static Builder builder(String code, String summary) {
        return new Builder(code, summary);
    }

    private static String compose(Builder b) {
        StringBuilder message = new StringBuilder(b.summary);
        if (b.serviceMessage != null && !b.serviceMessage.isBlank()) {
            message.append(" (service said: ").append(b.serviceMessage).append(')');
        }
        if (b.location != null) {
            message.append(" (Location: ").append(b.location).append(')');
        }
        if (b.outcomeUnknown) {
            message.append(" (outcome unknown: the request may have been processed)");
        }
        if (b.attempts > 1) {
            message.append(" (after ").append(b.attempts).append(" attempts)");
        }
        return message.toString();
    }

    /** @return the gateway code (see {@link GatewayError}) or the SDK's own code */
    public String getCode() {
        return code;
    }

    /** @return what failed in the SDK's words, without the server's text or the attempt count */
    public String getSummary() {
        return summary;
    }

    /** @return the server's own text about the failure (a SOAP fault string), secrets masked, when it sent one */
    public Optional<String> getServiceMessage() {
        return Optional.ofNullable(serviceMessage);
    }

    /** @return the target of a redirect ({@code Location} header of a 3xx answer), which the SDK never follows */
    public Optional<String> getLocation() {
        return Optional.ofNullable(location);
    }

    /** @return the HTTP status of the answer, or 0 when no HTTP answer came */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** @return whether trying the same request again may succeed without doing its work twice */
    public boolean isRetryable() {
        return retryable;
    }

    /**
     * @return true when a request that changes something may have reached the service and no answer was
     *         read: it may have been done (a conference may exist). {@link #isRetryable()} is then false.
     */
    public boolean isOutcomeUnknown() {
        return outcomeUnknown;
    }

    /** @return how many attempts were made before giving up, retries included */
    public int getAttempts() {
        return attempts;
    }

    /** @return this failure's catalog entry, when its code is a gateway code */
    public Optional<GatewayError> getGatewayError() {
        return GatewayError.fromCode(code);
    }

    /** @return a builder holding every part of this exception, to derive a changed copy */
    public Builder toBuilder() {
        return new Builder(code, summary).serviceMessage(serviceMessage).location(location).httpStatus(httpStatus)
                .retryable(retryable).outcomeUnknown(outcomeUnknown).attempts(attempts).cause(getCause())
                .callId(getCallId());
    }

    /** Collects the parts of a {@link TechnicalException}. */
    public static final class Builder {

        private final String code;
        private final String summary;
        private String serviceMessage;
        private String location;
        private int httpStatus;
        private boolean retryable;
        private boolean outcomeUnknown;
        private int attempts = 1;
        private Throwable cause;
        private String callId;

        private Builder(String code, String summary) {
            this.code = Objects.requireNonNull(code, "code");
            this.summary = Objects.requireNonNull(summary, "summary");
        }

        /** @param text the server's own text, already stripped of the call's secrets; null for none */
        public Builder serviceMessage(String text) {
            this.serviceMessage = text;
            return this;
        }

        /** @param target the {@code Location} of a redirect; null for none */
        public Builder location(String target) {
            this.location = target;
            return this;
        }

        /** @param status the HTTP status of the answer, 0 when no HTTP answer came */
        public Builder httpStatus(int status) {
            this.httpStatus = status;
            return this;
        }

        /** @param retryable whether repeating the request may succeed (ignored when the outcome is unknown) */
        public Builder retryable(boolean retryable) {
            this.retryable = retryable;
            return this;
        }

        /** @param unknown whether a request that changes something may have been processed without an answer */
        public Builder outcomeUnknown(boolean unknown) {
            this.outcomeUnknown = unknown;
            return this;
        }

        /** @param count how many attempts were made, retries included (at least 1) */
        public Builder attempts(int count) {
            this.attempts = Math.max(1, count);
            return this;
        }

        /** @param cause the underlying failure, or null */
        public Builder cause(Throwable cause) {
            this.cause = cause;
            return this;
        }

        /** @param id the id of the call that failed, or null */
        public Builder callId(String id) {
            this.callId = id;
            return this;
        }

        public TechnicalException build() {
            return new TechnicalException(this);
        }
    }
}
