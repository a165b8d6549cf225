package com.orange.api.mmc.internal.transport;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.apache.hc.client5.http.utils.DateUtils;

/**
 * The value of a {@code Retry-After} header: a number of seconds, or the instant it names. The wait it asks
 * for is worked out against a given instant, so that the retry decision can be tested with a fixed clock.
 *
 * @param seconds the wait in seconds, or null when the header names an instant
 * @param date    the instant named, or null when the header gives seconds
 */
record RetryAfter(Duration seconds, Instant date) {

    /** @return the value, or null when absent or unreadable */
    static RetryAfter parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new RetryAfter(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))), null);
        } catch (NumberFormatException notSeconds) {
            try {
                Instant when = DateUtils.parseStandardDate(value.trim());
                return when == null ? null : new RetryAfter(null, when);
            } catch (DateTimeParseException | IllegalArgumentException unreadable) {
                return null;
            }
        }
    }

    /** @return the wait this asks for, from {@code now} (never negative) */
    Duration waitFrom(Instant now) {
        if (seconds != null) {
            return seconds;
        }
        Duration wait = Duration.between(now, date);
        return wait.isNegative() ? Duration.ZERO : wait;
    }
}

