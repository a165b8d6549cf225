package com.orange.api.mmc;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link ConferenceWatch} polls: how often, over which window of start dates, and by which clock. Immutable;
 * built by {@link #builder()}.
 *
 * <pre>{@code
 * WatchOptions options = WatchOptions.builder()
 *         .pollInterval(Duration.ofMinutes(1))
 *         .window(Duration.ofHours(12), Duration.ofDays(30))
 *         .build();
 * }</pre>
 *
 * <p>Defaults: a poll every {@link #DEFAULT_POLL_INTERVAL 30 seconds} (two {@code getConferencesList} calls a
 * minute), over the conferences starting between {@link #DEFAULT_BEHIND one day ago} and
 * {@link #DEFAULT_AHEAD 90 days ahead}, by the system clock in UTC.
 */
public final class WatchOptions {

    /** The default time between the end of a poll and the start of the next one: 30 seconds. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(30);
    /** The default reach of the window into the past: conferences that started up to one day ago. */
    public static final Duration DEFAULT_BEHIND = Duration.ofDays(1);
    /** The default reach of the window into the future: conferences that start within 90 days. */
    public static final Duration DEFAULT_AHEAD = Duration.ofDays(90);
    /** The farthest the window reaches into the past: the service lists no further than six months back. */
    public static final Duration MAX_BEHIND = Duration.ofDays(180);
    /** The farthest the window reaches into the future: the service lists no further than a year ahead. */
    public static final Duration MAX_AHEAD = Duration.ofDays(364);

    private static final WatchOptions DEFAULTS = builder().build();

    private final Duration pollInterval;
    private final Duration behind;
    private final Duration ahead;
    private final Clock clock;

    private WatchOptions(Builder builder) {
        this.pollInterval = builder.pollInterval;
        this.behind = builder.behind;
        this.ahead = builder.ahead;
        this.clock = builder.clock;
    }

    /** @return the options a watch uses when none are given */
    public static WatchOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder holding the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the time between the end of a poll (its events delivered) and the start of the next one */
    public Duration pollInterval() {
        return pollInterval;
    }

    /** @return how far before now the window of start dates reaches */
    public Duration behind() {
        return behind;
    }

    /** @return how far after now the window of start dates reaches */
    public Duration ahead() {
        return ahead;
    }

    /** @return the clock giving "now" for the window and {@link ConferenceEvent#observedAt()} */
    public Clock clock() {
        return clock;
    }

    @Override
    public String toString() {
        return "WatchOptions[pollInterval=" + pollInterval + ", behind=" + behind + ", ahead=" + ahead + "]";
    }

    /** Collects the options; {@link #build()} returns them. */
    public static final class Builder {

        private Duration pollInterval = DEFAULT_POLL_INTERVAL;
        private Duration behind = DEFAULT_BEHIND;
        private Duration ahead = DEFAULT_AHEAD;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * @param interval the time between the end of a poll and the start of the next one, at least 1 ms; each
         *                 poll is one {@code getConferencesList} call
         * @throws IllegalArgumentException when {@code interval} is shorter than 1 ms
         */
        public Builder pollInterval(Duration interval) {
            Objects.requireNonNull(interval, "interval");
            if (interval.compareTo(Duration.ofMillis(1)) < 0) {
                throw new IllegalArgumentException("pollInterval must be at least 1 ms, was " + interval);
            }
            this.pollInterval = interval;
            return this;
        }

        /**
         * The window of start dates the watch lists, which slides with the clock: from {@code now - behind} to
         * {@code now + ahead}. A conference that started before {@code now - behind} leaves it silently, so
         * {@code behind} should exceed the longest conference whose end you want to see.
         *
         * @throws IllegalArgumentException when {@code behind} is negative or beyond {@link #MAX_BEHIND}, or
         *                                  {@code ahead} negative or beyond {@link #MAX_AHEAD}
         */
        public Builder window(Duration behind, Duration ahead) {
            Objects.requireNonNull(behind, "behind");
            Objects.requireNonNull(ahead, "ahead");
            if (behind.isNegative() || behind.compareTo(MAX_BEHIND) > 0) {
                throw new IllegalArgumentException("window behind must be between 0 and " + MAX_BEHIND + ", was " + behind);
            }
            if (ahead.isNegative() || ahead.compareTo(MAX_AHEAD) > 0) {
                throw new IllegalArgumentException("window ahead must be between 0 and " + MAX_AHEAD + ", was " + ahead);
            }
            this.behind = behind;
            this.ahead = ahead;
            return this;
        }

        /**
         * @param clock the clock giving "now" for the window; it should follow the service's time (by default
         *              the system clock in UTC; a test against the sandbox passes the sandbox's clock)
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @return the options collected, every one already checked */
        public WatchOptions build() {
            return new WatchOptions(this);
        }
    }
}
