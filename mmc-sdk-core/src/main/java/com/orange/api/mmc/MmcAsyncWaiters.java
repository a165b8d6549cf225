package com.orange.api.mmc;

import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ConferenceState;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The waits of {@link MmcWaiters}, each returning a {@link CompletableFuture} run on the executor of
 * {@link MmcAsync}: same schedule, same results and failures (the future completes exceptionally with what the
 * blocking wait throws). Cancelling the future ends the wait at once: the thread running it is interrupted, no
 * further call is made and the thread is free again. Get it with {@link MmcAsync#waiters()}.
 *
 * <pre>{@code
 * mmc.async().waiters().untilState(organizer, id, ConferenceState.STARTED, Duration.ofMinutes(30))
 *         .thenAccept(started -> notifyParticipants(started.getUrl()));
 * }</pre>
 */
public final class MmcAsyncWaiters {

    private final MmcWaiters waiters;
    private final Function<Supplier<Conference>, CompletableFuture<Conference>> submit;

    MmcAsyncWaiters(MmcWaiters waiters, Function<Supplier<Conference>, CompletableFuture<Conference>> submit) {
        this.waiters = waiters;
        this.submit = submit;
    }

    /** @see MmcWaiters#untilState(Organizer, long, ConferenceState, Duration) */
    public CompletableFuture<Conference> untilState(Organizer organizer, long conferenceId, ConferenceState state,
            Duration timeout) {
        return submit.apply(() -> waiters.untilState(organizer, conferenceId, state, timeout));
    }

    /** @see MmcWaiters#untilState(Organizer, long, ConferenceState, Duration, Duration) */
    public CompletableFuture<Conference> untilState(Organizer organizer, long conferenceId, ConferenceState state,
            Duration timeout, Duration firstInterval) {
        return submit.apply(() -> waiters.untilState(organizer, conferenceId, state, timeout, firstInterval));
    }
}
