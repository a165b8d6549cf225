package com.orange.api.mmc.internal.transport;

import com.orange.api.common.ApiCredentials;
import com.orange.api.common.ConfigurationException;
import com.orange.api.common.OrangeApiException;
import com.orange.api.common.ServiceSettings;
import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.MmcInterceptor;
import com.orange.api.mmc.internal.mapping.RequestMapper;
import com.orange.api.mmc.webservice.ApplicationContext;
import com.orange.api.mmc.webservice.MmcServiceFault;
import com.orange.api.mmc.webservice.MultimediaConferencePortType;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.xml.ws.soap.SOAPFaultException;

/**
 * Runs one SDK call: borrows a port, gives it the organizer's credentials (basic authentication and the
 * ApplicationContext header), invokes, translates failures, retries where {@link RetryPolicy} allows (after
 * the wait a 503's {@code Retry-After} asks for, when it does, and within the call's {@code callTimeout}),
 * and logs one INFO line per call ({@code <about> 12 ms}) with DEBUG lines per attempt. A class missing or
 * changed on the classpath during a call is a {@link ConfigurationException}, never a bad answer.
 */
public final class CallExecutor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("com.orange.api.mmc.Mmc");

    /** One operation's invocation on a port. */
    @FunctionalInterface
    public interface PortCall<T> {
        T invoke(MultimediaConferencePortType port, ApplicationContext context) throws MmcServiceFault;
    }

    private final PortPool ports;
    private final RetryPolicy retryPolicy;
    /** The whole call's time, retries and waits included, or null for none beyond the attempts' own. */
    private final Duration callTimeout;
    private final CallObservers observers;

    /**
     * @throws ConfigurationException when the runtime lacks a library the SDK needs, or has an unsupported
     *                                version of it
     */
    public CallExecutor(ServiceSettings settings, List<MmcInterceptor> interceptors) {
        RuntimeCheck.verify();
        this.observers = new CallObservers(interceptors, settings.serviceUrl());
        try {
            this.ports = new PortPool(settings);
        } catch (LinkageError e) {
            throw RuntimeCheck.linkageProblem(e).orElseThrow();
        }
        this.retryPolicy = RetryPolicy.withMaxAttempts(settings.maxAttempts());
        this.callTimeout = settings.callTimeout().orElse(null);
    }

    /**
     * @throws com.orange.api.mmc.MmcException the service refused the request
     * @throws TechnicalException                the exchange failed, after the attempts allowed
     */
    public <T> T call(Operation operation, ApiCredentials credentials, PortCall<T> call) {
        CallObservers.Call observed = observers.start(operation.wireName(),
                credentials == null ? null : credentials.serviceAccount());
        Throwable outcome = null;
        try {
            return attempts(operation, credentials, call, observed);
        } catch (RuntimeException | Error e) {
            outcome = e;
            throw e;
        } finally {
            observed.ended(outcome);
        }
    }

    private <T> T attempts(Operation operation, ApiCredentials credentials, PortCall<T> call,
            CallObservers.Call observed) {
        long started = System.nanoTime();
        Long callDeadline = callTimeout == null ? null : started + callTimeout.toNanos();
        ApplicationContext context = RequestMapper.applicationContext(credentials);
        for (int attempt = 1;; attempt++) {
            MultimediaConferencePortType port = ports.borrow();
            // The exchange outlives the transport (Metro reads the answer after it): ended here, with the call.
            CallScope scope = PortPool.scopeOf(port);
            FaultTranslator.Failure failure;
            try {
                scope.begin(credentials, callDeadline);
                T result = call.invoke(port, context);
                scope.end(true);
                observed.attemptEnded(null);
                if (LOG.isInfoEnabled()) {
                    LOG.info("<{}> {} ms", operation.method(), elapsedMillis(started));
                }
                return result;
            } catch (MmcServiceFault | RuntimeException | LinkageError thrown) {
                // A SOAP fault is a whole answer, whose connection can be kept; any other failure closes it.
                scope.end(thrown instanceof MmcServiceFault || thrown instanceof SOAPFaultException);
                Optional<ConfigurationException> linkage = RuntimeCheck.linkageProblem(thrown);
                if (linkage.isPresent()) {
                    throw linkage.get();
                }
                failure = FaultTranslator.translate(operation, thrown, CallSecrets.of(credentials));
                observed.attemptEnded(failure.exception());
            } finally {
                scope.clear();
                ports.release(port);
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("<{}> attempt {} of {} failed: {}", operation.method(), attempt, retryPolicy.maxAttempts(),
                        failure.exception().getMessage());
            }
            if (!retryPolicy.shouldRetry(operation, failure, attempt)) {
                throw finalFailure(operation, failure.exception(), attempt, started);
            }
            int attemptsMade = attempt;
            Duration delay = failure.retryAfter().orElseGet(() -> retryPolicy.delayAfter(attemptsMade));
            if (callDeadline != null && System.nanoTime() + delay.toNanos() - callDeadline >= 0) {
                // The next attempt could not start within the call's time: give up now, with the failure as is.
                throw finalFailure(operation, failure.exception(), attempt, started);
            }
            sleep(delay, operation, failure.exception(), attempt, started);
        }
    }

    private static OrangeApiException finalFailure(Operation operation, OrangeApiException exception, int attempts,
            long started) {
        OrangeApiException result = exception instanceof TechnicalException technical && attempts > 1
                ? technical.withAttempts(attempts) : exception;
        if (LOG.isInfoEnabled()) {
            LOG.info("<{}> failed in {} ms: {}", operation.method(), elapsedMillis(started), codeOf(result));
        }
        return result;
    }

    private static void sleep(Duration delay, Operation operation, OrangeApiException failure, int attempts,
            long started) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw finalFailure(operation, failure, attempts, started);
        }
    }

    private static String codeOf(OrangeApiException exception) {
        if (exception instanceof TechnicalException technical) {
            return technical.getCode();
        }
        if (exception instanceof com.orange.api.common.FunctionalException functional) {
            return functional.getCode();
        }
        return exception.getClass().getSimpleName();
    }

    private static long elapsedMillis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Override
    public void close() {
        ports.close();
    }
}
