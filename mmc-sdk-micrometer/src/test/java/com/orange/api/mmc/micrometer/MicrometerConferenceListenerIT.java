package com.orange.api.mmc.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.common.GatewayError;
import com.orange.api.mmc.ConferenceEvent;
import com.orange.api.mmc.ConferenceWatch;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.WatchOptions;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;
import com.orange.api.mmc.sandbox.MmcSandbox;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** A watch against the sandbox counted by event type, and its failed polls by code. */
class MicrometerConferenceListenerIT {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void eventsAreCountedByTypeAndPassedOn() throws Exception {
        BlockingQueue<ConferenceEvent> passedOn = new LinkedBlockingQueue<>();
        try (MmcSandbox sandbox = MmcSandbox.start();
                Mmc mmc = sandbox.clientBuilder().maxAttempts(1).addInterceptor(new MicrometerInterceptor(registry))
                        .build()) {
            Organizer organizer = sandbox.organizer();
            OffsetDateTime start = OffsetDateTime.now().plusMinutes(30);
            try (ConferenceWatch watch = mmc.watch(organizer, new MicrometerConferenceListener(registry, passedOn::add),
                    WatchOptions.builder().pollInterval(Duration.ofMillis(5)).build())) {
                while (registry.find(MicrometerInterceptor.CALLS).tag("operation", "getConferencesList").timer() == null) {
                    Thread.sleep(1);
                }
                ScheduledConference first = mmc.createConference(organizer,
                        new ScheduledConferenceInfo("first", "password", start, start.plusHours(1)));
                assertThat(passedOn.poll(20, TimeUnit.SECONDS).type()).isEqualTo(ConferenceEvent.Type.BOOKED);
                mmc.createConference(organizer, new ScheduledConferenceInfo("second", "password", start, start.plusHours(1)));
                assertThat(passedOn.poll(20, TimeUnit.SECONDS).type()).isEqualTo(ConferenceEvent.Type.BOOKED);
                sandbox.faults().next("getConferencesList").gatewayError(GatewayError.MED0006);
                mmc.startConference(organizer, first);
                assertThat(passedOn.poll(20, TimeUnit.SECONDS).type()).isEqualTo(ConferenceEvent.Type.STARTED);
            }
        }
        assertThat(registry.get(MicrometerConferenceListener.EVENTS).tag("type", "booked").counter().count()).isEqualTo(2);
        assertThat(registry.get(MicrometerConferenceListener.EVENTS).tag("type", "started").counter().count())
                .isEqualTo(1);
        assertThat(registry.find(MicrometerConferenceListener.EVENTS).tag("type", "removed").counter()).isNull();
        assertThat(registry.get(MicrometerConferenceListener.ERRORS).tag("code", "MED0006").counter().count())
                .isEqualTo(1);
    }
}
