package com.orange.api.mmc.micrometer;

import com.orange.api.common.FunctionalException;
import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.MmcCallContext;
import com.orange.api.mmc.MmcException;
import com.orange.api.mmc.MmcInterceptor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.Objects;

/**
 * Records the calls of an {@link com.orange.api.mmc.Mmc} client in a Micrometer {@link MeterRegistry}:
 *
 * <ul>
 *   <li>a {@link Timer} {@code mmc.client.calls} per call, tagged {@code operation} (the WSDL operation, for
 *       example {@code createScheduledConference}), {@code outcome} ({@code success}, {@code mmc_error} when
 *       the service refused the request, {@code technical_error} when the exchange failed, {@code local_error}
 *       when the SDK refused the call before sending it) and {@code code} (the exception's code, {@code none}
 *       on success or when the exception has none);</li>
 *   <li>a {@link Counter} {@code mmc.client.attempts} per attempt that reached the transport, tagged
 *       {@code operation} and {@code retried} ({@code true} from the second attempt of a call on).</li>
 * </ul>
 *
 * <pre>{@code
 * Mmc mmc = Mmc.builder().addInterceptor(new MicrometerInterceptor(meterRegistry)).build();
 * }</pre>
 *
 * <p>Thread-safe: one instance serves every thread of the client (and several clients).
 */
public final class MicrometerInterceptor implements MmcInterceptor {

    /** The name of the per-call timer. */
    public static final String CALLS = "mmc.client.calls";
    /** The name of the per-attempt counter. */
    public static final String ATTEMPTS = "mmc.client.attempts";

    private final MeterRegistry registry;
    private final boolean percentileHistogram;

    /** Records into {@code registry}, without percentile histogram buckets. */
    public MicrometerInterceptor(MeterRegistry registry) {
        this(registry, false);
    }

    /**
     * @param percentileHistogram whether the timer publishes histogram buckets, from which a backend such as
     *                            Prometheus computes percentiles across instances (more time series)
     */
    public MicrometerInterceptor(MeterRegistry registry, boolean percentileHistogram) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.percentileHistogram = percentileHistogram;
    }

    @Override
    public void onAttemptEnd(MmcCallContext call, int attempt, Throwable failureOrNull) {
        Counter.builder(ATTEMPTS)
                .description("Attempts of MMC calls that reached the transport")
                .tag("operation", call.operation())
                .tag("retried", Boolean.toString(attempt > 1))
                .register(registry)
                .increment();
    }

    @Override
    public void onCallEnd(MmcCallContext call, Throwable failureOrNull) {
        Timer.builder(CALLS)
                .description("Calls of the MMC API, from start to the caller's result")
                .tag("operation", call.operation())
                .tag("outcome", outcome(failureOrNull))
                .tag("code", code(failureOrNull))
                .publishPercentileHistogram(percentileHistogram)
                .register(registry)
                .record(call.elapsed());
    }

    /** @return the {@code outcome} tag of a call that ended with {@code failure} (null for a success) */
    static String outcome(Throwable failure) {
        if (failure == null) {
            return "success";
        }
        if (failure instanceof MmcException mmc && !mmc.isLocal()) {
            return "mmc_error";
        }
        if (failure instanceof TechnicalException) {
            return "technical_error";
        }
        return "local_error";
    }

    /** @return the {@code code} tag: the exception's code, or {@code none} */
    static String code(Throwable failure) {
        String code = null;
        if (failure instanceof FunctionalException functional) {
            code = functional.getCode();
        } else if (failure instanceof TechnicalException technical) {
            code = technical.getCode();
        }
        return code == null || code.isEmpty() ? "none" : code;
    }

    @Override
    public String toString() {
        return "MicrometerInterceptor[" + registry.getClass().getSimpleName() + "]";
    }
}
