package com.orange.api.mmc.samples.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of a bookings file ({@code mmc book --from}), in the order the help lists them. Besides these,
 * any {@code param.KEY} column sets an optional parameter. An optional column may be absent from the header
 * and blank in a row; {@link Booking#of} says what each means.
 */
enum BookingColumn {
    NAME("name", true),
    PASSWORD("password", true),
    START("start", true),
    END("end", true),
    TYPE("type", false),
    PARTICIPANTS("participants", false),
    HOST("host", false),
    ATTENDEES("attendees", false),
    DURATION("duration", false),
    /** A recurring series: read by {@link SeriesRow}, not {@link Booking}. */
    RRULE("rrule", false),
    /** The time zone whose local time a series keeps: read by {@link SeriesRow}. */
    ZONE("zone", false);

    /** The prefix of a column that sets an optional parameter: {@code param.conferenceVisibility}. */
    static final String PARAMETER_PREFIX = "param.";

    private final String header;
    private final boolean required;

    BookingColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    /** @return the column's name in the header line */
    String header() {
        return header;
    }

    /** @return whether every bookings file must have this column */
    boolean required() {
        return required;
    }

    /** @return the column named {@code header}, empty for a {@code param.KEY} or an unknown column */
    static Optional<BookingColumn> of(String header) {
        return Arrays.stream(values()).filter(column -> column.header.equals(header)).findFirst();
    }

    /** @return the headers of the required columns, or of the optional ones */
    static List<String> headers(boolean required) {
        return Arrays.stream(values()).filter(column -> column.required == required).map(BookingColumn::header).toList();
    }
}
