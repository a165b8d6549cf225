package com.orange.api.mmc.micrometer;

import com.orange.api.common.OrangeApiException;
import com.orange.api.mmc.ConferenceEvent;
import com.orange.api.mmc.ConferenceListener;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Locale;
import java.util.Objects;

/**
 * Counts what a {@link com.orange.api.mmc.ConferenceWatch} hears in a Micrometer {@link MeterRegistry}, then
 * passes it on to the listener it wraps:
 *
 * <ul>
 *   <li>a {@link Counter} {@code mmc.watch.events} per event, tagged {@code type} ({@code booked},
 *       {@code changed}, {@code started}, {@code stopped}, {@code removed});</li>
 *   <li>a {@link Counter} {@code mmc.watch.errors} per failed poll, tagged {@code code} (the exception's
 *       code).</li>
 * </ul>
 *
 * <pre>{@code
 * ConferenceWatch watch = mmc.watch(organizer, new MicrometerConferenceListener(meterRegistry, myListener));
 * }</pre>
 *
 * <p>The polls themselves are calls of the client: {@link MicrometerInterceptor} times them
 * ({@code mmc.client.calls}, operation {@code getConferencesList}).
 */
public final class MicrometerConferenceListener implements ConferenceListener {

    /** The name of the counter of events. */
    public static final String EVENTS = "mmc.watch.events";
    /** The name of the counter of failed polls. */
    public static final String ERRORS = "mmc.watch.errors";

    private final MeterRegistry registry;
    private final ConferenceListener delegate;

    /** Counts into {@code registry} only. */
    public MicrometerConferenceListener(MeterRegistry registry) {
        this(registry, event -> {
        });
    }

    /** Counts into {@code registry}, then calls {@code delegate}. */
    public MicrometerConferenceListener(MeterRegistry registry, ConferenceListener delegate) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public void onEvent(ConferenceEvent event) {
        Counter.builder(EVENTS)
                .description("Changes of MMC conferences seen by a watch")
                .tag("type", event.type().name().toLowerCase(Locale.ROOT))
                .register(registry)
                .increment();
        delegate.onEvent(event);
    }

    @Override
    public void onError(OrangeApiException failure) {
        Counter.builder(ERRORS)
                .description("Failed polls of MMC conference watches")
                .tag("code", MicrometerInterceptor.code(failure))
                .register(registry)
                .increment();
        delegate.onError(failure);
    }
}
