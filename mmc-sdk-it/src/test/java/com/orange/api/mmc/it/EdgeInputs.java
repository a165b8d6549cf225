package com.orange.api.mmc.it;

import com.orange.api.mmc.model.ConferenceOptionalParameter;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * The fuzz test's generator: seeded random values at the edges of what the wire carries, and the oracle that
 * says which of them XML 1.0 and {@code xsd:dateTime} can carry. Mostly legal values, so that most calls reach
 * the sandbox; the rest spread over every kind of value the SDK must refuse locally.
 */
final class EdgeInputs {

    /** The first and last instants an {@code xsd:dateTime} of the service can hold (years 0001 to 9999). */
    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");
    private static final int MAX_OFFSET = 18 * 3600;

    /** Characters XML 1.0 cannot carry, each kind a credential may hold by mistake. */
    private static final String[] NOT_CARRIED = {"\u0000", "\u000B", "\u0001", "\u001F", "\uFFFE", "\uFFFF",
        "\uD800", "\uDBFF", "\uDC00"};

    private final Random random;

    EdgeInputs(long seed) {
        this.random = new Random(seed);
    }

    boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    /** Random text: mostly legal, sometimes with a character XML 1.0 cannot carry. */
    String text() {
        int length = 1 + random.nextInt(12);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(48)) {
                case 0, 6, 7 -> text.append((char) random.nextInt(0x20));                     // controls: tab, LF, CR legal
                case 1 -> text.append((char) (0xD800 + random.nextInt(0x800)));               // lone surrogate
                case 2 -> text.append(random.nextBoolean() ? '\uFFFE' : '\uFFFF');
                case 3 -> text.appendCodePoint(0x10000 + random.nextInt(0x10000));             // astral pair
                case 4 -> text.append("<&>\"'");
                case 5 -> text.append((char) (0xE000 + random.nextInt(0x1FFE)));
                default -> text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }

    /**
     * A credential that no request can carry: the real one with a character XML cannot carry inserted, a
     * trailing lone high surrogate among them (the case that once failed as an exchange).
     */
    String spoiled(String credential) {
        if (chance(4)) {
            return credential + (char) (0xD800 + random.nextInt(0x400));
        }
        int at = random.nextInt(credential.length() + 1);
        return credential.substring(0, at) + NOT_CARRIED[random.nextInt(NOT_CARRIED.length)]
                + credential.substring(at);
    }

    /** A date a day to a month ahead, at a random second and nanosecond, in a random offset to the second. */
    OffsetDateTime future(OffsetDateTime now) {
        return now.plusDays(1 + random.nextInt(30)).plusSeconds(random.nextInt(86_400))
                .plusNanos(random.nextInt(1_000_000_000)).withOffsetSameInstant(offset());
    }

    /**
     * A date far beyond the wire's years, or beyond what {@code java.time} converts to UTC: the extremes of
     * {@code OffsetDateTime}, the first and last years java.time holds in an offset that makes their UTC form
     * overflow, years beyond 9999 or before 0001.
     */
    OffsetDateTime extreme() {
        return switch (random.nextInt(6)) {
            case 0 -> OffsetDateTime.MIN;
            case 1 -> OffsetDateTime.MAX;
            case 2 -> OffsetDateTime.of(LocalDateTime.MAX.minusSeconds(random.nextInt(86_400)), offset());
            case 3 -> OffsetDateTime.of(LocalDateTime.MIN.plusSeconds(random.nextInt(86_400)), offset());
            case 4 -> OffsetDateTime.of(10_000 + random.nextInt(999_990_000), 1 + random.nextInt(12), 1, 0, 0, 0, 0,
                    offset());
            default -> OffsetDateTime.of(-random.nextInt(999_999_999), 1 + random.nextInt(12), 1, 0, 0, 0, 0,
                    offset());
        };
    }

    /** An optional parameter's key: a known one, or (rarely) one that cannot be sent, null included. */
    ConferenceOptionalParameter key() {
        if (chance(6)) {
            return random.nextBoolean() ? null : ConferenceOptionalParameter.UNKNOWN_TO_SDK_VERSION;
        }
        ConferenceOptionalParameter[] keys = ConferenceOptionalParameter.values();
        return keys[random.nextInt(keys.length - 1)];
    }

    private ZoneOffset offset() {
        return ZoneOffset.ofTotalSeconds(random.nextInt(MAX_OFFSET * 2 + 1) - MAX_OFFSET);
    }

    /** XML 1.0's Char production. */
    static boolean carriable(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (!(c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code xsd:dateTime} can carry the date as the same instant: in its own offset when XML can write
     * that offset (whole minutes, at most 14 hours), its year between 0001 and 9999; else in UTC, between the
     * first and last instants of those years.
     */
    static boolean carriable(OffsetDateTime date) {
        if (date == null) {
            return true;
        }
        int offset = date.getOffset().getTotalSeconds();
        if (offset % 60 == 0 && Math.abs(offset) <= 14 * 3600) {
            return date.getYear() >= 1 && date.getYear() <= 9999;
        }
        Instant instant = date.toInstant();
        return !instant.isBefore(FIRST) && !instant.isAfter(LAST);
    }
}
