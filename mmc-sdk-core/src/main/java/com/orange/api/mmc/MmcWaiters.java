package com.orange.api.mmc;

import com.orange.api.common.OrangeApiException;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ConferenceState;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Waits until a conference reaches a state, by reading its details again and again: "tell me when it starts"
 * without a polling loop of your own. Get it with {@link Mmc#waiters()}; thread-safe.
 *
 * <pre>{@code
 * Conference started = mmc.waiters().untilState(organizer, conference.getIdentifier(),
 *         ConferenceState.STARTED, Duration.ofMinutes(30));
 * }</pre>
 *
 * <p>The schedule: a first {@code getConferenceDetails} call at once; then waits of the first interval
 * ({@link #DEFAULT_FIRST_INTERVAL one second} unless given), doubling after each call up to
 * {@link #MAX_INTERVAL 30 seconds} (or the first interval, if longer), the last wait cut short so that a last
 * call is made at the timeout. Waiting 10 minutes for a conference that does not start makes 25 calls with
 * the default first interval. Each call is a normal call of the client (call id, interceptors, retries).
 *
 * <p>How a wait ends:
 * <ul>
 *   <li>the conference is in the state: it is returned;</li>
 *   <li>it can no longer get there (stopped, or deleted, while waiting for started; started while waiting for
 *       not started...): a {@link com.orange.api.common.TechnicalException} with code {@link #WAIT_UNREACHABLE}
 *       naming the state it is in (for a deletion, the service's MMC_104 failure is its cause);</li>
 *   <li>the timeout passed: code {@link #WAIT_TIMEOUT}, naming the last state seen;</li>
 *   <li>the thread was interrupted: at once, code {@link #WAIT_INTERRUPTED}, the thread's interrupt status
 *       kept;</li>
 *   <li>a call failed: its exception ({@link MmcException}, {@link com.orange.api.common.TechnicalException}...)
 *       as it is, after the client's own retries.</li>
 * </ul>
 */
public final class MmcWaiters {

    /** The code of a wait that ran out of time. */
    public static final String WAIT_TIMEOUT = "WAIT_TIMEOUT";
    /** The code of a wait ended because the conference can no longer reach the state. */
    public static final String WAIT_UNREACHABLE = "WAIT_UNREACHABLE";
    /** The code of a wait ended by an interrupt of its thread. */
    public static final String WAIT_INTERRUPTED = "WAIT_INTERRUPTED";
    /** The default wait after the first call: one second. */
    public static final Duration DEFAULT_FIRST_INTERVAL = Duration.ofSeconds(1);
    /** The longest wait between two calls, unless the first interval is longer: 30 seconds. */
    public static final Duration MAX_INTERVAL = Duration.ofSeconds(30);

    /** Reads a conference's details. */
    @FunctionalInterface
    interface DetailsReader {
        Conference read(Organizer organizer, long conferenceId);
    }

    /** Waits a while; an interrupt ends it. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final DetailsReader details;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;

    MmcWaiters(Mmc mmc) {
        this(mmc::getConferenceDetails, System::nanoTime,
                duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000));
    }

    MmcWaiters(DetailsReader details, LongSupplier nanoTime, Sleeper sleeper) {
        this.details = details;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    /**
     * Waits until the conference is in {@code state}, with the default first interval.
     *
     * @see #untilState(Organizer, long, ConferenceState, Duration, Duration)
     */
    public Conference untilState(Organizer organizer, long conferenceId, ConferenceState state, Duration timeout) {
        return untilState(organizer, conferenceId, state, timeout, DEFAULT_FIRST_INTERVAL);
    }

    /**
     * Waits until the conference is in {@code state} (see the class description for the schedule and how a wait
     * ends).
     *
     * @param state         {@code NOT_STARTED}, {@code STARTED} or {@code STOPPED} (a deleted conference can no
     *                      longer be read)
     * @param timeout       how long to wait at most, zero for a single call
     * @param firstInterval the wait after the first call, at least 1 ms; it doubles after each call
     * @return the conference, as read in the state
     * @throws IllegalArgumentException                  for another state, a negative timeout or a first
     *                                                   interval under 1 ms
     * @throws com.orange.api.common.TechnicalException  with code {@link #WAIT_UNREACHABLE}, {@link #WAIT_TIMEOUT}
     *                                                   or {@link #WAIT_INTERRUPTED}, or from a call
     * @throws MmcException                              when the service refuses a call (MMC_106: no such conference)
     */
    public Conference untilState(Organizer organizer, long conferenceId, ConferenceState state, Duration timeout,
            Duration firstInterval) {
        Objects.requireNonNull(organizer, "organizer");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(firstInterval, "firstInterval");
        if (state != ConferenceState.NOT_STARTED && state != ConferenceState.STARTED && state != ConferenceState.STOPPED) {
            throw new IllegalArgumentException("state must be NOT_STARTED, STARTED or STOPPED, was " + state.name());
        }
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
        }
        if (firstInterval.compareTo(Duration.ofMillis(1)) < 0) {
            throw new IllegalArgumentException("firstInterval must be at least 1 ms, was " + firstInterval);
        }
        String target = "conference " + conferenceId + " to reach " + state;
        Duration ceiling = firstInterval.compareTo(MAX_INTERVAL) > 0 ? firstInterval : MAX_INTERVAL;
        long deadline = nanoTime.getAsLong() + timeout.toNanos();
        Duration interval = firstInterval;
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw WaitFailures.interrupted("Interrupted while waiting for " + target, null);
            }
            Conference conference = read(organizer, conferenceId, target);
            ConferenceState seen = conference.getState();
            if (seen == state) {
                return conference;
            }
            if (cannotReach(seen, state)) {
                throw WaitFailures.unreachable("Stopped waiting for " + target + ": it is " + conference.getStateValue()
                        + " and can no longer get there", null);
            }
            long remaining = deadline - nanoTime.getAsLong();
            if (remaining <= 0) {
                throw WaitFailures.timeout("Gave up waiting for " + target + " after " + timeout
                        + "; last state seen: " + conference.getStateValue());
            }
            try {
                sleeper.sleep(interval.toNanos() < remaining ? interval : Duration.ofNanos(remaining));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw WaitFailures.interrupted("Interrupted while waiting for " + target + "; last state seen: "
                        + conference.getStateValue(), e);
            }
            interval = interval.multipliedBy(2).compareTo(ceiling) > 0 ? ceiling : interval.multipliedBy(2);
        }
    }

    private Conference read(Organizer organizer, long conferenceId, String target) {
        try {
            return details.read(organizer, conferenceId);
        } catch (MmcException refused) {
            if (refused.getError().orElse(null) == MmcError.MMC_104) {
                throw WaitFailures.unreachable("Stopped waiting for " + target + ": it is deleted", refused);
            }
            throw refused;
        } catch (OrangeApiException failed) {
            if (Thread.currentThread().isInterrupted()) {
                throw WaitFailures.interrupted("Interrupted while waiting for " + target, failed);
            }
            throw failed;
        }
    }

    /**
     * Whether a conference in {@code seen} can never be in {@code target}: its states only move forward (not
     * started, started, stopped), and a deleted one stays deleted. An unknown state may still get there.
     */
    static boolean cannotReach(ConferenceState seen, ConferenceState target) {
        if (seen == ConferenceState.DELETED) {
            return true;
        }
        return rank(seen) >= 0 && rank(seen) > rank(target);
    }

    private static int rank(ConferenceState state) {
        return switch (state) {
            case NOT_STARTED -> 0;
            case STARTED -> 1;
            case STOPPED -> 2;
            default -> -1;
        };
    }
}
