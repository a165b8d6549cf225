package com.orange.api.mmc.internal.watch;

import com.orange.api.common.OrangeApiException;
import com.orange.api.mmc.ConferenceEvent;
import com.orange.api.mmc.MmcError;
import com.orange.api.mmc.MmcException;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ConferenceState;
import com.orange.api.mmc.model.ScheduledConference;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One watch's memory of the conferences it saw and how it makes a poll: the list over the window
 * {@code [now - behind, now + ahead]}, compared by identifier with the previous answer. Not thread-safe: one
 * poll at a time (the watch's thread).
 *
 * <p>What it knows changes only when the list call succeeds, so a failed poll neither loses nor repeats an
 * event. A conference missing from the answer is forgotten silently when its start left the window; otherwise
 * its details decide (see {@link com.orange.api.mmc.ConferenceWatch}).
 */
public final class ConferencePoller {

    /** What a successful poll found: its events in order, and the details lookups that failed. */
    public record Outcome(List<ConferenceEvent> events, List<OrangeApiException> failures) {
    }

    /** A conference as seen, with the values compared between polls. */
    private record Seen(Conference conference, ConferenceState state, Fingerprint fingerprint) {
        static Seen of(Conference conference) {
            return new Seen(conference, conference.getState(), Fingerprint.of(conference));
        }
    }

    /** Every field of a conference but its state, as values: a difference is a {@code CHANGED}. */
    private record Fingerprint(Class<?> kind, String name, String password, String url, String accessCode,
            String hostFirstName, String hostLastName, String hostLogin, String origin, Instant start, Instant end,
            String type, Map<String, String> parameters) {
        static Fingerprint of(Conference c) {
            Instant end = c instanceof ScheduledConference scheduled && scheduled.getEndDate() != null
                    ? scheduled.getEndDate().toInstant() : null;
            return new Fingerprint(c.getClass(), c.getName(), c.getPassword(), c.getUrl(), c.getAccessCode(),
                    c.getHostFirstName(), c.getHostLastName(), c.getHostLogin(), c.getOrigin(),
                    c.getStartDate() == null ? null : c.getStartDate().toInstant(), end, c.getTypeValue(),
                    new HashMap<>(c.getParameters()));
        }
    }

    private final ConferenceSource source;
    private final Clock clock;
    private final Duration behind;
    private final Duration ahead;
    private Map<Long, Seen> known;

    public ConferencePoller(ConferenceSource source, Clock clock, Duration behind, Duration ahead) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.behind = Objects.requireNonNull(behind, "behind");
        this.ahead = Objects.requireNonNull(ahead, "ahead");
    }

    /**
     * Makes one poll. The first one only records the baseline and returns no event.
     *
     * @throws OrangeApiException (or any exception of the list call) when the list call fails: nothing changed
     */
    public Outcome poll() {
        Instant now = clock.instant();
        OffsetDateTime from = now.minus(behind).atOffset(ZoneOffset.UTC);
        OffsetDateTime to = now.plus(ahead).atOffset(ZoneOffset.UTC);
        List<Conference> answer = source.list(from, to);
        Instant observedAt = clock.instant();
        Map<Long, Seen> next = new LinkedHashMap<>();
        if (known == null) {
            for (Conference conference : answer) {
                if (conference.getState() != ConferenceState.DELETED) {
                    next.put(conference.getIdentifier(), Seen.of(conference));
                }
            }
            known = next;
            return new Outcome(List.of(), List.of());
        }
        List<ConferenceEvent> events = new ArrayList<>();
        List<OrangeApiException> failures = new ArrayList<>();
        Set<Long> listed = new HashSet<>();
        for (Conference conference : answer) {
            long id = conference.getIdentifier();
            listed.add(id);
            Seen before = known.get(id);
            Seen current = Seen.of(conference);
            if (current.state() == ConferenceState.DELETED) {
                if (before != null) {
                    events.add(new ConferenceEvent(ConferenceEvent.Type.REMOVED, conference, before.conference(),
                            observedAt));
                }
                continue;
            }
            if (before == null) {
                events.add(new ConferenceEvent(ConferenceEvent.Type.BOOKED, conference, null, observedAt));
            } else {
                change(before, current, observedAt, events);
            }
            next.put(id, current);
        }
        for (Map.Entry<Long, Seen> entry : known.entrySet()) {
            if (!listed.contains(entry.getKey())) {
                missing(entry.getValue(), from, to, observedAt, next, events, failures);
            }
        }
        known = next;
        return new Outcome(List.copyOf(events), List.copyOf(failures));
    }

    /** A known conference absent from the answer: slid out, deleted, moved out, or a lookup to retry. */
    private void missing(Seen before, OffsetDateTime from, OffsetDateTime to, Instant observedAt,
            Map<Long, Seen> next, List<ConferenceEvent> events, List<OrangeApiException> failures) {
        OffsetDateTime start = before.conference().getStartDate();
        if (start != null && start.isBefore(from)) {
            return;
        }
        long id = before.conference().getIdentifier();
        Conference found;
        try {
            found = source.details(id);
        } catch (MmcException refused) {
            MmcError error = refused.getError().orElse(null);
            if (error == MmcError.MMC_104 || error == MmcError.MMC_106) {
                events.add(new ConferenceEvent(ConferenceEvent.Type.REMOVED, before.conference(), before.conference(),
                        observedAt));
            } else {
                failures.add(refused);
                next.put(id, before);
            }
            return;
        } catch (OrangeApiException failed) {
            failures.add(failed);
            next.put(id, before);
            return;
        }
        Seen current = Seen.of(found);
        if (current.state() == ConferenceState.DELETED) {
            events.add(new ConferenceEvent(ConferenceEvent.Type.REMOVED, found, before.conference(), observedAt));
            return;
        }
        change(before, current, observedAt, events);
        OffsetDateTime foundStart = found.getStartDate();
        // Kept only while its start says the list should have shown it; without a start date, the list is the
        // only evidence, and it left: forgotten, so that it is not looked up at every poll.
        boolean inWindow = foundStart != null && !foundStart.isBefore(from) && !foundStart.isAfter(to);
        if (inWindow) {
            next.put(id, current);
        }
    }

    /** Adds the event for a conference seen twice, if it changed: its state's event, else CHANGED. */
    private static void change(Seen before, Seen current, Instant observedAt, List<ConferenceEvent> events) {
        ConferenceEvent.Type type = null;
        if (before.state() != current.state()
                || !Objects.equals(before.conference().getStateValue(), current.conference().getStateValue())) {
            type = switch (current.state()) {
                case STARTED -> ConferenceEvent.Type.STARTED;
                case STOPPED -> ConferenceEvent.Type.STOPPED;
                case DELETED -> ConferenceEvent.Type.REMOVED;
                default -> ConferenceEvent.Type.CHANGED;
            };
        } else if (!before.fingerprint().equals(current.fingerprint())) {
            type = ConferenceEvent.Type.CHANGED;
        }
        if (type != null) {
            events.add(new ConferenceEvent(type, current.conference(), before.conference(), observedAt));
        }
    }
}
