package com.orange.api.mmc.internal.transport;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongUnaryOperator;

/**
 * When to try a failed call again and how long to wait: at most {@code maxAttempts} attempts, exponential
 * backoff with full jitter (a random wait between 0 and {@code base * 2^(attempt-1)}, capped), and only
 * where repeating cannot duplicate work: a read operation after any retryable failure, any operation when
 * the request never reached the service. An MMC fault is never retried. A 503's {@code Retry-After} replaces
 * the backoff; no attempt starts that the call's time ({@code callTimeout}) could not cover.
 *
 * <p>The decision is a pure function of its arguments: the caller passes the current instant, the time the
 * call has left and the random source, and does the waiting.
 */
record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    static final Duration DEFAULT_BASE_DELAY = Duration.ofMillis(100);
    static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(2);

    static RetryPolicy withMaxAttempts(int maxAttempts) {
        return new RetryPolicy(maxAttempts, DEFAULT_BASE_DELAY, DEFAULT_MAX_DELAY);
    }

    boolean shouldRetry(Operation operation, Failures.Failure failure, int attemptsMade) {
        return attemptsMade < maxAttempts && failure.retryable() && (operation.readOnly() || failure.neverSent());
    }

    /**
     * Decides what follows a failed attempt.
     *
     * @param attemptsMade the attempts made so far, the failed one included
     * @param timeLeft     what is left of the call's time, or null when it has no {@code callTimeout}
     * @param now          the current instant, against which a {@code Retry-After} date is read
     * @param randomBelow  the jitter source (see {@link #delayAfter(int, LongUnaryOperator)})
     * @return the wait before the next attempt, or empty to give up now with the failure as it is
     */
    Optional<Duration> nextAttempt(Operation operation, Failures.Failure failure, int attemptsMade,
            Duration timeLeft, Instant now, LongUnaryOperator randomBelow) {
        if (!shouldRetry(operation, failure, attemptsMade)) {
            return Optional.empty();
        }
        Duration wait = failure.retryAfter().map(retryAfter -> retryAfter.waitFrom(now))
                .orElseGet(() -> delayAfter(attemptsMade, randomBelow));
        if (timeLeft != null && wait.compareTo(timeLeft) >= 0) {
            return Optional.empty();
        }
        return Optional.of(wait);
    }

    /** @return the wait before attempt {@code attemptsMade + 1}, drawn with the thread's random source */
    Duration delayAfter(int attemptsMade) {
        return delayAfter(attemptsMade, bound -> ThreadLocalRandom.current().nextLong(bound));
    }

    /**
     * @param randomBelow given a bound, returns a number from 0 (inclusive) to it (exclusive): the jitter
     * @return a wait from 0 to {@code min(maxDelay, baseDelay * 2^(attemptsMade-1))} inclusive
     */
    Duration delayAfter(int attemptsMade, LongUnaryOperator randomBelow) {
        long ceiling = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(20, attemptsMade - 1));
        return Duration.ofMillis(randomBelow.applyAsLong(ceiling + 1));
    }
}
