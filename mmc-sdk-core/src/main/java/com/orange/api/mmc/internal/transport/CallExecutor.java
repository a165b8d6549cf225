package com.orange.api.mmc.internal.transport;

import com.orange.api.common.ApiCredentials;
import com.orange.api.common.OrangeApiException;
import com.orange.api.common.ServiceSettings;
import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.internal.mapping.RequestMapper;
import com.orange.api.mmc.webservice.ApplicationContext;
import com.orange.api.mmc.webservice.MmcServiceFault;
import com.orange.api.mmc.webservice.MultimediaConferencePortType;

import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.soap.SOAPFaultException;

/**
 * Runs one SDK call: borrows a port, gives it the organizer's credentials (basic authentication and the
 * ApplicationContext header), invokes, translates failures, retries where {@link RetryPolicy} allows, and
 * logs one INFO line per call ({@code <about> 12 ms}) with DEBUG lines per attempt.
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

    public CallExecutor(ServiceSettings settings) {
        this.ports = new PortPool(settings);
        this.retryPolicy = RetryPolicy.withMaxAttempts(settings.maxAttempts());
    }

    /**
     * @throws com.orange.api.mmc.MmcException the service refused the request
     * @throws TechnicalException                the exchange failed, after the attempts allowed
     */
    public <T> T call(Operation operation, ApiCredentials credentials, PortCall<T> call) {
        long started = System.nanoTime();
        ApplicationContext context = RequestMapper.applicationContext(credentials);
        for (int attempt = 1;; attempt++) {
            MultimediaConferencePortType port = ports.borrow();
            Map<String, Object> request = ((BindingProvider) port).getRequestContext();
            // The exchange outlives the transport (Metro reads the answer after it): ended here, with the call.
            Answer.Holder answer = (Answer.Holder) request.get(HttpTransport.ANSWER_KEY);
            FaultTranslator.Failure failure;
            try {
                request.put(HttpTransport.CREDENTIALS_KEY, credentials);
                T result = call.invoke(port, context);
                answer.end(true);
                if (LOG.isInfoEnabled()) {
                    LOG.info("<{}> {} ms", operation.method(), elapsedMillis(started));
                }
                return result;
            } catch (MmcServiceFault | RuntimeException thrown) {
                // A SOAP fault is a whole answer, whose connection can be kept; any other failure closes it.
                answer.end(thrown instanceof MmcServiceFault || thrown instanceof SOAPFaultException);
                failure = FaultTranslator.translate(operation, thrown, CallSecrets.of(credentials));
            } finally {
                answer.end(false);
                ports.release(port);
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("<{}> attempt {} of {} failed: {}", operation.method(), attempt, retryPolicy.maxAttempts(),
                        failure.exception().getMessage());
            }
            if (!retryPolicy.shouldRetry(operation, failure, attempt)) {
                throw finalFailure(operation, failure.exception(), attempt, started);
            }
            sleep(retryPolicy.delayAfter(attempt), operation, failure.exception(), attempt, started);
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
