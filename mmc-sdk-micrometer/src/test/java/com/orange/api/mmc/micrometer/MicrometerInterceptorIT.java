package com.orange.api.mmc.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.MmcException;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.RawHttpServer;
import com.orange.api.mmc.sandbox.MmcSandbox;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Timer and counter values after a scripted session against the sandbox and a server that answers 503. */
class MicrometerInterceptorIT {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void aSessionAgainstTheSandboxIsCountedByOperationOutcomeAndCode() {
        try (MmcSandbox sandbox = MmcSandbox.start();
                Mmc mmc = sandbox.clientBuilder().addInterceptor(new MicrometerInterceptor(registry)).build()) {
            Organizer organizer = sandbox.organizer();
            mmc.about(organizer);
            mmc.about(organizer);
            MmcException fault = org.assertj.core.api.Assertions.catchThrowableOfType(MmcException.class,
                    () -> mmc.getConferenceDetails(organizer, 987_654_321L));
            assertThat(fault.isLocal()).isFalse();

            assertThat(registry.get("mmc.client.calls").tags("operation", "about", "outcome", "success", "code", "none")
                    .timer().count()).isEqualTo(2);
            assertThat(registry.get("mmc.client.calls").tags("operation", "getConferenceDetails",
                    "outcome", "mmc_error", "code", fault.getCode()).timer().count()).isEqualTo(1);
            assertThat(registry.get("mmc.client.attempts").tags("operation", "about", "retried", "false")
                    .counter().count()).isEqualTo(2);
            assertThat(registry.find("mmc.client.attempts").tags("retried", "true").counter()).isNull();
            assertThat(registry.get("mmc.client.calls").tag("operation", "about").timer()
                    .totalTime(TimeUnit.NANOSECONDS)).isPositive();
        }
    }

    @Test
    void aRetried503CountsTwoAttemptsAndOneSuccessfulCall() throws Exception {
        String unavailable = "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\nContent-Type: text/plain\r\n"
                + "Content-Length: 4\r\n\r\nbusy";
        try (RawHttpServer server = new RawHttpServer(request -> request.index() == 1
                        ? RawHttpServer.Reply.keep(unavailable)
                        : RawHttpServer.Reply.keep(RawHttpServer.soapAnswer(200, RawHttpServer.aboutEnvelope("V1.4"))));
                Mmc mmc = Mmc.builder().serviceUrl(server.url()).maxAttempts(3)
                        .addInterceptor(new MicrometerInterceptor(registry, true)).build()) {
            assertThat(mmc.about(organizer())).isEqualTo("V1.4");
        }
        assertThat(registry.get("mmc.client.attempts").tags("operation", "about", "retried", "false").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("mmc.client.attempts").tags("operation", "about", "retried", "true").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("mmc.client.calls").tags("operation", "about", "outcome", "success").timer().count())
                .isEqualTo(1);
    }

    @Test
    void anExchangeThatFailsForGoodIsATechnicalErrorWithItsCode() throws Exception {
        String unavailable = "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\nContent-Type: text/plain\r\n"
                + "Content-Length: 4\r\n\r\nbusy";
        try (RawHttpServer server = new RawHttpServer(request -> RawHttpServer.Reply.keep(unavailable));
                Mmc mmc = Mmc.builder().serviceUrl(server.url()).maxAttempts(2)
                        .addInterceptor(new MicrometerInterceptor(registry)).build()) {
            assertThatThrownBy(() -> mmc.about(organizer())).isInstanceOf(
                    com.orange.api.common.TechnicalException.class);
        }
        assertThat(registry.get("mmc.client.calls").tags("operation", "about", "outcome", "technical_error",
                "code", "HTTP_503").timer().count()).isEqualTo(1);
        assertThat(registry.get("mmc.client.attempts").tag("operation", "about").counters())
                .extracting(c -> c.getId().getTag("retried") + "=" + (int) c.count())
                .containsExactlyInAnyOrder("false=1", "true=1");
    }

    private static Organizer organizer() {
        return new Organizer("access-key", "access-key-password", "service-account", "service-account-password");
    }
}
