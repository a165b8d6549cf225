package com.orange.api.common.internal;

/**
 * The id of the SDK call running on the current thread, which every {@link com.orange.api.common.OrangeApiException}
 * created during the call takes as its call id. Set by the client that runs the call, on the calling thread.
 */
public final class CurrentCall {

    private static final ThreadLocal<String> ID = new ThreadLocal<>();

    private CurrentCall() {
    }

    /** @return the id of the call running on this thread, or null */
    public static String id() {
        return ID.get();
    }

    /**
     * Marks the start of a call on this thread.
     *
     * @return the id of the call it runs inside of (null when none), to give back to {@link #restore}
     */
    public static String enter(String callId) {
        String outer = ID.get();
        ID.set(callId);
        return outer;
    }

    /** Marks the end of a call: the thread is back in the call it was in before (or in none). */
    public static void restore(String outer) {
        if (outer == null) {
            ID.remove();
        } else {
            ID.set(outer);
        }
    }
}
