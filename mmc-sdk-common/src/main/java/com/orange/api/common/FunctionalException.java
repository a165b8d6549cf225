package com.orange.api.common;

import java.util.Objects;

/**
 * The service received the request and refused it for a business reason (a wrong conference password, a
 * conference already started, a date out of range...). Retrying the same request gives the same answer;
 * {@link #getCode()} identifies the rule that was broken.
 */
public class FunctionalException extends OrangeApiException {

    private static final long serialVersionUID = 1L;

    private final String code;

    protected FunctionalException(String code, String message, Throwable cause) {
        this(code, message, cause, null);
    }

    /**
     * @param code    the service's error code, for example {@code MMC_28}
     * @param message what was refused, never a secret
     * @param cause   the underlying failure, or {@code null}
     * @param callId  the id of the call that failed, or {@code null}
     */
    protected FunctionalException(String code, String message, Throwable cause, String callId) {
        super(message, cause, callId);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** @return the service's error code, for example {@code MMC_28} */
    public String getCode() {
        return code;
    }
}
