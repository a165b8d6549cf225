package com.orange.api.mmc.internal.mapping;

/**
 * A value of the caller's request that the wire cannot carry exactly (text XML 1.0 cannot hold, a date out
 * of {@code xsd:dateTime}'s years 0001–9999). Thrown by {@link RequestMapper} before anything is sent; the
 * client turns it into a local {@code MmcException} with {@link #code()}. The message never holds the value.
 */
public final class RejectedInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** SDK-local code: text that XML 1.0 cannot carry (lone surrogate, NUL and other control characters, U+FFFE/U+FFFF). */
    public static final String INVALID_TEXT = "SDK_INVALID_TEXT";
    /** SDK-local code: a date whose year, in UTC, is outside 0001–9999. */
    public static final String INVALID_DATE = "SDK_INVALID_DATE";

    private final String code;
    private final String field;

    RejectedInput(String code, String field, String detail) {
        super(detail, null, false, false);
        this.code = code;
        this.field = field;
    }

    /** @return {@link #INVALID_TEXT} or {@link #INVALID_DATE} */
    public String code() {
        return code;
    }

    /** @return the request element concerned, for example {@code scheduledConferenceInfo/name} */
    public String field() {
        return field;
    }

    /** Refuses {@code value} when XML 1.0 cannot carry one of its characters; null passes. */
    static String text(String value, String field) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            boolean legal = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!legal) {
                throw new RejectedInput(INVALID_TEXT, field, String.format("character U+%04X at index %d cannot be"
                        + " sent: XML 1.0 cannot carry it (%s)", (int) c, i,
                        Character.isSurrogate(c) ? "a lone surrogate" : "an illegal character"));
            }
        }
        return value;
    }
}
