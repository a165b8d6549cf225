package com.orange.api.mmc.internal.transport;

import com.orange.api.common.GatewayError;
import com.orange.api.common.OrangeApiException;
import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.MmcException;
import com.orange.api.mmc.webservice.MmcFault;
import com.orange.api.mmc.webservice.MmcServiceFault;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLException;
import jakarta.xml.soap.SOAPFault;

import jakarta.xml.ws.soap.SOAPFaultException;

/**
 * Turns whatever a call through a port threw into the SDK's exceptions, and says whether repeating the
 * request is safe:
 * <ul>
 *   <li>the declared MMC fault, or an undeclared SOAP fault carrying an {@code MMC_} code:
 *       {@link MmcException};</li>
 *   <li>a SOAP fault carrying a gateway code ({@code MED0006}, {@code REQ.AUTHENTICATION_FAILURE}...):
 *       {@link TechnicalException} with that code;</li>
 *   <li>an HTTP error without a SOAP body: 401 is the gateway's {@code REQ.AUTHENTICATION_FAILURE}, other
 *       statuses {@code HTTP_<status>};</li>
 *   <li>network failures: {@code TIMEOUT}, {@code IO} or {@code TLS}; an answer over the size limit:
 *       {@code RESPONSE_TOO_LARGE}; anything unreadable, or declaring a DTD: {@code BAD_RESPONSE}.</li>
 * </ul>
 */
final class FaultTranslator {

    /** The code of a SOAP fault that carries neither an MMC nor a gateway code. */
    static final String SOAP_FAULT = "SOAP_FAULT";

    private static final Pattern MMC_CODE = Pattern.compile("\\bMMC_\\d+\\b");
    private static final Pattern GATEWAY_CODE = Pattern.compile(
            "\\b(?:MET\\d{4}|MED\\d{4}|DPW\\d{4}|REQ\\.[A-Z_]+|IOSW\\.[A-Z_]+|MESSAGE_TOO_LARGE)\\b");

    private FaultTranslator() {
    }

    /**
     * A translated failure.
     *
     * @param exception   what the caller gets
     * @param neverSent   true when the request provably never reached the service (connection refused, no
     *                    connection in time, or the gateway says the back end was not reached)
     */
    record Failure(OrangeApiException exception, boolean neverSent) {

        boolean retryable() {
            return exception instanceof TechnicalException technical && technical.isRetryable();
        }

        /** @return the wait the service asked for before a new attempt ({@code Retry-After} of a 503) */
        Optional<Duration> retryAfter() {
            TransportFailures.HttpStatus status = find(exception.getCause(), TransportFailures.HttpStatus.class);
            return status == null ? Optional.empty() : status.retryAfter();
        }
    }

    static Failure translate(Operation operation, Throwable thrown) {
        if (thrown instanceof MmcServiceFault fault) {
            MmcFault info = fault.getFaultInfo();
            String code = info == null || info.getCode() == null ? "MMC_UNKNOWN" : info.getCode().trim();
            return new Failure(new MmcException(code, info == null ? fault.getMessage() : info.getMessage(),
                    info == null ? null : info.getInputParameter(), operation.method(), false), false);
        }
        if (thrown instanceof SOAPFaultException soapFault) {
            return soapFault(operation, soapFault);
        }
        int status = httpStatus(thrown);
        if (status >= 300 && status < 400) {
            String location = find(thrown, TransportFailures.HttpStatus.class).location;
            return new Failure(new TechnicalException("HTTP_" + status, operation.method() + " failed: the service"
                    + " answered HTTP " + status + " redirecting to " + (location == null ? "(no Location)" : location)
                    + "; redirects are not followed: check serviceUrl", status, false, 1, thrown), false);
        }
        if (status == 401) {
            return gateway(operation, GatewayError.REQ_AUTHENTICATION_FAILURE, 401, "HTTP 401 Unauthorized", thrown);
        }
        if (status >= 400) {
            boolean unavailable = status == 503;
            return new Failure(new TechnicalException("HTTP_" + status, operation.method() + " failed: the service"
                    + " answered HTTP " + status + " without a SOAP message", status,
                    unavailable || status == 502 || status == 504, 1, thrown), unavailable);
        }
        return network(operation, thrown);
    }

    private static Failure soapFault(Operation operation, SOAPFaultException exception) {
        SOAPFault fault = exception.getFault();
        String faultCode = fault.getFaultCodeAsQName() == null ? "" : fault.getFaultCodeAsQName().getLocalPart();
        String faultString = Optional.ofNullable(fault.getFaultString()).orElse("");
        String detail = fault.getDetail() == null ? "" : fault.getDetail().getTextContent();
        String all = faultCode + " " + faultString + " " + detail;

        Matcher mmc = MMC_CODE.matcher(all);
        if (mmc.find()) {
            return new Failure(new MmcException(mmc.group(), faultString, null, operation.method(), false), false);
        }
        Optional<GatewayError> gateway = GatewayError.fromCode(faultCode);
        Matcher codes = GATEWAY_CODE.matcher(all);
        while (gateway.isEmpty() && codes.find()) {
            gateway = GatewayError.fromCode(codes.group());
        }
        if (gateway.isPresent()) {
            return gateway(operation, gateway.get(), 500, faultString, exception);
        }
        return new Failure(new TechnicalException(SOAP_FAULT, operation.method() + " failed with a SOAP fault "
                + faultCode + ": " + faultString, 500, false, 1, exception), false);
    }

    private static Failure gateway(Operation operation, GatewayError error, int status, String detail, Throwable cause) {
        String message = operation.method() + " failed: " + error.code() + " " + error.description()
                + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
        // A retryable gateway code says the platform did not reach the back end: nothing was done there.
        return new Failure(new TechnicalException(error.code(), message, status, error.retryable(), 1, cause),
                error.retryable());
    }

    /**
     * Network failures, most specific first. The whole cause chain is searched for each kind, since the
     * JDK re-wraps a failure as the cause of a new, plainer exception.
     */
    private static Failure network(Operation operation, Throwable thrown) {
        String method = operation.method();
        TransportFailures.ResponseTooLarge tooLarge = find(thrown, TransportFailures.ResponseTooLarge.class);
        if (tooLarge != null) {
            return new Failure(new TechnicalException(TechnicalException.RESPONSE_TOO_LARGE, method + " failed: "
                    + tooLarge.getMessage(), tooLarge.status, false, 1, thrown), false);
        }
        TransportFailures.UnsafeResponse unsafe = find(thrown, TransportFailures.UnsafeResponse.class);
        if (unsafe != null) {
            return new Failure(new TechnicalException(TechnicalException.BAD_RESPONSE, method + " failed: "
                    + unsafe.getMessage(), unsafe.status, false, 1, thrown), false);
        }
        if (find(thrown, InterruptedException.class) != null) {
            // The caller's own thread was interrupted (its interrupt status stays set): give up, do not retry.
            return new Failure(new TechnicalException(TechnicalException.IO, method + " failed: the calling thread was"
                    + " interrupted", 0, false, 1, thrown), false);
        }
        TransportFailures.Timeout timeout = find(thrown, TransportFailures.Timeout.class);
        if (timeout != null && timeout.connecting) {
            return new Failure(new TechnicalException(TechnicalException.TIMEOUT, method
                    + " failed: no connection within the connect timeout", 0, true, 1, thrown), true);
        }
        if (timeout != null || find(thrown, SocketTimeoutException.class) != null) {
            return new Failure(new TechnicalException(TechnicalException.TIMEOUT, method
                    + " failed: no answer within the request timeout", 0, true, 1, thrown), false);
        }
        Throwable refused = find(thrown, ConnectException.class);
        if (refused == null) {
            refused = find(thrown, NoRouteToHostException.class);
        }
        if (refused != null) {
            return new Failure(new TechnicalException(TechnicalException.IO, method
                    + " failed: cannot connect to the service (" + refused.getMessage() + ")", 0, true, 1, thrown), true);
        }
        UnknownHostException unknownHost = find(thrown, UnknownHostException.class);
        if (unknownHost != null) {
            return new Failure(new TechnicalException(TechnicalException.IO, method + " failed: unknown host "
                    + unknownHost.getMessage(), 0, false, 1, thrown), true);
        }
        SSLException tls = find(thrown, SSLException.class);
        if (tls != null) {
            return new Failure(new TechnicalException(TechnicalException.TLS, method
                    + " failed: the TLS handshake with the service failed (" + tls.getMessage()
                    + "); if the service uses a private certificate, set trustCertificate", 0, false, 1, thrown), false);
        }
        IOException io = find(thrown, IOException.class);
        if (io != null) {
            return new Failure(new TechnicalException(TechnicalException.IO, method + " failed: the connection broke ("
                    + io + ")", 0, true, 1, thrown), false);
        }
        return new Failure(new TechnicalException(TechnicalException.BAD_RESPONSE, method
                + " failed: the answer is not a SOAP message the SDK can read (" + thrown.getMessage() + ")", 0, false,
                1, thrown), false);
    }

    /** @return the first exception of {@code type} in the cause chain, or null */
    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** @return the HTTP status of an answer that carried no SOAP message, or 0 */
    private static int httpStatus(Throwable thrown) {
        TransportFailures.HttpStatus status = find(thrown, TransportFailures.HttpStatus.class);
        return status == null ? 0 : status.status;
    }
}
