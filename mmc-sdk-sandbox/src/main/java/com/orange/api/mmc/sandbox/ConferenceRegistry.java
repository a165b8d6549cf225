package com.orange.api.mmc.sandbox;

import com.orange.api.mmc.MmcError;
import com.orange.api.mmc.webservice.MmcServiceFault;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The sandbox's memory: web conferences, audio conferences and invitations, with the state machine of the
 * manual (not started, started, stopped; deleted before start). Safe under concurrent calls: the maps are
 * concurrent and every read or change of one conference happens under that conference's lock, which only this
 * class takes: callers hand it what to do with a booking ({@link Action}, a function) and it runs that under
 * the lock, after bringing the booking's state up to the clock.
 *
 * <p>A conference starts when its organizer starts it (the API for a scheduled one, the portal's button for
 * either kind), or when it is booked with {@code conferenceAutoLaunched=True}, ahead of its start by the period
 * its {@code conferenceAutoLaunchedDuration} names. A scheduled one stops when its end passes; either kind
 * stops when its organizer leaves it on the portal. An instantaneous conference that is not in session answers
 * {@code Stopped} ({@link Booking#wireState()}), as the manual's list sample shows those its samples made; its
 * organizer can still open it until it has been held.
 */
final class ConferenceRegistry {

    /** How early a scheduled conference may be started. */
    static final Duration EARLY_START = Duration.ofHours(1);

    enum State {
        NOT_STARTED("NotStarted"), STARTED("Started"), STOPPED("Stopped"), DELETED("Deleted");

        final String wire;

        State(String wire) {
            this.wire = wire;
        }
    }

    /** What an audio attendee's line is doing, as the pilot page shows and changes it. */
    enum LineState {
        CONNECTED, MUTED, DISCONNECTED
    }

    /** An audio attendee's line: who, which number, and its state. Changes under its booking's lock. */
    static final class Line {
        final String name;
        final String phone;
        LineState state = LineState.CONNECTED;

        Line(String name, String phone) {
            this.name = name;
            this.phone = phone;
        }
    }

    /** A web or audio conference. Fields change only under the object's lock. */
    static final class Booking {
        final long id;
        final boolean audio;
        final boolean scheduled;
        final SandboxAccount owner;
        /** In the start URL: who has it may see the organizer's pages. */
        final String token = UUID.randomUUID().toString().toUpperCase();
        /** Only in the organizer's pages: what their forms must carry to change anything (anti-forgery). */
        final String formToken = UUID.randomUUID().toString();
        final String accessCode;
        final Instant createdAt;
        /** An audio conference's host and attendees, for the pilot page. */
        List<Line> lines = List.of();
        String name;
        String password;
        OffsetDateTime start;
        OffsetDateTime end;
        Map<String, String> parameters;
        State state = State.NOT_STARTED;
        /** How long before its start an auto-launched conference launches itself. */
        Duration anticipation = Duration.ZERO;
        Instant startedAt;
        Instant stoppedAt;

        Booking(long id, boolean audio, boolean scheduled, SandboxAccount owner, String accessCode, Instant createdAt) {
            this.id = id;
            this.audio = audio;
            this.scheduled = scheduled;
            this.owner = owner;
            this.accessCode = accessCode;
            this.createdAt = createdAt;
        }

        /** @return whether it starts by itself at its start time ({@code conferenceAutoLaunched=True}) */
        boolean autoLaunched() {
            return scheduled && "true".equalsIgnoreCase(parameters.get("conferenceAutoLaunched"));
        }

        /**
         * @return the state the service answers: an instantaneous conference not in session is {@code Stopped},
         *         whether or not it was held, as the manual's GetConferencesList sample shows its instantaneous
         *         conferences (never opened by the samples); a scheduled one answers its state
         */
        String wireState() {
            return !scheduled && state == State.NOT_STARTED ? State.STOPPED.wire : state.wire;
        }

        /** @return when an auto-launched conference launches itself: its start, less its anticipation */
        Instant launchAt() {
            return start.toInstant().minus(anticipation);
        }

        /** @return when it started, or for an instantaneous one not yet opened, when it was created */
        Instant startOrCreation() {
            return startedAt != null ? startedAt : createdAt;
        }
    }

    /** An invited participant. */
    record Invitation(long id, long conferenceId, String firstName, String lastName, String mail, String cultureName,
            String token) {
    }

    private final Clock clock;
    private final AtomicLong ids = new AtomicLong(37890);
    private final Map<Long, Booking> bookings = new ConcurrentHashMap<>();
    private final Map<Long, Invitation> invitations = new ConcurrentHashMap<>();

    ConferenceRegistry(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** What an operation does with a booking under its lock; it may refuse with the manual's code. */
    interface Action<T> {
        T on(Booking booking) throws MmcServiceFault;
    }

    /**
     * Creates a booking, lets {@code fill} set its name, password, slot and parameters and {@code answer}
     * describe it under its lock, and only then publishes it: readers (lists, details, licences) never see a
     * half-made booking.
     */
    <T> T create(SandboxAccount owner, boolean audio, boolean scheduled, Consumer<Booking> fill,
            Function<Booking, T> answer) {
        long id = ids.incrementAndGet();
        String accessCode = String.valueOf(100000 + ThreadLocalRandom.current().nextInt(900000));
        Booking booking = new Booking(id, audio, scheduled, owner, accessCode, now());
        T answered;
        synchronized (booking) {
            fill.accept(booking);
            answered = answer.apply(booking);
        }
        bookings.put(id, booking);
        return answered;
    }

    /** @return what {@code view} makes of a booking, read under its lock with its state brought up to the clock */
    <T> T read(Booking booking, Function<Booking, T> view) {
        synchronized (booking) {
            refresh(booking);
            return view.apply(booking);
        }
    }

    /** @return what {@code view} makes of a booking read under its lock, for pages that only show it */
    static <T> T locked(Booking booking, Supplier<T> view) {
        synchronized (booking) {
            return view.get();
        }
    }

    Invitation invite(long conferenceId, String firstName, String lastName, String mail, String cultureName) {
        Invitation invitation = new Invitation(ids.incrementAndGet(), conferenceId, firstName, lastName, mail,
                cultureName, UUID.randomUUID().toString().toUpperCase());
        invitations.put(invitation.id(), invitation);
        return invitation;
    }

    Invitation invitation(long id) {
        return invitations.get(id);
    }

    /** @return how many participants were invited to a conference */
    long participants(long conferenceId) {
        return invitations.values().stream().filter(invitation -> invitation.conferenceId() == conferenceId).count();
    }

    /** What a connection to a booking is for, which decides what is checked beyond its password. */
    enum Purpose {
        /** Modify, delete or start a web conference: its organizer only, a scheduled one. */
        MANAGE(false, true),
        /** Join a web conference: anyone with its password. */
        JOIN(false, false),
        /** Modify or start an audio conference: its organizer only, a scheduled one. */
        MANAGE_AUDIO(true, true);

        final boolean audio;
        final boolean organizerOnly;

        Purpose(boolean audio, boolean organizerOnly) {
            this.audio = audio;
            this.organizerOnly = organizerOnly;
        }
    }

    /**
     * Runs {@code action} on the booking a connection names, under its lock, once checked as the manual says:
     * found (MMC_46), not deleted (MMC_35), the right password (MMC_28), of the right kind (MMC_45) and, for
     * changes, its organizer's (MMC_44).
     */
    <T> T connect(long id, String password, SandboxAccount caller, Purpose purpose, Action<T> action)
            throws MmcServiceFault {
        Booking booking = bookings.get(id);
        if (booking == null || booking.audio != purpose.audio) {
            throw Faults.of(MmcError.MMC_46);
        }
        synchronized (booking) {
            refresh(booking);
            if (booking.state == State.DELETED) {
                throw Faults.of(MmcError.MMC_35);
            }
            if (!booking.password.equals(password)) {
                throw Faults.of(MmcError.MMC_28);
            }
            if (purpose.organizerOnly && !booking.owner.serviceAccount().equals(caller.serviceAccount())) {
                throw Faults.of(MmcError.MMC_44);
            }
            if (purpose.organizerOnly && !booking.scheduled) {
                throw Faults.of(MmcError.MMC_45);
            }
            return action.on(booking);
        }
    }

    /** Checks a booking is still to start: MMC_33 when started, MMC_34 when over. Call under its lock. */
    void requireNotStarted(Booking booking) throws MmcServiceFault {
        refresh(booking);
        if (booking.state == State.STARTED) {
            throw Faults.of(MmcError.MMC_33);
        }
        if (booking.state == State.STOPPED) {
            throw Faults.of(MmcError.MMC_34);
        }
    }

    /**
     * Checks a conference can still take guests: not over (MMC_34), and not a slot that ended without the
     * conference ever starting (MMC_49). Call under its lock.
     */
    void requireJoinable(Booking booking) throws MmcServiceFault {
        refresh(booking);
        if (booking.state == State.STOPPED) {
            throw Faults.of(MmcError.MMC_34);
        }
        if (booking.state == State.NOT_STARTED && booking.scheduled && !now().isBefore(booking.end.toInstant())) {
            throw Faults.of(MmcError.MMC_49);
        }
    }

    /**
     * Starts a booking: an instantaneous one at any time, a scheduled one at most an hour before its start
     * (MMC_48 or, for audio, MMC_535) and before its end (MMC_49, MMC_534). Call under its lock.
     */
    void start(Booking booking) throws MmcServiceFault {
        requireNotStarted(booking);
        Instant now = now();
        if (!booking.scheduled) {
            booking.state = State.STARTED;
            booking.startedAt = now;
            return;
        }
        if (now.isBefore(booking.start.toInstant().minus(EARLY_START))) {
            throw Faults.of(booking.audio ? MmcError.MMC_535 : MmcError.MMC_48);
        }
        if (!now.isBefore(booking.end.toInstant())) {
            throw Faults.of(booking.audio ? MmcError.MMC_534 : MmcError.MMC_49);
        }
        booking.state = State.STARTED;
        booking.startedAt = now;
    }

    /** Ends a running booking now (the organizer left it on the portal). Call under its lock. */
    void stop(Booking booking) {
        refresh(booking);
        if (booking.state == State.STARTED) {
            booking.state = State.STOPPED;
            booking.stoppedAt = now();
        }
    }

    void delete(Booking booking) throws MmcServiceFault {
        requireNotStarted(booking);
        booking.state = State.DELETED;
    }

    /**
     * Describes a conference for details under its lock: found (MMC_106), not deleted (MMC_104), of the caller's
     * contract (MMC_105).
     */
    <T> T details(long id, SandboxAccount caller, Function<Booking, T> describe) throws MmcServiceFault {
        Booking booking = bookings.get(id);
        if (booking == null) {
            throw Faults.of(MmcError.MMC_106);
        }
        synchronized (booking) {
            refresh(booking);
            if (booking.state == State.DELETED) {
                throw Faults.of(MmcError.MMC_104);
            }
            if (!booking.owner.contract().equals(caller.contract())) {
                throw Faults.of(MmcError.MMC_105);
            }
            return describe.apply(booking);
        }
    }

    Booking find(long id) {
        Booking booking = bookings.get(id);
        if (booking != null) {
            synchronized (booking) {
                refresh(booking);
            }
        }
        return booking;
    }

    /**
     * Describes, each under its lock, the web and audio conferences of the caller's contract that start within
     * the window, optionally of one host, by identifier.
     */
    <T> List<T> list(SandboxAccount caller, OffsetDateTime from, OffsetDateTime to, Long hostId,
            Function<Booking, T> describe) {
        List<Booking> candidates = new ArrayList<>(bookings.values());
        candidates.sort(Comparator.comparingLong(booking -> booking.id));
        List<T> found = new ArrayList<>();
        for (Booking booking : candidates) {
            synchronized (booking) {
                refresh(booking);
                Instant start = startOf(booking);
                if (booking.state != State.DELETED
                        && booking.owner.contract().equals(caller.contract())
                        && (hostId == null || booking.owner.hostId() == hostId)
                        && !start.isBefore(from.toInstant()) && !start.isAfter(to.toInstant())) {
                    found.add(describe.apply(booking));
                }
            }
        }
        return found;
    }

    /**
     * The most web conferences of the caller's contract that ran at the same time within the window: each
     * running conference holds one connection from its start to its stop (or now).
     */
    int peakConcurrency(SandboxAccount caller, Instant from, Instant to) {
        Map<Instant, Integer> changes = new LinkedHashMap<>();
        for (Booking booking : bookings.values()) {
            synchronized (booking) {
                refresh(booking);
                if (booking.audio || booking.startedAt == null || !booking.owner.contract().equals(caller.contract())) {
                    continue;
                }
                Instant begin = booking.startedAt.isBefore(from) ? from : booking.startedAt;
                Instant finish = booking.stoppedAt == null ? now() : booking.stoppedAt;
                finish = finish.isAfter(to) ? to : finish;
                if (begin.isBefore(finish)) {
                    changes.merge(begin, 1, Integer::sum);
                    changes.merge(finish, -1, Integer::sum);
                }
            }
        }
        int current = 0;
        int peak = 0;
        for (Map.Entry<Instant, Integer> change : changes.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            current += change.getValue();
            peak = Math.max(peak, current);
        }
        return peak;
    }

    private static Instant startOf(Booking booking) {
        return booking.scheduled ? booking.start.toInstant() : booking.startOrCreation();
    }

    /**
     * Starts an auto-launched booking whose launch time has come, and stops a scheduled one whose end has passed
     * (an instantaneous one runs until its organizer leaves it). Call under its lock.
     */
    private void refresh(Booking booking) {
        if (booking.state == State.NOT_STARTED && booking.autoLaunched() && !now().isBefore(booking.launchAt())) {
            booking.state = State.STARTED;
            booking.startedAt = booking.launchAt();
        }
        if (booking.state != State.STARTED || !booking.scheduled) {
            return;
        }
        Instant end = booking.end.toInstant();
        if (!now().isBefore(end)) {
            booking.state = State.STOPPED;
            booking.stoppedAt = end;
        }
    }
}
