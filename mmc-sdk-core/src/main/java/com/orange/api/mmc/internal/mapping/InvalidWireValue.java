package com.orange.api.mmc.internal.mapping;

/**
 * A value that cannot cross the wire as it is: raised by the mappers, and turned by the client into the
 * documented exception of the call (a local {@code MmcException} for the caller's input, a
 * {@code TechnicalException} {@code BAD_RESPONSE} for the service's answer).
 */
public final class InvalidWireValue extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Text that XML 1.0 cannot carry: a lone surrogate, NUL, a control character, U+FFFE or U+FFFF. */
    public static final String INVALID_TEXT = "SDK_INVALID_TEXT";
    /** A date the wire cannot carry: a year outside 0001 to 9999. */
    public static final String INVALID_DATE = "SDK_INVALID_DATE";

    private final String code;
    private final String field;
    private final boolean inAnswer;

    private InvalidWireValue(String code, String field, String message, boolean inAnswer) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
        this.inAnswer = inAnswer;
    }

    /** The caller's input cannot be sent. */
    static InvalidWireValue input(String code, String field, String message) {
        return new InvalidWireValue(code, field, message, false);
    }

    /** The service's answer holds a value the SDK cannot map exactly. */
    static InvalidWireValue answer(String element, String message) {
        return new InvalidWireValue("BAD_RESPONSE", element, message, true);
    }

    /** @return the SDK-local code ({@link #INVALID_TEXT}, {@link #INVALID_DATE}) or BAD_RESPONSE */
    public String code() {
        return code;
    }

    /** @return the request field or answer element concerned */
    public String field() {
        return field;
    }

    /** @return true when the value came from the service's answer, false when from the caller */
    public boolean inAnswer() {
        return inAnswer;
    }
}
