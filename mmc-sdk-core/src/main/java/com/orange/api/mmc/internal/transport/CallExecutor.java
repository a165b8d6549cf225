package com.orange.api.mmc.internal.transport;

import com.orange.api.common.ApiCredentials;
import com.orange.api.common.ConfigurationException;
import com.orange.api.common.internal.CurrentCall;
import com.orange.api.common.OrangeApiException;
import com.orange.api.common.ServiceSettings;
import com.orange.api.common.TechnicalException;
import com.orange.api.common.internal.TechnicalFailures;
import com.orange.api.mmc.MmcInterceptor;
import com.orange.api.mmc.internal.mapping.RequestMapper;
import com.orange.api.mmc.webservice.ApplicationContext;
import com.orange.api.mmc.webservice.MmcServiceFault;
import com.orange.api.mmc.webservice.MultimediaConferencePortType;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.xml.ws.soap.SOAPFaultException;

/**
 * Runs one SDK call: calls the client's one port with the organizer's credentials (basic authentication and the
 * ApplicationContext header), invokes, translates failures, retries where {@link RetryPolicy} allows (after
 * the wait a 503's {@code Retry-After} asks for, when it does, and within the call's {@code callTimeout}),
 * and logs one INFO line per call ({@code <about> 12 ms}) with DEBUG lines per attempt. A class missing or
 * changed on the classpath during a call is a {@link ConfigurationException}, never a bad answer.
 */
public final class CallExecutor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("com.orange.api.mmc.Mmc");

    /** Waits between attempts. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration wait) throws InterruptedException;
    }

    /** One operation's invocation on a port. */
    @FunctionalInterface
    public interface PortCall<T> {
        T invoke(MultimediaConferencePortType port, ApplicationContext context) throws MmcServiceFault;
    }

    private final ServicePort service;
    private final RetryPolicy retryPolicy;
    /** The whole call's time, retries and waits included, or null for none beyond the attempts' own. */
    private final Duration callTimeout;
    private final CallObservers observers;
    private final Clock clock;
    private final Sleeper sleeper;

    /** The call {@link #run} is running on this thread, for its attempts to report to. */
    private static final ThreadLocal<CallObservers.Call> CURRENT = new ThreadLocal<>();
    /** The code of a failure the SDK did not foresee (a defect), so that nothing undocumented escapes. */
    public static final String SDK_ERROR = "SDK_ERROR";

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
     * and into every SDK exception created meanwhile, the interceptors see it start and end, and it is
     * logged as the manual's log shows it: {@code INFO <about>} when it starts, {@code INFO <about> 12 ms}
     * when it ends, {@code ERROR} with the code when it fails. Argument checks and mapping run inside it,
     * so their failures are the call's too; anything undocumented that escapes them (a defect of the SDK)
     * is reported as a {@link TechnicalException} {@code SDK_ERROR}, never as a foreign exception.
     *
     * @param serviceAccount the organizer's service account, for the interceptors (null when unknown)
     */
    public <T> T run(Operation operation, String serviceAccount, Supplier<T> body) {
        CallObservers.Call observed = observers.start(operation.wireName(), serviceAccount);
        CallObservers.Call outer = CURRENT.get();
        CURRENT.set(observed);
        String outerId = CurrentCall.enter(observed.callId());
        RuntimeException outcome = null;
        try {
            LOG.info("<{}>", operation.method());
            T result = body.get();
            if (LOG.isInfoEnabled()) {
                LOG.info("<{}> {} ms", operation.method(), observed.elapsedMillis());
            }
            return result;
        } catch (OrangeApiException | NullPointerException | IllegalStateException documented) {
            outcome = documented;
        } catch (RuntimeException defect) {
            outcome = TechnicalException.builder(SDK_ERROR, operation.method() + " failed: unexpected " + defect)
                    .cause(defect).build();
        } finally {
            if (outcome != null) {
                LOG.error("<{}> failed in {} ms: {}", operation.method(), observed.elapsedMillis(), describe(outcome));
            }
            observed.ended(outcome);
            CurrentCall.restore(outerId);
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
        throw outcome;
    }

    /**
     * Makes the call's exchanges with the service: attempts, retries and failure translation, inside the
     * {@link #run} of the public method.
     *
     * @param conferencePasswords the passwords the request carries, masked (with the credentials) wherever
     *                            the SDK prints the server's text
     *
     * @throws com.orange.api.mmc.MmcException the service refused the request
     * @throws TechnicalException                the exchange failed, after the attempts allowed
     */
    public <T> T call(Operation operation, ApiCredentials credentials, PortCall<T> call, String... conferencePasswords) {
        CallObservers.Call observed = CURRENT.get();
        if (observed == null) {
            return run(operation, credentials == null ? null : credentials.serviceAccount(),
                    () -> call(operation, credentials, call, conferencePasswords));
        }
        return attempts(operation, credentials, call, observed, CallSecrets.of(credentials, conferencePasswords));
    }

    private <T> T attempts(Operation operation, ApiCredentials credentials, PortCall<T> call,
            CallObservers.Call observed, CallSecrets secrets) {
        long started = System.nanoTime();
        Long callDeadline = callTimeout == null ? null : started + callTimeout.toNanos();
        ApplicationContext context = RequestMapper.applicationContext(credentials);
        for (int attempt = 1;; attempt++) {
            MultimediaConferencePortType port = service.port();
            // The exchange outlives the transport (Metro reads the answer after it): ended here, with the call.
            CallScope scope = CallScope.enter(credentials, callDeadline, secrets);
            FaultTranslator.Failure failure;
            try {
                T result = call.invoke(port, context);
                scope.end(true);
                observed.attemptEnded(null);
                return result;
            } catch (MmcServiceFault | RuntimeException | LinkageError thrown) {
                // A SOAP fault is a whole answer, whose connection can be kept; any other failure closes it.
                scope.end(thrown instanceof MmcServiceFault || thrown instanceof SOAPFaultException);
                Optional<ConfigurationException> linkage = RuntimeCheck.linkageProblem(thrown);
                if (linkage.isPresent()) {
                    throw linkage.get();
                }
                failure = FaultTranslator.translate(operation, thrown, secrets);
                observed.attemptEnded(failure.exception());
            } finally {
                scope.close();
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("<{}> attempt {} of {} failed: {}", operation.method(), attempt, retryPolicy.maxAttempts(),
                        failure.exception().getMessage());
            }
            Duration timeLeft = callDeadline == null ? null
                    : Duration.ofNanos(Math.max(0, callDeadline - System.nanoTime()));
            Optional<Duration> wait = retryPolicy.nextAttempt(operation, failure, attempt, timeLeft, clock.instant(),
                    bound -> ThreadLocalRandom.current().nextLong(bound));
            if (wait.isEmpty()) {
                throw finalFailure(failure.exception(), attempt);
            }
            sleep(wait.get(), failure.exception(), attempt);
        }
    }

    /** The failure the caller gets: a technical one records how many attempts were made. */
    private static OrangeApiException finalFailure(OrangeApiException exception, int attempts) {
        return exception instanceof TechnicalException technical && attempts > 1
                ? TechnicalFailures.withAttempts(technical, attempts) : exception;
    }

    private void sleep(Duration delay, OrangeApiException failure, int attempts) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw finalFailure(failure, attempts);
        }
    }

    /** @return the failure's code (an MMC, gateway or SDK code), or its kind when it has none */
    /** The failure's code then its message, the code once: an {@code MmcException}'s message opens with it. */
    private static String describe(RuntimeException exception) {
        String code = codeOf(exception);
        String message = exception.getMessage();
        return message != null && message.startsWith(code) ? message : code + " " + message;
    }

    private static String codeOf(RuntimeException exception) {
        if (exception instanceof TechnicalException technical) {
            return technical.getCode();
        }
        if (exception instanceof com.orange.api.common.FunctionalException functional) {
            return functional.getCode();
        }
        return exception.getClass().getSimpleName();
    }

    @Override
    public void close() {
        service.close();
    }
}
