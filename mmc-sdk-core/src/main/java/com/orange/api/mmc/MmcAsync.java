package com.orange.api.mmc;

import com.orange.api.mmc.model.AudioConference;
import com.orange.api.mmc.model.AudioConferenceInfo;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ConferenceInfo;
import com.orange.api.mmc.model.InstantaneousAudioConference;
import com.orange.api.mmc.model.InstantaneousAudioConferenceInfo;
import com.orange.api.mmc.model.InstantaneousConference;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.LicenceUsage;
import com.orange.api.mmc.model.Participant;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledAudioConference;
import com.orange.api.mmc.model.ScheduledAudioConferenceInfo;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.lang.reflect.Method;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The operations of an {@link Mmc} client, each returning a {@link CompletableFuture}: same names, same
 * parameters, same results and exceptions (the future completes exceptionally with what the blocking call
 * throws), same retries, deadlines and interceptors, since each runs the blocking call on an executor.
 * Get it with {@link Mmc#async()}.
 *
 * <pre>{@code
 * CompletableFuture<ScheduledConference> booked = mmc.async().createConference(organizer, info);
 * booked.thenAccept(conference -> notify(conference.getUrl()));
 * }</pre>
 *
 * <p>The executor is the one given to {@link Mmc.Builder#asyncExecutor(java.util.concurrent.Executor)}, else
 * one the client owns and shuts down in {@link Mmc#close()}: a virtual thread per call on a JDK that has
 * them (21 and later), else a bounded pool of daemon threads. Cancelling a future that has not completed,
 * with {@code cancel(true)} or {@code cancel(false)}, interrupts the thread running its call: the SDK then
 * aborts the exchange at once, and the call ends with a {@link com.orange.api.common.TechnicalException}
 * that nobody sees (the future is already cancelled). A call cancelled before it started is never sent.
 *
 * <p>Arguments are checked when the call runs, not when the method is called: a null or invalid argument
 * completes the future exceptionally. The SLF4J MDC of the calling thread is not carried over.
 */
public final class MmcAsync {

    /** The largest number of calls the owned pool runs at once on a JDK without virtual threads. */
    static final int POOL_THREADS = 64;

    private final Mmc mmc;
    private final Executor executor;
    private final ExecutorService owned;

    MmcAsync(Mmc mmc, Executor given) {
        this.mmc = mmc;
        this.owned = given == null ? ownedExecutor() : null;
        this.executor = given == null ? owned : given;
    }

    /** @see Mmc#about(Organizer) */
    public CompletableFuture<String> about(Organizer organizer) {
        return submit(() -> mmc.about(organizer));
    }

    /** @see Mmc#createConference(Organizer, InstantaneousConferenceInfo) */
    public CompletableFuture<InstantaneousConference> createConference(Organizer organizer,
            InstantaneousConferenceInfo conferenceInfo) {
        return submit(() -> mmc.createConference(organizer, conferenceInfo));
    }

    /** @see Mmc#createConference(Organizer, ScheduledConferenceInfo) */
    public CompletableFuture<ScheduledConference> createConference(Organizer organizer,
            ScheduledConferenceInfo conferenceInfo) {
        return submit(() -> mmc.createConference(organizer, conferenceInfo));
    }

    /** @see Mmc#createConference(Organizer, ConferenceInfo) */
    public CompletableFuture<Conference> createConference(Organizer organizer, ConferenceInfo conferenceInfo) {
        return submit(() -> mmc.createConference(organizer, conferenceInfo));
    }

    /** @see Mmc#modifyConference(Organizer, ScheduledConference, ScheduledConferenceInfo) */
    public CompletableFuture<ScheduledConference> modifyConference(Organizer organizer, ScheduledConference conference,
            ScheduledConferenceInfo conferenceInfo) {
        return submit(() -> mmc.modifyConference(organizer, conference, conferenceInfo));
    }

    /** @see Mmc#deleteConference(Organizer, ScheduledConference) */
    public CompletableFuture<Void> deleteConference(Organizer organizer, ScheduledConference conference) {
        return submit(() -> {
            mmc.deleteConference(organizer, conference);
            return null;
        });
    }

    /** @see Mmc#startConference(Organizer, ScheduledConference) */
    public CompletableFuture<ScheduledConference> startConference(Organizer organizer, ScheduledConference conference) {
        return submit(() -> mmc.startConference(organizer, conference));
    }

    /** @see Mmc#joinConference(Organizer, ParticipantInfo) */
    public CompletableFuture<Participant> joinConference(Organizer organizer, ParticipantInfo participantInfo) {
        return submit(() -> mmc.joinConference(organizer, participantInfo));
    }

    /** @see Mmc#getConferenceDetails(Organizer, long) */
    public CompletableFuture<Conference> getConferenceDetails(Organizer organizer, long conferenceId) {
        return submit(() -> mmc.getConferenceDetails(organizer, conferenceId));
    }

    /** @see Mmc#getConferencesList(Organizer, OffsetDateTime, OffsetDateTime, Long) */
    public CompletableFuture<List<Conference>> getConferencesList(Organizer organizer, OffsetDateTime startDate,
            OffsetDateTime endDate, Long hostId) {
        return submit(() -> mmc.getConferencesList(organizer, startDate, endDate, hostId));
    }

    /** @see Mmc#getLicencesUsage(Organizer, OffsetDateTime, OffsetDateTime) */
    public CompletableFuture<LicenceUsage> getLicencesUsage(Organizer organizer, OffsetDateTime startDate,
            OffsetDateTime endDate) {
        return submit(() -> mmc.getLicencesUsage(organizer, startDate, endDate));
    }

    /** @see Mmc#createAudioConference(Organizer, InstantaneousAudioConferenceInfo) */
    public CompletableFuture<InstantaneousAudioConference> createAudioConference(Organizer organizer,
            InstantaneousAudioConferenceInfo audioConferenceInfo) {
        return submit(() -> mmc.createAudioConference(organizer, audioConferenceInfo));
    }

    /** @see Mmc#createAudioConference(Organizer, ScheduledAudioConferenceInfo) */
    public CompletableFuture<ScheduledAudioConference> createAudioConference(Organizer organizer,
            ScheduledAudioConferenceInfo audioConferenceInfo) {
        return submit(() -> mmc.createAudioConference(organizer, audioConferenceInfo));
    }

    /** @see Mmc#createAudioConference(Organizer, AudioConferenceInfo) */
    public CompletableFuture<AudioConference> createAudioConference(Organizer organizer,
            AudioConferenceInfo audioConferenceInfo) {
        return submit(() -> mmc.createAudioConference(organizer, audioConferenceInfo));
    }

    /** @see Mmc#modifyAudioConference(Organizer, ScheduledAudioConference, ScheduledAudioConferenceInfo) */
    public CompletableFuture<ScheduledAudioConference> modifyAudioConference(Organizer organizer,
            ScheduledAudioConference audioConference, ScheduledAudioConferenceInfo audioConferenceInfo) {
        return submit(() -> mmc.modifyAudioConference(organizer, audioConference, audioConferenceInfo));
    }

    /** @see Mmc#startAudioConference(Organizer, ScheduledAudioConference) */
    public CompletableFuture<ScheduledAudioConference> startAudioConference(Organizer organizer,
            ScheduledAudioConference audioConference) {
        return submit(() -> mmc.startAudioConference(organizer, audioConference));
    }

    @Override
    public String toString() {
        return "MmcAsync[" + (owned == null ? "given executor" : "owned executor") + "]";
    }

    /** Shuts the owned executor down: calls already queued run, and fail as the client is closed. */
    void close() {
        if (owned != null) {
            owned.shutdown();
        }
    }

    private <T> CompletableFuture<T> submit(Supplier<T> call) {
        CallFuture<T> future = new CallFuture<>();
        try {
            executor.execute(() -> future.run(call));
        } catch (RejectedExecutionException e) {
            future.completeExceptionally(new IllegalStateException("The MMC client's async executor refused the"
                    + " call (the client is closed, or the executor is full or shut down)", e));
        }
        return future;
    }

    /** A future whose cancellation interrupts the thread running its call. */
    private static final class CallFuture<T> extends CompletableFuture<T> {

        private final Object lock = new Object();
        private Thread worker;

        void run(Supplier<T> call) {
            synchronized (lock) {
                if (isDone()) {
                    return;
                }
                worker = Thread.currentThread();
            }
            try {
                complete(call.get());
            } catch (Throwable failure) {
                completeExceptionally(failure);
            } finally {
                synchronized (lock) {
                    worker = null;
                    if (isCancelled()) {
                        // The cancel's interrupt must not leak into the executor's next task.
                        Thread.interrupted();
                    }
                }
            }
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            if (cancelled) {
                synchronized (lock) {
                    if (worker != null) {
                        worker.interrupt();
                    }
                }
            }
            return cancelled;
        }
    }

    private static ExecutorService ownedExecutor() {
        try {
            Method virtual = java.util.concurrent.Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
            return (ExecutorService) virtual.invoke(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Before JDK 21 (or with virtual threads unavailable): a bounded pool of platform threads.
        }
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "mmc-async-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(POOL_THREADS, POOL_THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threads);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /**
     * The waits of {@link Mmc#waiters()}, each returning a cancellable {@link CompletableFuture} run on this
     * executor (see {@link MmcAsyncWaiters}).
     */
    public MmcAsyncWaiters waiters() {
        return new MmcAsyncWaiters(mmc.waiters(), this::submit);
    }
}
