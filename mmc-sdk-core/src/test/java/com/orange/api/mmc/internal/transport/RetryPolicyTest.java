package com.orange.api.mmc.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.MmcException;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RetryPolicy's table, with the random source injected (as AWS's ExponentialDelayWithJitterTest). */
class RetryPolicyTest {

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
        FaultTranslator.Failure failure = new FaultTranslator.Failure(
                TechnicalException.builder("IO", "x").retryable(retryable).build(), neverSent);

        assertThat(POLICY.shouldRetry(operation, failure, attemptsMade)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"ABOUT", "CREATE_SCHEDULED_CONFERENCE"})
    void anMmcFaultIsNeverRetried(Operation operation) {
        FaultTranslator.Failure failure = new FaultTranslator.Failure(
                new MmcException("MMC_28", null, null, operation.method(), false), true);

        assertThat(POLICY.shouldRetry(operation, failure, 1)).isFalse();
    }
}
