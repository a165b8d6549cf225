package com.orange.api.mmc.internal.transport;

import com.orange.api.common.ApiCredentials;
import com.orange.api.common.ConfigurationException;
import com.orange.api.common.OrangeApiException;
import com.orange.api.common.ServiceSettings;
import com.orange.api.common.TechnicalException;
import com.orange.api.common.internal.CallThreadHold;
import com.orange.api.common.internal.CurrentCall;
import com.orange.api.mmc.MmcInterceptor;
import com.orange.api.mmc.internal.mapping.RequestMapper;
import com.orange.api.mmc.webservice.ApplicationContext;
import com.orange.api.mmc.webservice.MmcServiceFault;
import com.orange.api.mmc.webservice.MultimediaConferencePortType;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.xml.ws.soap.SOAPFaultException;

/**
 * Runs one SDK call from start to end, in one pass: starts the call object ({@link CallObservers.Call}),
 * takes the installed {@link ThreadHolds} on the thread, reads the organizer's credentials, prepares the
 * request (the caller's checks and mapping), makes the attempts through the client's one port, and maps the
 * answer. {@link Failures} decides what every failure is, {@link RetryPolicy} whether and when to try again;
 * the waits go to the injected sleeper. Logs one INFO line when a call starts ({@code <about>}) and one when
 * it ends ({@code <about> 12 ms}), ERROR with the code when it fails, DEBUG per failed attempt.
 */
public final class CallExecutor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("com.orange.api.mmc.Mmc");
    private static final ThreadHolds HOLDS = ThreadHolds.installed();

    /** Waits between attempts. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration wait) throws InterruptedException;
    }

    /** One operation's invocation on a port, its request already mapped. */
    @FunctionalInterface
    public interface PortCall<A> {
        A invoke(MultimediaConferencePortType port, ApplicationContext context) throws MmcServiceFault;
    }

    /**
     * Who a call acts for.
     *
     * @param serviceAccount the organizer's service account, for the interceptors (null when unknown)
     * @param credentials    reads the organizer's checked credentials snapshot, inside the call
     */
    public record Caller(String serviceAccount, Supplier<ApiCredentials> credentials) {
    }

    private final ServicePort service;
    private final RetryPolicy retryPolicy;
    /** The whole call's time, retries and waits included, or null for none beyond the attempts' own. */
    private final Duration callTimeout;
    private final CallObservers observers;
    private final Clock clock;
    private final Sleeper sleeper;

    /**
     * @throws ConfigurationException when the runtime lacks a library the SDK needs, or has an unsupported
     *                                version of it
     */
    public CallExecutor(ServiceSettings settings, List<MmcInterceptor> interceptors) {
        this(settings, interceptors, Clock.systemUTC(), wait -> Thread.sleep(wait.toMillis()));
    }

    /**
     * @param clock   reads a {@code Retry-After} date
     * @param sleeper waits between attempts
     */
    CallExecutor(ServiceSettings settings, List<MmcInterceptor> interceptors, Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
        RuntimeCheck.verify();
        this.observers = new CallObservers(interceptors, settings.serviceUrl());
        try {
            this.service = new ServicePort(settings);
        } catch (LinkageError e) {
            throw RuntimeCheck.linkageProblem(e).orElseThrow();
        }
        this.retryPolicy = RetryPolicy.withMaxAttempts(settings.maxAttempts());
        this.callTimeout = settings.callTimeout().orElse(null);
    }

    /**
     * Runs one public method of the client as one call: its id goes into the SLF4J MDC ({@code mmc.callId})
     * and into every SDK exception created meanwhile, and the interceptors see it start, each attempt end
     * and the call end.
     *
     * @param prepare             checks the arguments and maps the request, inside the call
     * @param read                maps the answer
     * @param conferencePasswords the passwords the request carries, masked (with the credentials) wherever
     *                            the SDK prints the server's text
     * @throws com.orange.api.mmc.MmcException the service refused the request, or a local rule did
     * @throws TechnicalException                the exchange failed, after the attempts allowed
     */
    public <A, T> T run(Operation operation, Caller caller, Supplier<PortCall<A>> prepare, Function<A, T> read,
            String... conferencePasswords) {
        CallObservers.Call call = observers.start(operation.wireName(), caller.serviceAccount());
        CurrentCall.Call outer = CurrentCall.enter(call);
        CallThreadHold.Release held = HOLDS.enter();
        RuntimeException outcome = null;
        try {
            LOG.info("<{}>", operation.method());
            ApiCredentials credentials = caller.credentials().get();
            PortCall<A> send = prepare.get();
            call.ready(credentials, CallSecrets.of(credentials, conferencePasswords), callTimeout);
            T result = read.apply(attempts(operation, send, call));
            if (LOG.isInfoEnabled()) {
                LOG.info("<{}> {} ms", operation.method(), call.elapsedMillis());
            }
            return result;
        } catch (RuntimeException thrown) {
            outcome = Failures.ofCall(operation, thrown, call.secrets());
        } finally {
            if (outcome != null) {
                LOG.error("<{}> failed in {} ms: {}", operation.method(), call.elapsedMillis(), describe(outcome));
            }
            call.ended(outcome);
            held.release();
            CurrentCall.restore(outer);
        }
        throw outcome;
    }

    private <A> A attempts(Operation operation, PortCall<A> send, CallObservers.Call call) {
        ApplicationContext context = RequestMapper.applicationContext(call.credentials());
        for (int attempt = 1;; attempt++) {
            MultimediaConferencePortType port = service.port();
            Failures.Failure failure;
            try {
                A answer = send.invoke(port, context);
                if (!call.endExchange(true)) {
                    throw new TransportFailures.Desynchronized();
                }
                call.attemptEnded(null);
                return answer;
            } catch (MmcServiceFault | RuntimeException | LinkageError thrown) {
                // A SOAP fault is a whole answer, whose connection can be kept; any other failure closes it.
                call.endExchange(thrown instanceof MmcServiceFault || thrown instanceof SOAPFaultException);
                failure = Failures.translate(operation, thrown, call.secrets());
                call.attemptEnded(failure.exception());
            } finally {
                // The exchange outlives the transport tube (Metro reads the answer after it): ended here.
                call.endExchange(false);
            }
            if (failure.exception() instanceof ConfigurationException configuration) {
                throw configuration;
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("<{}> attempt {} of {} failed: {}", operation.method(), attempt, retryPolicy.maxAttempts(),
                        failure.exception().getMessage());
            }
            Optional<Duration> wait = retryPolicy.nextAttempt(operation, failure, attempt, call.timeLeft(),
                    clock.instant(), bound -> ThreadLocalRandom.current().nextLong(bound));
            if (wait.isEmpty()) {
                throw Failures.withAttempts(failure.exception(), attempt);
            }
            sleep(wait.get(), failure.exception(), attempt);
        }
    }

    private void sleep(Duration delay, OrangeApiException failure, int attempts) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Failures.withAttempts(failure, attempts);
        }
    }

    /** The failure's code then its message, the code once: an {@code MmcException}'s message opens with it. */
    private static String describe(RuntimeException exception) {
        String code = Failures.codeOf(exception);
        String message = exception.getMessage();
        return message != null && message.startsWith(code) ? message : code + " " + message;
    }

    @Override
    public void close() {
        service.close();
    }
}
