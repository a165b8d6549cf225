package com.orange.api.common.internal;

/**
 * A library's per-thread state that an SDK client holds on the calling thread for the whole of one call,
 * where the library would otherwise create and drop it many times during the call. Clients find providers
 * with {@link java.util.ServiceLoader}; a provider built against another version of its library than the
 * one present fails with a {@link LinkageError}, and the client then runs its calls without it.
 */
public interface CallThreadHold {

    /**
     * Takes hold on the current thread; holds nest.
     *
     * @return what gives the hold back, to call once, on the same thread, when the call ends
     */
    Release enter();

    /** Gives a hold back: the thread is as it was before {@link #enter()}. */
    @FunctionalInterface
    interface Release {
        void release();
    }
}
