package com.orange.api.mmc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orange.api.mmc.model.ScheduledConference;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WatchOptionsTest {

    @Test
    void theDefaultsCostTwoListCallsAMinute() {
        WatchOptions defaults = WatchOptions.defaults();

        assertThat(Duration.ofMinutes(1).dividedBy(defaults.pollInterval())).isEqualTo(2);
        assertThat(defaults.behind()).isEqualTo(Duration.ofDays(1));
        assertThat(defaults.ahead()).isEqualTo(Duration.ofDays(90));
    }

    @ParameterizedTest(name = "window({0}, {1}) is refused naming {2}")
    @CsvSource({"PT-1S, P1D, behind", "P181D, P1D, behind", "P1D, PT-1S, ahead", "P1D, P365D, ahead"})
    void aWindowBeyondTheServiceLimitsIsRefused(Duration behind, Duration ahead, String named) {
        assertThatThrownBy(() -> WatchOptions.builder().window(behind, ahead)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(named);
    }

    @Test
    void aPollIntervalUnderOneMillisecondIsRefused() {
        assertThatThrownBy(() -> WatchOptions.builder().pollInterval(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pollInterval");
    }

    @Test
    void anEventHasAPreviousVersionUnlessBooked() {
        ScheduledConference conference = new ScheduledConference(1, "secret-password");
        Instant now = Instant.parse("2030-01-01T00:00:00Z");

        assertThatThrownBy(() -> new ConferenceEvent(ConferenceEvent.Type.BOOKED, conference, conference, now))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConferenceEvent(ConferenceEvent.Type.STARTED, conference, null, now))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ConferenceEvent(ConferenceEvent.Type.BOOKED, conference, null, now).toString())
                .contains("BOOKED", "1").doesNotContain("secret-password");
    }
}
