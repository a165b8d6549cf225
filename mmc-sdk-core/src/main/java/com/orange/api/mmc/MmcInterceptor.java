package com.orange.api.mmc;

/**
 * A hook around every call of an {@link Mmc} client, for metrics, tracing, auditing or correlation
 * (the AWS SDK's {@code ExecutionInterceptor} idea, kept small). Register it with
 * {@link Mmc.Builder#addInterceptor(MmcInterceptor)}; every method has a default that does nothing.
 *
 * <pre>{@code
 * Mmc mmc = Mmc.builder().serviceUrl(url).addInterceptor(new MmcInterceptor() {
 *     @Override public void onCallEnd(MmcCallContext call, Throwable failure) {
 *         audit.record(call.operation(), call.serviceAccount(), call.elapsed(), failure);
 *     }
 * }).build();
 * }</pre>
 *
 * <p>The methods run on the calling thread, in the order the interceptors were added: {@code onCallStart}
 * before anything else (argument checks included), {@code onAttemptEnd} after each attempt that reached
 * the transport, {@code onCallEnd} once, with the exception the caller gets (or null). An interceptor that
 * throws is logged at WARN and ignored: it never changes the call's outcome. Interceptors must be
 * thread-safe, as one client serves many threads; per-call state belongs in
 * {@link MmcCallContext#attributes()}.
 */
public interface MmcInterceptor {

    /** The call starts: nothing was checked or sent yet. */
    default void onCallStart(MmcCallContext call) {
    }

    /**
     * An attempt ended.
     *
     * @param attempt       its number, from 1
     * @param failureOrNull what it failed with (as the caller would get it), or null when it succeeded
     */
    default void onAttemptEnd(MmcCallContext call, int attempt, Throwable failureOrNull) {
    }

    /**
     * The call ended.
     *
     * @param failureOrNull what the caller gets thrown, or null when the call succeeded
     */
    default void onCallEnd(MmcCallContext call, Throwable failureOrNull) {
    }
}
