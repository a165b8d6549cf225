package com.orange.api.mmc.internal.mapping;

import java.math.BigDecimal;

/**
 * Reads the text of the answer's {@code xsd:long} and {@code xsd:decimal} values (the generated types
 * hold that text; see {@code src/main/bindings/wire-values.xml}) exactly as the schema writes them: ASCII
 * digits with an optional sign (and one point for a decimal), surrounded by nothing but XML whitespace.
 * Anything else, or a long that does not fit, fails the call naming the element and the value.
 */
public final class WireNumbers {

    /** The most of a value an error message repeats. */
    private static final int SHOWN = 40;

    private WireNumbers() {
    }

    /** @return the wire text of a request's long; null for null */
    public static String toWire(Long value) {
        return value == null ? null : value.toString();
    }

    /** @return the value of an xsd:long element, which must be there */
    static long longValue(String value, String element) {
        String text = present(value, element);
        int digitsFrom = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
        if (!digits(text, digitsFrom, text.length())) {
            throw notA("an integer", text, element);
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw notA("an integer the SDK can hold (at most 19 digits)", text, element);
        }
    }

    /** @return the value of an xsd:decimal element, which must be there */
    static BigDecimal decimal(String value, String element) {
        String text = present(value, element);
        int digitsFrom = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
        int point = text.indexOf('.');
        boolean valid = point < 0 ? digits(text, digitsFrom, text.length())
                : (point > digitsFrom || point < text.length() - 1)
                        && (point == digitsFrom || digits(text, digitsFrom, point))
                        && (point == text.length() - 1 || digits(text, point + 1, text.length()));
        if (!valid) {
            throw notA("a decimal number", text, element);
        }
        return new BigDecimal(text);
    }

    /** @return the value with the XML whitespace (space, tab, CR, LF) around it removed, as the schema collapses it */
    static String collapse(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isXmlSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isXmlSpace(value.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == value.length() ? value : value.substring(start, end);
    }

    /** @return the value as an error message repeats it: its first characters only */
    static String shown(String value) {
        return value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "...";
    }

    private static String present(String value, String element) {
        if (value == null) {
            throw InvalidWireValue.answer(element, "the answer has no " + element);
        }
        return collapse(value);
    }

    /** @return true when {@code text[from, to)} is one or more ASCII digits */
    private static boolean digits(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static InvalidWireValue notA(String what, String text, String element) {
        return InvalidWireValue.answer(element, element + " holds '" + shown(text) + "', which is not " + what);
    }
}
