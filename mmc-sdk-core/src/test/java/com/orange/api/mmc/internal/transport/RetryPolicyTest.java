package com.orange.api.mmc.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.MmcException;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RetryPolicy's tables, with the clock and the random source injected (as AWS's ExponentialDelayWithJitterTest). */
class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    /** A 503 that the service answered with this {@code Retry-After} (none when null): retryable, never sent. */
    private static Failures.Failure unavailable(String retryAfter) {
        return new Failures.Failure(TechnicalException.builder("HTTP_503", "x").httpStatus(503).retryable(true)
                .build(), true, Optional.ofNullable(RetryAfter.parse(retryAfter)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // case                              | Retry-After                    | time left ms | attempts | wait ms
            "backoff after the first attempt     | -                              | -            | 1        | 100",
            "backoff after the second attempt    | -                              | -            | 2        | 200",
            "backoff within the call's time      | -                              | 101          | 1        | 100",
            "backoff the call's time cannot cover | -                             | 100          | 1        | -",
            "Retry-After in seconds              | 1                              | -            | 1        | 1000",
            "Retry-After zero                    | 0                              | -            | 1        | 0",
            "Retry-After as a date               | Thu, 01 Jan 2026 00:00:02 GMT  | -            | 1        | 2000",
            "Retry-After as a past date          | Wed, 31 Dec 2025 23:59:00 GMT  | -            | 1        | 0",
            "Retry-After unreadable: backoff     | soon                           | -            | 1        | 100",
            "Retry-After within the call's time  | 1                              | 1001         | 1        | 1000",
            "Retry-After beyond the call's time  | 30                             | 5000         | 1        | -",
            "no attempt left                     | 1                              | -            | 3        | -"})
    void theWaitBeforeTheNextAttempt(String name, String retryAfter, Long timeLeftMillis, int attemptsMade,
            Long expectedMillis) {
        Optional<Duration> wait = POLICY.nextAttempt(Operation.CREATE_SCHEDULED_CONFERENCE, unavailable(retryAfter),
                attemptsMade, timeLeftMillis == null ? null : Duration.ofMillis(timeLeftMillis), NOW, bound -> bound - 1);

        assertThat(wait).isEqualTo(Optional.ofNullable(expectedMillis).map(Duration::ofMillis));
    }

    private static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(2));

    @ParameterizedTest
    @CsvSource({"1,100", "2,200", "3,400", "4,800", "5,1600", "6,2000", "30,2000"})
    void theLargestDelayDoublesFromTheBaseUpToTheCap(int attemptsMade, long ceilingMillis) {
        assertThat(POLICY.delayAfter(attemptsMade, bound -> bound - 1)).isEqualTo(Duration.ofMillis(ceilingMillis));
        assertThat(POLICY.delayAfter(attemptsMade, bound -> 0)).isZero();
    }

    @ParameterizedTest
    @CsvSource({
            // operation, retryable, neverSent, attemptsMade, expected
            "ABOUT, true, false, 1, true",
            "ABOUT, true, false, 3, false",
            "ABOUT, false, false, 1, false",
            "GET_CONFERENCES_LIST, true, false, 2, true",
            "CREATE_SCHEDULED_CONFERENCE, true, false, 1, false",
            "CREATE_SCHEDULED_CONFERENCE, true, true, 1, true",
            "CREATE_SCHEDULED_CONFERENCE, true, true, 3, false",
            "DELETE_SCHEDULED_CONFERENCE, false, true, 1, false"})
    void retriesOnlyWhereRepeatingCannotDuplicateWork(Operation operation, boolean retryable, boolean neverSent,
            int attemptsMade, boolean expected) {
        Failures.Failure failure = new Failures.Failure(
                TechnicalException.builder("IO", "x").retryable(retryable).build(), neverSent);

        assertThat(POLICY.shouldRetry(operation, failure, attemptsMade)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"ABOUT", "CREATE_SCHEDULED_CONFERENCE"})
    void anMmcFaultIsNeverRetried(Operation operation) {
        Failures.Failure failure = new Failures.Failure(
                new MmcException("MMC_28", null, null, operation.method(), false), true);

        assertThat(POLICY.shouldRetry(operation, failure, 1)).isFalse();
    }
}
