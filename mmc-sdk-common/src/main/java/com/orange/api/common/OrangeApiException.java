package com.orange.api.common;

import com.orange.api.common.internal.CurrentCall;

/**
 * Root of every exception the Orange API SDKs throw. All are unchecked: catch this type to handle any
 * failure of an Orange API call, or one of its three kinds to react to what went wrong:
 * <ul>
 *   <li>{@link ConfigurationException}: the settings are missing or wrong; fix them, retrying will not help;</li>
 *   <li>{@link FunctionalException}: the service understood the request and refused it for a business
 *       reason, identified by a code;</li>
 *   <li>{@link TechnicalException}: the exchange itself failed (network, gateway, timeout);
 *       {@link TechnicalException#isRetryable()} tells whether trying again may help.</li>
 * </ul>
 * Messages never contain a password, a conference password or an authorization header.
 */
public abstract class OrangeApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String callId;

    protected OrangeApiException(String message, Throwable cause) {
        this(message, cause, null);
    }

    /**
     * @param callId the id of the SDK call that failed, or {@code null} when the failure belongs to no call
     */
    protected OrangeApiException(String message, Throwable cause, String callId) {
        super(message, cause);
        this.callId = callId != null ? callId : CurrentCall.id();
    }

    /** @return the description, followed by the call id when the failure belongs to a call */
    @Override
    public String getMessage() {
        String message = super.getMessage();
        return callId == null ? message : message + " [call " + callId + "]";
    }

    /**
     * @return the id of the SDK call that failed (the value of the SLF4J MDC key {@code mmc.callId} while it
     *         ran), or {@code null} when the failure belongs to no call (settings, for example)
     */
    public String getCallId() {
        return callId;
    }
}
