package com.orange.api.mmc.internal.transport;

import com.orange.api.common.ApiCredentials;

import java.time.Duration;

/**
 * What a port's transport needs of the call in progress on it, typed: the organizer's credentials, the
 * time the whole call has left, and the attempt's exchange, which outlives the transport tube (Metro reads
 * the answer after the tube returns) and is ended by the call. A port serves one call at a time, so one
 * scope, created with the port, serves all its calls.
 */
final class CallScope {

    /** The one request-context entry of an SDK port: its scope. */
    static final String KEY = CallScope.class.getName();

    private ApiCredentials credentials;
    private CallSecrets secrets = CallSecrets.none();
    private long callDeadline;
    private boolean deadlineSet;
    private HttpExchange exchange;

    /**
     * Starts a call on the port.
     *
     * @param callDeadline the {@link System#nanoTime()} by which the whole call must be over, or null
     */
    void begin(ApiCredentials callCredentials, Long callDeadline, CallSecrets callSecrets) {
        end(false);
        this.credentials = callCredentials;
        this.secrets = callSecrets;
        this.deadlineSet = callDeadline != null;
        this.callDeadline = deadlineSet ? callDeadline : 0;
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

    /** Forgets the call's credentials once it is over. */
    void clear() {
        end(false);
        credentials = null;
        secrets = CallSecrets.none();
    }
}
