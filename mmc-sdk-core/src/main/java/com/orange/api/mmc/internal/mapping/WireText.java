package com.orange.api.mmc.internal.mapping;

/**
 * Checks that text can be carried by XML 1.0, as every string the SDK sends must: the characters
 * {@code #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]}, the last as surrogate
 * pairs. Anything else (NUL and other control characters, a lone surrogate, U+FFFE, U+FFFF) would be
 * altered or make the service refuse the whole envelope: it is refused before sending, naming the field
 * and the position, never the value (which may be a secret). The one rule for every text the SDK sends:
 * request fields, conference passwords and the four credentials alike.
 */
public final class WireText {

    private WireText() {
    }

    /**
     * @param field the request field or setting, named when the value cannot be sent
     * @return {@code value}, when XML can carry it (null passes)
     * @throws InvalidWireValue {@link InvalidWireValue#INVALID_TEXT} naming {@code field} and the position
     */
    public static String check(String field, String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed) {
                throw InvalidWireValue.input(InvalidWireValue.INVALID_TEXT, field, String.format(
                        "%s holds a character XML cannot carry at position %d (U+%04X%s)", field, i, (int) c,
                        Character.isSurrogate(c) ? ", a lone surrogate" : ""));
            }
        }
        return value;
    }
}
