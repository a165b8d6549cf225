package com.orange.api.mmc.internal.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WatchBackoffTest {

    @ParameterizedTest(name = "interval {0}, {1} failures: wait {2}")
    @CsvSource({
            "PT30S, 0, PT30S", "PT30S, 1, PT1M", "PT30S, 2, PT2M", "PT30S, 3, PT4M", "PT30S, 4, PT5M",
            "PT30S, 1000, PT5M", "PT10M, 0, PT10M", "PT10M, 3, PT10M", "PT0.001S, 2, PT0.004S"})
    void theWaitDoublesWithEachFailureUpToTheCeiling(Duration interval, int failures, Duration expected) {
        assertThat(WatchBackoff.delay(interval, failures)).isEqualTo(expected);
    }
}
