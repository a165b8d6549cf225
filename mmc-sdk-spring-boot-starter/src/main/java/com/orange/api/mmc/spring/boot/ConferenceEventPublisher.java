package com.orange.api.mmc.spring.boot;

import com.orange.api.mmc.ConferenceWatch;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.WatchOptions;

import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Watches an organizer's conferences while the application context runs and publishes each
 * {@link com.orange.api.mmc.ConferenceEvent} as an application event, so that any bean receives them:
 *
 * <pre>{@code
 * @EventListener
 * void on(ConferenceEvent event) {
 *     log.info("{} {}", event.type(), event.conference().getName());
 * }
 * }</pre>
 *
 * The watch starts with the context and is closed when it stops. Events are published on the watch's thread,
 * one at a time and in order per conference.
 */
public class ConferenceEventPublisher implements SmartLifecycle {

    private final Mmc mmc;
    private final Organizer organizer;
    private final WatchOptions options;
    private final ApplicationEventPublisher publisher;
    private ConferenceWatch watch;

    /**
     * @param mmc       the client whose calls poll
     * @param organizer the organizer whose conferences are watched
     * @param options   how the watch polls
     * @param publisher where the events go
     */
    public ConferenceEventPublisher(Mmc mmc, Organizer organizer, WatchOptions options,
            ApplicationEventPublisher publisher) {
        this.mmc = Objects.requireNonNull(mmc, "mmc");
        this.organizer = Objects.requireNonNull(organizer, "organizer");
        this.options = Objects.requireNonNull(options, "options");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
    }

    /** Starts the watch (its first poll sets the baseline); does nothing when it runs already. */
    @Override
    public synchronized void start() {
        if (watch == null) {
            watch = mmc.watch(organizer, event -> publisher.publishEvent((Object) event), options);
        }
    }

    /** Closes the watch, waiting for its poll in flight; no event is published afterwards. */
    @Override
    public synchronized void stop() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return watch != null;
    }
}
