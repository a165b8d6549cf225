package com.orange.api.common.internal;

/**
 * The SDK call running on the current thread: the one per-thread value of the SDKs. The client that runs a
 * call sets it for the call's duration; it is read where a library's API leaves no other way across (a
 * JAX-WS port invocation into the SDK's transport), and by every {@link com.orange.api.common.OrangeApiException}
 * created during the call, which takes its id. Calls nest: a call made while another runs on the thread (by
 * an interceptor) has its own, and the outer one is restored when it ends.
 */
public final class CurrentCall {

    /** A call as the common module sees it: its id. */
    public interface Call {
        /** @return the call's id */
        String callId();
    }

    private static final ThreadLocal<Call> CURRENT = new ThreadLocal<>();

    private CurrentCall() {
    }

    /** @return the call running on this thread, or null */
    public static Call get() {
        return CURRENT.get();
    }

    /** @return the id of the call running on this thread, or null */
    public static String id() {
        Call call = CURRENT.get();
        return call == null ? null : call.callId();
    }

    /**
     * Marks the start of a call on this thread.
     *
     * @return the call it runs inside of (null when none), to give back to {@link #restore}
     */
    public static Call enter(Call call) {
        Call outer = CURRENT.get();
        CURRENT.set(call);
        return outer;
    }

    /** Marks the end of a call: the thread is back in the call it was in before (or in none). */
    public static void restore(Call outer) {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
