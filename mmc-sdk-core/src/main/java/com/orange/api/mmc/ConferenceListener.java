package com.orange.api.mmc;

import com.orange.api.common.OrangeApiException;

/**
 * Receives the changes a {@link ConferenceWatch} sees, on the watch's own thread, one call at a time and in
 * order for each conference. The watch does not poll again until a call returns, so a slow listener slows
 * the watch down and never piles polls up.
 *
 * <pre>{@code
 * ConferenceListener listener = event -> System.out.println(event.type() + " " + event.conference().getName());
 * }</pre>
 *
 * <p>An exception thrown by a listener is logged (logger {@code com.orange.api.mmc.internal.watch}) and the
 * watch goes on.
 */
@FunctionalInterface
public interface ConferenceListener {

    /** Called once for each change seen; {@code event} and its conferences are the listener's to keep. */
    void onEvent(ConferenceEvent event);

    /**
     * Called when a poll fails; the watch keeps going, polling again after a backoff (see
     * {@link ConferenceWatch}). The default does nothing (the failure is logged at WARN anyway).
     *
     * @param failure what the failed call threw: a {@link com.orange.api.common.TechnicalException}, an
     *                {@link MmcException} or a {@link com.orange.api.common.ConfigurationException}
     */
    default void onError(OrangeApiException failure) {
    }
}
