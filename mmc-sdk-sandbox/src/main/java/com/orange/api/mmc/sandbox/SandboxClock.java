package com.orange.api.mmc.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests can set and move, so that the sandbox's time rules (start at most one hour early, the
 * list and licence windows, conferences that end) are testable without sleeping. Thread-safe.
 *
 * <pre>{@code
 * SandboxClock clock = SandboxClock.at(Instant.parse("2030-01-01T09:00:00Z"));
 * MmcSandbox sandbox = MmcSandbox.builder().clock(clock).start();
 * clock.advance(Duration.ofHours(2));
 * }</pre>
 */
public final class SandboxClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private SandboxClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** @return a clock standing still at {@code instant} until set or advanced */
    public static SandboxClock at(Instant instant) {
        return new SandboxClock(new AtomicReference<>(Objects.requireNonNull(instant, "instant")), ZoneOffset.UTC);
    }

    /** Moves the clock to {@code instant}. */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    /** Moves the clock forward (or back, for a negative duration). */
    public void advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        now.updateAndGet(current -> current.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new SandboxClock(now, newZone);
    }
}
