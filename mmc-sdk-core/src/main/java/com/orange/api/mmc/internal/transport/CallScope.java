package com.orange.api.mmc.internal.transport;

import com.orange.api.common.ApiCredentials;

import java.time.Duration;

/**
 * What the transport needs of the attempt running on the calling thread, typed: the organizer's
 * credentials, the secrets to mask, the time the whole call has left, and the attempt's exchange, which
 * outlives the transport tube (Metro reads the answer after the tube returns) and is ended by the call.
 * Metro runs a synchronous call on the thread that makes it, so the tube finds the attempt's scope on its
 * thread ({@link #current()}); the client's one port is shared by all threads (see {@link ServicePort}).
 * Scopes nest: a call made on a thread while another's attempt is open (by an interceptor, say) has its
 * own, and {@link #close()} gives the thread back the outer one.
 */
final class CallScope implements AutoCloseable {

    private static final ThreadLocal<CallScope> CURRENT = new ThreadLocal<>();

    private final ApiCredentials credentials;
    private final CallSecrets secrets;
    /** The {@link System#nanoTime()} by which the whole call must be over, when {@link #deadlineSet}. */
    private final long callDeadline;
    private final boolean deadlineSet;
    private final CallScope outer;
    private HttpExchange exchange;

    private CallScope(ApiCredentials credentials, Long callDeadline, CallSecrets secrets, CallScope outer) {
        this.credentials = credentials;
        this.secrets = secrets;
        this.deadlineSet = callDeadline != null;
        this.callDeadline = deadlineSet ? callDeadline : 0;
        this.outer = outer;
    }

    /**
     * Starts an attempt on the calling thread.
     *
     * @param callDeadline the {@link System#nanoTime()} by which the whole call must be over, or null
     */
    static CallScope enter(ApiCredentials credentials, Long callDeadline, CallSecrets secrets) {
        CallScope scope = new CallScope(credentials, callDeadline, secrets, CURRENT.get());
        CURRENT.set(scope);
        return scope;
    }

    /**
     * @return the scope of the attempt running on the calling thread
     * @throws IllegalStateException when no SDK call runs on it
     */
    static CallScope current() {
        CallScope scope = CURRENT.get();
        if (scope == null) {
            throw new IllegalStateException("An SDK port was called outside an SDK call");
        }
        return scope;
    }

    ApiCredentials credentials() {
        return credentials;
    }

    /** @return the call's secrets (credentials and the passwords its request carries), for masking */
    CallSecrets secrets() {
        return secrets;
    }

    /** @return what is left of the call's time (zero or more), or null when the call has no deadline */
    Duration timeLeft() {
        return deadlineSet ? Duration.ofNanos(Math.max(0, callDeadline - System.nanoTime())) : null;
    }

    /** The attempt's exchange, which the call ends; an earlier one still open is ended as failed. */
    void hold(HttpExchange next) {
        end(false);
        exchange = next;
    }

    /** Ends the attempt's exchange, if any: see {@link HttpExchange#end(boolean)}. */
    void end(boolean answered) {
        HttpExchange ending = exchange;
        exchange = null;
        if (ending != null) {
            ending.end(answered);
        }
    }

    /** Ends the attempt: an exchange still open is ended as failed, and the thread is back in the outer scope. */
    @Override
    public void close() {
        try {
            end(false);
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
