package com.orange.api.mmc.sandbox;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The sandbox's own reading and writing of the {@code xsd:dateTime} and {@code xsd:long} texts of the
 * generated types: the server side does not share the SDK's internal mapping, so that each side can be
 * checked against the other. A request value that is not what the schema says throws {@link Unreadable},
 * which the endpoint answers with the gateway's {@code REQ.SCHEMA_VALIDATION_ERROR} (table A.5). Dates are
 * written with at most seven fraction digits, the most a .NET service writes.
 */
final class SandboxValues {

    /** The finest fraction of a second a .NET {@code DateTime} carries: 100 ns, seven digits. */
    private static final int TICK_NANOS = 100;

    /** A request value that is not of its schema type. */
    static final class Unreadable extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    private SandboxValues() {
    }

    /**
     * @return the instant a request carries; a value without an offset is UTC, the service's zone; null for null
     * @throws Unreadable when the text is not a date and time
     */
    static OffsetDateTime read(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        boolean midnightOfNextDay = text.length() > 13 && text.startsWith("T24:00:00", 10);
        String parsed = midnightOfNextDay ? text.substring(0, 11) + "00" + text.substring(13) : text;
        try {
            boolean offset = parsed.endsWith("Z") || parsed.lastIndexOf('+') > 10 || parsed.lastIndexOf('-') > 10;
            OffsetDateTime date = offset ? OffsetDateTime.parse(parsed)
                    : LocalDateTime.parse(parsed).atOffset(ZoneOffset.UTC);
            return midnightOfNextDay ? date.plusDays(1) : date;
        } catch (DateTimeParseException e) {
            throw unreadable(text, "dateTime");
        }
    }

    /** @return the same instant with its offset, as xsd:dateTime writes it, to the 100 ns; null for null */
    static String write(OffsetDateTime value) {
        return value == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                value.withNano(value.getNano() / TICK_NANOS * TICK_NANOS));
    }

    /**
     * @return the identifier a request carries; null for null
     * @throws Unreadable when the text is not an integer
     */
    static Long id(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw unreadable(value.strip(), "long");
        }
    }

    private static Unreadable unreadable(String text, String type) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return new Unreadable("'" + shown + "' is not a valid xsd:" + type);
    }
}
