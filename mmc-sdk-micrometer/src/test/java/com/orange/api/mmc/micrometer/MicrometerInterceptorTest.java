package com.orange.api.mmc.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.orange.api.common.ConfigurationException;
import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.MmcCallContext;
import com.orange.api.mmc.MmcException;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The outcome and code tags of every kind of ending, including calls the SDK refused before sending. */
class MicrometerInterceptorTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerInterceptor interceptor = new MicrometerInterceptor(registry);

    @Test
    void everyEndingHasItsOutcomeAndCode() {
        end(null);
        end(new MmcException("MMC_0013", "unknown conference", null, "getConferenceDetails", false));
        end(new MmcException("MMC_0004", "empty name", "name", "getConferenceDetails", true));
        end(TechnicalException.builder("HTTP_503", "busy").httpStatus(503).retryable(true).attempts(2).build());
        end(new NullPointerException("organizer"));
        end(new ConfigurationException("accessKey is missing", "accessKey", "code"));

        assertThat(registry.get(MicrometerInterceptor.CALLS).timers())
                .extracting(t -> t.getId().getTag("outcome") + "/" + t.getId().getTag("code") + "=" + t.count())
                .containsExactlyInAnyOrder("success/none=1", "mmc_error/MMC_0013=1", "local_error/MMC_0004=1",
                        "technical_error/HTTP_503=1", "local_error/none=2");
        assertThat(registry.get(MicrometerInterceptor.CALLS).timers())
                .allSatisfy(t -> assertThat(t.getId().getTag("operation")).isEqualTo("getConferenceDetails"));
    }

    @Test
    void attemptsAreTaggedRetriedFromTheSecondOn() {
        MmcCallContext call = context();
        interceptor.onAttemptEnd(call, 1, TechnicalException.builder("HTTP_503", "busy").httpStatus(503).retryable(true).attempts(1).build());
        interceptor.onAttemptEnd(call, 2, TechnicalException.builder("HTTP_503", "busy").httpStatus(503).retryable(true).attempts(2).build());
        interceptor.onAttemptEnd(call, 3, null);

        assertThat(registry.get(MicrometerInterceptor.ATTEMPTS).tag("retried", "false").counter().count()).isEqualTo(1);
        assertThat(registry.get(MicrometerInterceptor.ATTEMPTS).tag("retried", "true").counter().count()).isEqualTo(2);
    }

    @Test
    void percentileHistogramsAreOptIn() {
        Map<String, Boolean> histogram = new HashMap<>();
        registry.config().meterFilter(new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                histogram.put(id.getTag("outcome"), Boolean.TRUE.equals(config.isPercentileHistogram()));
                return config;
            }
        });
        new MicrometerInterceptor(registry, true).onCallEnd(context(), null);
        new MicrometerInterceptor(registry).onCallEnd(context(), new NullPointerException("organizer"));
        assertThat(histogram).containsEntry("success", true).containsEntry("local_error", false);
    }

    @Test
    void aNullRegistryIsRefusedByName() {
        assertThatNullPointerException().isThrownBy(() -> new MicrometerInterceptor(null)).withMessage("registry");
    }

    private void end(Throwable failure) {
        interceptor.onCallEnd(context(), failure);
    }

    private static MmcCallContext context() {
        Map<String, Object> attributes = new HashMap<>();
        return new MmcCallContext() {
            @Override public String callId() { return "0123456789abcdef"; }
            @Override public String operation() { return "getConferenceDetails"; }
            @Override public String serviceAccount() { return "account"; }
            @Override public URI serviceUrl() { return URI.create("https://mmc.example/api"); }
            @Override public int attempts() { return 1; }
            @Override public Duration elapsed() { return Duration.ofMillis(12); }
            @Override public Map<String, Object> attributes() { return attributes; }
        };
    }
}
