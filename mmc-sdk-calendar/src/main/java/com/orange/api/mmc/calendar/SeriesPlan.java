package com.orange.api.mmc.calendar;

import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * The occurrences of a recurrence rule (RFC 5545 {@code RRULE}), expanded by ical4j from the first start taken
 * in the series' zone: every occurrence starts at the first one's local time (a weekly 10:00 in
 * {@code Europe/Paris} stays 10:00 across the changes to and from summer time) and lasts exactly as long as the
 * first. A local time that a change to summer time skips moves forward by the length of the gap, as
 * {@link ZonedDateTime} does.
 */
final class SeriesPlan {

    private SeriesPlan() {
    }

    /**
     * @return one conference description per occurrence, in order, the first being {@code first} itself
     * @throws IllegalArgumentException for a rule that does not parse, has no end ({@code COUNT} or
     *                                  {@code UNTIL}), gives more than {@link ConferenceSeries#MAX_OCCURRENCES},
     *                                  or whose occurrences do not start with {@code first}'s start
     */
    static List<ScheduledConferenceInfo> expand(ScheduledConferenceInfo first, String rrule, ZoneId zone) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(rrule, "rrule");
        Objects.requireNonNull(zone, "zone");
        OffsetDateTime firstStart = first.getStartDate();
        OffsetDateTime firstEnd = first.getEndDate();
        if (firstStart == null || firstEnd == null) {
            throw new IllegalArgumentException("the first occurrence needs a start and an end date");
        }
        if (!firstEnd.isAfter(firstStart)) {
            throw new IllegalArgumentException("the first occurrence ends (" + firstEnd + ") before it starts ("
                    + firstStart + ")");
        }
        Recur<ZonedDateTime> recur = parse(rrule);
        if (recur.getCount() < 1 && recur.getUntil() == null) {
            throw new IllegalArgumentException("RRULE '" + rrule + "' has no end: add COUNT or UNTIL (a series books"
                    + " every occurrence, at most " + ConferenceSeries.MAX_OCCURRENCES + ")");
        }
        if (recur.getFrequency() == Frequency.SECONDLY || recur.getFrequency() == Frequency.MINUTELY) {
            throw new IllegalArgumentException("RRULE '" + rrule + "': FREQ=" + recur.getFrequency()
                    + " makes no conference series; use HOURLY or a longer period");
        }
        ZonedDateTime seed = firstStart.atZoneSameInstant(zone);
        List<ZonedDateTime> starts;
        try {
            starts = recur.getDates(seed, seed, seed.plusYears(100), ConferenceSeries.MAX_OCCURRENCES + 1);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("RRULE '" + rrule + "' cannot be expanded from " + seed + ": "
                    + e.getMessage(), e);
        }
        if (starts.size() > ConferenceSeries.MAX_OCCURRENCES) {
            throw new IllegalArgumentException("RRULE '" + rrule + "' gives more than "
                    + ConferenceSeries.MAX_OCCURRENCES + " occurrences: book at most that many at once");
        }
        if (starts.isEmpty() || !starts.get(0).toInstant().equals(seed.toInstant())) {
            throw new IllegalArgumentException("the first start " + seed + " is not an occurrence of RRULE '" + rrule
                    + "' (RFC 5545: the series starts with its first occurrence); move it onto the rule");
        }
        Duration length = Duration.between(firstStart, firstEnd);
        List<ScheduledConferenceInfo> plan = new ArrayList<>(starts.size());
        for (ZonedDateTime start : starts) {
            OffsetDateTime offsetStart = start.toOffsetDateTime();
            plan.add(copy(first, first.getName(), first.getPassword(), offsetStart, offsetStart.plus(length)));
        }
        return List.copyOf(plan);
    }

    private static Recur<ZonedDateTime> parse(String rrule) {
        String value = rrule.strip();
        if (value.regionMatches(true, 0, "RRULE:", 0, 6)) {
            value = value.substring(6);
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException("RRULE is empty");
        }
        try {
            return new Recur<>(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("RRULE '" + rrule + "' is not an RFC 5545 recurrence rule: "
                    + e.getMessage(), e);
        }
    }

    /** A description with {@code template}'s optional parameters and the given fields. */
    static ScheduledConferenceInfo copy(ScheduledConferenceInfo template, String name, String password,
            OffsetDateTime start, OffsetDateTime end) {
        ScheduledConferenceInfo info = new ScheduledConferenceInfo(name, password, start, end);
        info.getOptionalParameters().putAll(template.getOptionalParameters());
        return info;
    }
}
