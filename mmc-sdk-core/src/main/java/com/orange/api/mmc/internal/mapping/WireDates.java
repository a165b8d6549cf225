package com.orange.api.mmc.internal.mapping;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Converts between {@code java.time} and the text of {@code xsd:dateTime} values (the generated types
 * hold that text; see {@code src/main/bindings/wire-values.xml}). Dates sent denote exactly the caller's
 * instant; dates received are mapped exactly or refused naming the element and its value, never
 * guessed or dropped.
 */
public final class WireDates {

    /** The largest offset an xsd:dateTime can write: 14 hours. */
    private static final int MAX_OFFSET_SECONDS = 14 * 3600;
    private static final int NANO_DIGITS = 9;

    private WireDates() {
    }

    /**
     * The wire form of a date, denoting exactly the same instant: its own offset when XML can write it
     * (whole minutes, at most 14 hours), else UTC; {@code Z} for UTC; the fraction of a second to the last
     * non-zero digit.
     *
     * @param field the request field, named when the date cannot be sent (a year outside 0001 to 9999, in its
     *              own offset or, when that offset cannot be written, in UTC; {@code OffsetDateTime.MIN} and
     *              {@code MAX} included)
     * @return the lexical xsd:dateTime; null for null
     */
    public static String toWire(OffsetDateTime value, String field) {
        if (value == null) {
            return null;
        }
        int offsetSeconds = value.getOffset().getTotalSeconds();
        OffsetDateTime sent = offsetSeconds % 60 != 0 || Math.abs(offsetSeconds) > MAX_OFFSET_SECONDS
                ? inUtc(value, field) : value;
        if (sent.getYear() < 1 || sent.getYear() > 9999) {
            throw outsideTheWire(value, field);
        }
        StringBuilder text = new StringBuilder(35);
        digits(text, sent.getYear(), 4).append('-');
        digits(text, sent.getMonthValue(), 2).append('-');
        digits(text, sent.getDayOfMonth(), 2).append('T');
        digits(text, sent.getHour(), 2).append(':');
        digits(text, sent.getMinute(), 2).append(':');
        digits(text, sent.getSecond(), 2);
        int nanos = sent.getNano();
        if (nanos != 0) {
            int length = NANO_DIGITS;
            while (nanos % 10 == 0) {
                nanos /= 10;
                length--;
            }
            digits(text.append('.'), nanos, length);
        }
        int offsetMinutes = sent.getOffset().getTotalSeconds() / 60;
        if (offsetMinutes == 0) {
            return text.append('Z').toString();
        }
        text.append(offsetMinutes < 0 ? '-' : '+');
        digits(text, Math.abs(offsetMinutes) / 60, 2).append(':');
        return digits(text, Math.abs(offsetMinutes) % 60, 2).toString();
    }

    /**
     * The date of an answer, mapped exactly: text that is not one whole xsd:dateTime (a year alone, a 30th
     * of February, a 60th second, {@code not-a-date}, more digits of a second than a nanosecond holds)
     * fails the call naming the element and the value. A value without an offset is UTC, the service's
     * zone; {@code 24:00:00} is the first instant of the next day.
     *
     * @param element the answer element, named when its value cannot be mapped
     * @return the date; null when the element is absent
     */
    public static OffsetDateTime fromWire(String value, String element) {
        if (value == null) {
            return null;
        }
        String text = WireNumbers.collapse(value);
        try {
            return new Reader(text).dateTime();
        } catch (DateTimeException e) {
            throw InvalidWireValue.answer(element, element + " holds '" + WireNumbers.shown(text)
                    + "', which is not a date and time (" + e.getMessage() + ")");
        }
    }

    /** The same instant in UTC; a date whose UTC form java.time cannot hold is far outside the wire's years. */
    private static OffsetDateTime inUtc(OffsetDateTime value, String field) {
        try {
            return value.withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw outsideTheWire(value, field);
        }
    }

    private static InvalidWireValue outsideTheWire(OffsetDateTime value, String field) {
        return InvalidWireValue.input(InvalidWireValue.INVALID_DATE, field, field + " " + value
                + " is outside the years 0001 to 9999 that the service's dates can hold");
    }

    private static StringBuilder digits(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }

    /** A strict reader of the lexical form {@code yyyy-mm-ddThh:mm:ss(.s+)?(Z|(+|-)hh:mm)?}. */
    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        OffsetDateTime dateTime() {
            int yearStart = at;
            while (at < text.length() && isDigit(text.charAt(at))) {
                at++;
            }
            int yearDigits = at - yearStart;
            if (yearDigits < 4 || yearDigits > 9 || (yearDigits > 4 && text.charAt(yearStart) == '0')) {
                throw new DateTimeException("the year must have four digits or more, without a leading zero");
            }
            int year = Integer.parseInt(text, yearStart, at, 10);
            int month = next('-', 2);
            int day = next('-', 2);
            int hour = next('T', 2);
            int minute = next(':', 2);
            int second = next(':', 2);
            int nanos = fraction();
            ZoneOffset offset = offset();
            if (at != text.length()) {
                throw new DateTimeException("unexpected text at position " + (at + 1));
            }
            if (year < 1) {
                throw new DateTimeException("year 0000 is not a year");
            }
            boolean endOfDay = hour == 24;
            if (endOfDay && (minute != 0 || second != 0 || nanos != 0)) {
                throw new DateTimeException("24 is an hour only as 24:00:00");
            }
            OffsetDateTime date = OffsetDateTime.of(year, month, day, endOfDay ? 0 : hour, minute, second, nanos, offset);
            return endOfDay ? date.plusDays(1) : date;
        }

        /** @return the number of {@code width} digits after {@code separator} */
        private int next(char separator, int width) {
            if (at >= text.length() || text.charAt(at) != separator) {
                throw new DateTimeException("'" + separator + "' expected at position " + (at + 1));
            }
            at++;
            return number(width);
        }

        private int number(int width) {
            if (at + width > text.length()) {
                throw new DateTimeException("the value ends too early");
            }
            int value = 0;
            for (int end = at + width; at < end; at++) {
                char c = text.charAt(at);
                if (!isDigit(c)) {
                    throw new DateTimeException("digit expected at position " + (at + 1));
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }

        private int fraction() {
            if (at >= text.length() || text.charAt(at) != '.') {
                return 0;
            }
            int start = ++at;
            int nanos = 0;
            while (at < text.length() && isDigit(text.charAt(at))) {
                int digit = text.charAt(at) - '0';
                if (at - start < NANO_DIGITS) {
                    nanos = nanos * 10 + digit;
                } else if (digit != 0) {
                    throw new DateTimeException("more digits of a second than a nanosecond holds");
                }
                at++;
            }
            if (at == start) {
                throw new DateTimeException("digit expected at position " + (at + 1));
            }
            for (int i = at - start; i < NANO_DIGITS; i++) {
                nanos *= 10;
            }
            return nanos;
        }

        private ZoneOffset offset() {
            if (at >= text.length()) {
                return ZoneOffset.UTC;
            }
            char sign = text.charAt(at);
            if (sign == 'Z') {
                at++;
                return ZoneOffset.UTC;
            }
            if (sign != '+' && sign != '-') {
                throw new DateTimeException("'Z', '+' or '-' expected at position " + (at + 1));
            }
            at++;
            int hours = number(2);
            int minutes = next(':', 2);
            if (minutes > 59 || hours * 60 + minutes > MAX_OFFSET_SECONDS / 60) {
                throw new DateTimeException("the offset is beyond 14:00");
            }
            int seconds = (hours * 60 + minutes) * 60;
            return ZoneOffset.ofTotalSeconds(sign == '-' ? -seconds : seconds);
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }
}
