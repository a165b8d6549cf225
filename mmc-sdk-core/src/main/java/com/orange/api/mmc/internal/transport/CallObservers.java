package com.orange.api.mmc.internal.transport;

import com.orange.api.common.ApiCredentials;
import com.orange.api.common.internal.CurrentCall;
import com.orange.api.mmc.MmcCallContext;
import com.orange.api.mmc.MmcInterceptor;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The client's {@link MmcInterceptor}s and the one object of each call ({@link Call}): each hook runs in the
 * order the interceptors were added, and one that throws is logged and ignored, so it never changes a
 * call's outcome.
 */
final class CallObservers {

    /** The SLF4J MDC key that holds the call id while a call runs. */
    static final String MDC_CALL_ID = "mmc.callId";

    private static final Logger LOG = LoggerFactory.getLogger(CallObservers.class);

    private final List<MmcInterceptor> interceptors;
    private final URI serviceUrl;

    CallObservers(List<MmcInterceptor> interceptors, URI serviceUrl) {
        this.interceptors = List.copyOf(interceptors);
        this.serviceUrl = serviceUrl;
    }

    /**
     * One call, passed along its path: its identity, the organizer's credentials snapshot and the secrets to
     * mask, its deadline, its interceptors, its attempts and the current attempt's exchange. The one object
     * the transport tube finds on the calling thread ({@link #onThisThread()}): Metro's port invocation
     * leaves no other way across.
     */
    final class Call implements MmcCallContext, CurrentCall.Call {
        private final String callId = newCallId();
        private final String operation;
        private final String serviceAccount;
        private final long started = System.nanoTime();
        /** Made when an interceptor first asks for it: a call without interceptors never needs it. */
        private Map<String, Object> attributes;
        private int attempts;
        private final String previousMdc;
        private ApiCredentials credentials;
        private CallSecrets secrets = CallSecrets.none();
        /** The {@link System#nanoTime()} by which the whole call must be over, when {@link #deadlineSet}. */
        private long deadline;
        private boolean deadlineSet;
        /** The current attempt's exchange, which outlives the transport tube and is ended by the call. */
        private HttpExchange exchange;

        private Call(String operation, String serviceAccount) {
            this.operation = operation;
            this.serviceAccount = serviceAccount;
            this.previousMdc = MDC.get(MDC_CALL_ID);
            MDC.put(MDC_CALL_ID, callId);
        }

        @Override
        public String callId() {
            return callId;
        }

        @Override
        public String operation() {
            return operation;
        }

        @Override
        public String serviceAccount() {
            return serviceAccount;
        }

        @Override
        public URI serviceUrl() {
            return serviceUrl;
        }

        @Override
        public int attempts() {
            return attempts;
        }

        @Override
        public Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - started);
        }

        @Override
        public Map<String, Object> attributes() {
            if (attributes == null) {
                attributes = new HashMap<>();
            }
            return attributes;
        }

        long elapsedMillis() {
            return (System.nanoTime() - started) / 1_000_000;
        }

        /**
         * The call is ready to send: its credentials, the secrets its request carries, its time.
         *
         * @param callTimeout the whole call's time, or null for none
         */
        void ready(ApiCredentials snapshot, CallSecrets callSecrets, Duration callTimeout) {
            this.credentials = snapshot;
            this.secrets = callSecrets;
            this.deadlineSet = callTimeout != null;
            this.deadline = deadlineSet ? started + callTimeout.toNanos() : 0;
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
            return deadlineSet ? Duration.ofNanos(Math.max(0, deadline - System.nanoTime())) : null;
        }

        /** The attempt's exchange, which the call ends; an earlier one still open is ended as failed. */
        void hold(HttpExchange next) {
            endExchange(false);
            exchange = next;
        }

        /**
         * Ends the attempt's exchange, if any: see {@link HttpExchange#end(boolean)}.
         *
         * @return false when the exchange was desynchronized
         */
        boolean endExchange(boolean answered) {
            HttpExchange ending = exchange;
            exchange = null;
            return ending == null || ending.end(answered);
        }

        /**
         * @return the call running on the calling thread, for the transport tube
         * @throws IllegalStateException when no SDK call runs on it
         */
        static Call onThisThread() {
            if (CurrentCall.get() instanceof Call call) {
                return call;
            }
            throw new IllegalStateException("An SDK port was called outside an SDK call");
        }

        void attemptEnded(Throwable failureOrNull) {
            int attempt = ++attempts;
            for (MmcInterceptor interceptor : interceptors) {
                guard(interceptor, "onAttemptEnd", () -> interceptor.onAttemptEnd(this, attempt, failureOrNull));
            }
        }

        /** Ends the call: the interceptors hear of it, and the MDC is as it was before. */
        void ended(Throwable failureOrNull) {
            try {
                for (MmcInterceptor interceptor : interceptors) {
                    guard(interceptor, "onCallEnd", () -> interceptor.onCallEnd(this, failureOrNull));
                }
            } finally {
                if (previousMdc == null) {
                    MDC.remove(MDC_CALL_ID);
                } else {
                    MDC.put(MDC_CALL_ID, previousMdc);
                }
            }
        }

        @Override
        public String toString() {
            return "MmcCall[" + callId + " " + operation + "]";
        }
    }

    /** Starts a call: its id goes into the MDC, and the interceptors hear of it. */
    Call start(String operation, String serviceAccount) {
        Call call = new Call(operation, serviceAccount);
        for (MmcInterceptor interceptor : interceptors) {
            guard(interceptor, "onCallStart", () -> interceptor.onCallStart(call));
        }
        return call;
    }

    private static void guard(MmcInterceptor interceptor, String hook, Runnable run) {
        try {
            run.run();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Interceptor {} failed in {} (ignored): {}", interceptor.getClass().getName(), hook, e.toString());
        }
    }

    private static String newCallId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Long.toHexString(random.nextLong() | Long.MIN_VALUE).substring(0, 16);
    }
}
