package com.orange.api.mmc.samples.cli;

import com.orange.api.mmc.model.Attendee;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How the command line reads dates and attendees. */
final class Converters {

    private Converters() {
    }

    /**
     * A date: ISO-8601 with an offset ({@code 2030-01-15T10:00:00+01:00}), without one (the local time
     * zone), or relative to now ({@code now}, {@code now+30m}, {@code now-6h}, {@code now+2d}).
     */
    static final class When implements ITypeConverter<OffsetDateTime> {

        private static final Pattern RELATIVE = Pattern.compile("now(?:([+-])(\\d+)([smhd]))?");

        @Override
        public OffsetDateTime convert(String value) {
            Matcher relative = RELATIVE.matcher(value.trim());
            if (relative.matches()) {
                OffsetDateTime now = OffsetDateTime.now();
                if (relative.group(1) == null) {
                    return now;
                }
                long amount = Long.parseLong(relative.group(2));
                Duration step = switch (relative.group(3)) {
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    case "h" -> Duration.ofHours(amount);
                    default -> Duration.ofDays(amount);
                };
                return relative.group(1).equals("+") ? now.plus(step) : now.minus(step);
            }
            try {
                return OffsetDateTime.parse(value);
            } catch (DateTimeParseException withoutOffset) {
                try {
                    return LocalDateTime.parse(value).atZone(ZoneId.systemDefault()).toOffsetDateTime();
                } catch (DateTimeParseException e) {
                    throw new TypeConversionException("'" + value + "' is not a date: use ISO-8601"
                            + " (2030-01-15T10:00:00+01:00) or now, now+30m, now-6h, now+2d");
                }
            }
        }
    }

    /** An attendee as {@code first,last,email,+phone}. */
    static final class AttendeeSpec implements ITypeConverter<Attendee> {

        @Override
        public Attendee convert(String value) {
            String[] parts = value.split(",", -1);
            if (parts.length != 4) {
                throw new TypeConversionException("'" + value + "' is not an attendee: use first,last,email,+phone"
                        + " (for example joe,black,joe.black@never.land,+33100000000)");
            }
            return new Attendee(parts[3].trim(), parts[0].trim(), parts[1].trim(), parts[2].trim());
        }
    }
}
