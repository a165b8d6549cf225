package com.orange.api.mmc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.MmcException;
import com.orange.api.mmc.model.ConferenceOptionalParameter;
import com.orange.api.mmc.model.ConferenceState;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/**
 * {@code conferenceAutoLaunchedDuration}, the manual's "autostart periods of anticipation": a conference booked
 * with {@code conferenceAutoLaunched=True} launches itself that long before its start. The manual prints none
 * of the values, so the test declares the one it uses.
 */
class SandboxAutoLaunchIT {

    private static final Instant T0 = Instant.parse("2030-01-15T09:00:00Z");
    private static final OffsetDateTime START = T0.atOffset(ZoneOffset.UTC).plusHours(1);

    private static ScheduledConferenceInfo autoLaunched(String duration) {
        ScheduledConferenceInfo info = new ScheduledConferenceInfo("auto", "password", START, START.plusHours(1));
        info.getOptionalParameters().put(ConferenceOptionalParameter.CONFERENCE_AUTO_LAUNCHED, "True");
        info.getOptionalParameters().put(ConferenceOptionalParameter.CONFERENCE_AUTO_LAUNCHED_DURATION, duration);
        return info;
    }

    @Test
    void aDeclaredPeriodLaunchesTheConferenceThatLongBeforeItsStart() {
        SandboxClock clock = SandboxClock.at(T0);
        try (MmcSandbox sandbox = MmcSandbox.builder().clock(clock)
                .autoLaunchedDuration("quarter", Duration.ofMinutes(15)).start(); Mmc mmc = sandbox.newClient()) {
            long id = mmc.createConference(sandbox.organizer(), autoLaunched("quarter")).getIdentifier();

            clock.advance(Duration.ofMinutes(44));
            assertThat(mmc.getConferenceDetails(sandbox.organizer(), id).getState()).isEqualTo(ConferenceState.NOT_STARTED);
            clock.advance(Duration.ofMinutes(1));
            assertThat(mmc.getConferenceDetails(sandbox.organizer(), id).getState()).isEqualTo(ConferenceState.STARTED);
        }
    }

    @Test
    void aValueNotDeclaredIsMmc93OnceValuesAreDeclared() {
        try (MmcSandbox sandbox = MmcSandbox.builder().clock(SandboxClock.at(T0))
                .autoLaunchedDuration("quarter", Duration.ofMinutes(15)).start();
             Mmc mmc = sandbox.clientBuilder().maxAttempts(1).build()) {
            MmcException refused = catchThrowableOfType(MmcException.class,
                    () -> mmc.createConference(sandbox.organizer(), autoLaunched("later")));

            assertThat(refused.getCode()).isEqualTo("MMC_93");
            assertThat(refused.isLocal()).isFalse();
        }
    }

    @Test
    void withoutDeclaredValuesAnyIsAcceptedAndTheConferenceLaunchesAtItsStart() {
        SandboxClock clock = SandboxClock.at(T0);
        try (MmcSandbox sandbox = MmcSandbox.builder().clock(clock).start(); Mmc mmc = sandbox.newClient()) {
            long id = mmc.createConference(sandbox.organizer(), autoLaunched("whatever-the-service-says"))
                    .getIdentifier();

            clock.advance(Duration.ofMinutes(59));
            assertThat(mmc.getConferenceDetails(sandbox.organizer(), id).getState()).isEqualTo(ConferenceState.NOT_STARTED);
            clock.advance(Duration.ofMinutes(1));
            assertThat(mmc.getConferenceDetails(sandbox.organizer(), id).getState()).isEqualTo(ConferenceState.STARTED);
        }
    }
}
