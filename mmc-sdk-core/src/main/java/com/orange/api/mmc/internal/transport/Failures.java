package com.orange.api.mmc.internal.transport;

import com.orange.api.common.ConfigurationException;
import com.orange.api.common.FunctionalException;
import com.orange.api.common.GatewayError;
import com.orange.api.common.OrangeApiException;
import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.MmcException;
import com.orange.api.mmc.internal.mapping.InvalidWireValue;
import com.orange.api.mmc.webservice.MmcFault;
import com.orange.api.mmc.webservice.MmcServiceFault;

import java.io.CharConversionException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import jakarta.xml.soap.SOAPFault;

import jakarta.xml.ws.soap.SOAPFaultException;

/**
 * The one place that decides what a failure is: every exception a call ends with, whatever raised it, is
 * built here. {@link #translate} turns what one attempt through the port threw into the SDK's exceptions and
 * says whether repeating the request is safe; {@link #ofCall} does the same for what the call's own steps
 * raised (argument checks, mapping); {@link #withAttempts} records the attempts made.
 * <ul>
 *   <li>the declared MMC fault, or an undeclared SOAP fault carrying an {@code MMC_} code:
 *       {@link MmcException};</li>
 *   <li>a SOAP fault carrying a gateway code ({@code MED0006}, {@code REQ.AUTHENTICATION_FAILURE}...):
 *       {@link TechnicalException} with that code;</li>
 *   <li>an HTTP error without a SOAP body: 401 is the gateway's {@code REQ.AUTHENTICATION_FAILURE}, other
 *       statuses {@code HTTP_<status>};</li>
 *   <li>a redirect (3xx): {@code HTTP_<status>} with its {@code Location}, never followed;</li>
 *   <li>network failures: {@code TIMEOUT}, {@code IO} or {@code TLS}; an answer over the size limit:
 *       {@code RESPONSE_TOO_LARGE}; anything unreadable, or declaring a DTD: {@code BAD_RESPONSE}.</li>
 * </ul>
 *
 * <p>A class missing or changed on the classpath during an attempt is a {@link ConfigurationException}; a
 * value the mappers cannot carry is a local {@link MmcException} for the caller's input and
 * {@code BAD_RESPONSE} for the service's answer; anything undocumented is {@code SDK_ERROR} (a defect to
 * report), never a foreign exception.
 *
 * <p>Whether the request reached the service decides two flags: {@code neverSent} (connection refused, no
 * connection in time, unknown host, failed TLS handshake, a retryable gateway code, HTTP 503) lets even a
 * write be repeated; a write that may have reached the service without a readable answer (broken
 * connection, request timeout, HTTP 500/502/504 without SOAP, an unreadable answer) is
 * {@link TechnicalException#isOutcomeUnknown() outcome unknown} and never retryable. Every text the
 * server wrote is passed through the call's {@link CallSecrets} before it reaches a message.
 */
final class Failures {

    /** The code of a SOAP fault that carries neither an MMC nor a gateway code. */
    static final String SOAP_FAULT = "SOAP_FAULT";
    /** The code of a failure the SDK did not foresee (a defect), so that nothing undocumented escapes. */
    static final String SDK_ERROR = "SDK_ERROR";

    private static final Pattern MMC_CODE = Pattern.compile("\\bMMC_\\d+\\b");
    private static final Pattern GATEWAY_CODE = Pattern.compile(
            "\\b(?:MET\\d{4}|MED\\d{4}|DPW\\d{4}|REQ\\.[A-Z_]+|IOSW\\.[A-Z_]+|MESSAGE_TOO_LARGE)\\b");

    private Failures() {
    }

    /**
     * A translated failure.
     *
     * @param exception   what the caller gets
     * @param neverSent   true when the request provably never reached the service (connection refused, no
     *                    connection in time, or the gateway says the back end was not reached)
     * @param retryAfter  the wait the service asked for before a new attempt ({@code Retry-After} of a 503)
     */
    record Failure(OrangeApiException exception, boolean neverSent, Optional<RetryAfter> retryAfter) {

        Failure(OrangeApiException exception, boolean neverSent) {
            this(exception, neverSent, Optional.empty());
        }

        boolean retryable() {
            return exception instanceof TechnicalException technical && technical.isRetryable();
        }
    }

    /**
     * @param operation the operation that failed
     * @param thrown    what the port call threw
     * @param secrets   the call's secrets, masked in every text that came from the server
     */
    static Failure translate(Operation operation, Throwable thrown, CallSecrets secrets) {
        Optional<ConfigurationException> linkage = RuntimeCheck.linkageProblem(thrown);
        if (linkage.isPresent()) {
            return new Failure(linkage.get(), false);
        }
        return new Translation(operation, secrets).of(thrown);
    }

    /**
     * What a call ends with when one of its own steps failed (reading the organizer's credentials, checking
     * and mapping the arguments, mapping the answer): the SDK's documented exceptions as they are, a value
     * the mappers cannot carry as its documented exception, anything else as {@code SDK_ERROR}.
     *
     * @param secrets the call's secrets once known, else {@link CallSecrets#none()}
     */
    static RuntimeException ofCall(Operation operation, RuntimeException thrown, CallSecrets secrets) {
        if (thrown instanceof OrangeApiException || thrown instanceof NullPointerException
                || thrown instanceof IllegalStateException || thrown instanceof IllegalArgumentException) {
            return thrown;
        }
        if (thrown instanceof InvalidWireValue invalid) {
            return invalid.inAnswer()
                    ? TechnicalException.builder(TechnicalException.BAD_RESPONSE, operation.method() + " failed: "
                            + secrets.mask(invalid.getMessage())).httpStatus(200).outcomeUnknown(!operation.readOnly())
                            .build()
                    : new MmcException(invalid.code(), invalid.getMessage(), invalid.field(), operation.method(), true);
        }
        return TechnicalException.builder(SDK_ERROR, operation.method() + " failed: unexpected "
                + secrets.mask(thrown.toString())).cause(MaskedCause.of(thrown, secrets)).build();
    }

    /**
     * @return the failure the caller gets after {@code attempts} attempts: a technical one records how many
     *         were made (its other parts, cause and stack trace kept)
     */
    static OrangeApiException withAttempts(OrangeApiException failure, int attempts) {
        if (!(failure instanceof TechnicalException technical) || attempts <= 1) {
            return failure;
        }
        TechnicalException copy = technical.toBuilder().attempts(attempts).build();
        copy.setStackTrace(technical.getStackTrace());
        return copy;
    }

    /** @return the failure's code (an MMC, gateway or SDK code), or its class's simple name when it has none */
    static String codeOf(RuntimeException exception) {
        if (exception instanceof TechnicalException technical) {
            return technical.getCode();
        }
        if (exception instanceof FunctionalException functional) {
            return functional.getCode();
        }
        return exception.getClass().getSimpleName();
    }

    /** One failure's translation: the operation and the secrets every branch needs. */
    private record Translation(Operation operation, CallSecrets secrets) {

        Failure of(Throwable thrown) {
            if (thrown instanceof MmcServiceFault fault) {
                MmcFault info = fault.getFaultInfo();
                String code = info == null || info.getCode() == null ? "MMC_UNKNOWN" : info.getCode().trim();
                // The platform answers its own refusals (table A.5: GENERAL, REQ.SCHEMA_VALIDATION_ERROR...) in
                // the same fault detail as the service's: a gateway code there is a technical failure.
                Optional<GatewayError> gateway = GatewayError.fromCode(code);
                if (gateway.isPresent()) {
                    return gateway(gateway.get(), 500, secrets.mask(info.getMessage()), fault);
                }
                return new Failure(new MmcException(code,
                        secrets.mask(info == null ? fault.getMessage() : info.getMessage()),
                        info == null ? null : secrets.mask(info.getInputParameter()), operation.method(), false), false);
            }
            if (thrown instanceof SOAPFaultException soapFault) {
                return soapFault(soapFault);
            }
            TransportFailures.HttpStatus http = find(thrown, TransportFailures.HttpStatus.class);
            int status = http == null ? 0 : http.status;
            if (status >= 300 && status < 400) {
                return new Failure(failure("HTTP_" + status, "the service answered HTTP " + status
                        + " (a redirect, which the SDK does not follow: check serviceUrl)", thrown).httpStatus(status)
                        .location(secrets.mask(http.location)).build(), false);
            }
            if (status == 401) {
                return gateway(GatewayError.REQ_AUTHENTICATION_FAILURE, 401, null, thrown);
            }
            if (status >= 400) {
                boolean unavailable = status == 503;
                boolean mayHaveRun = status == 500 || status == 502 || status == 504;
                return new Failure(failure("HTTP_" + status, "the service answered HTTP " + status
                        + " without a SOAP message", thrown).httpStatus(status)
                        .retryable(unavailable || status == 502 || status == 504)
                        .outcomeUnknown(mayHaveRun && writes()).build(), unavailable, http.retryAfter());
            }
            return network(thrown);
        }

        private Failure soapFault(SOAPFaultException exception) {
            SOAPFault fault = exception.getFault();
            String faultCode = fault.getFaultCodeAsQName() == null ? "" : fault.getFaultCodeAsQName().getLocalPart();
            String faultString = secrets.mask(Optional.ofNullable(fault.getFaultString()).orElse(""));
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
                return gateway(gateway.get(), 500, faultString, exception);
            }
            return new Failure(failure(SOAP_FAULT, "the service answered a SOAP fault " + secrets.mask(faultCode),
                    exception).serviceMessage(faultString).httpStatus(500).build(), false);
        }

        private Failure gateway(GatewayError error, int status, String serviceText, Throwable cause) {
            // A retryable gateway code says the platform did not reach the back end: nothing was done there.
            return new Failure(failure(error.code(), error.code() + " " + error.description(), cause)
                    .serviceMessage(serviceText).httpStatus(status).retryable(error.retryable()).build(),
                    error.retryable());
        }

        /**
         * Network failures, most specific first. The whole cause chain is searched for each kind, since the
         * JDK re-wraps a failure as the cause of a new, plainer exception.
         */
        private Failure network(Throwable thrown) {
            TransportFailures.ResponseTooLarge tooLarge = find(thrown, TransportFailures.ResponseTooLarge.class);
            if (tooLarge != null) {
                return unreadable(TechnicalException.RESPONSE_TOO_LARGE, tooLarge.getMessage(), tooLarge.status, thrown);
            }
            if (find(thrown, TransportFailures.Desynchronized.class) != null) {
                return mayHaveBeenSent(TechnicalException.BAD_RESPONSE, "the answer may not be this request's: "
                        + "the server sent bytes past its end", true, thrown);
            }
            TransportFailures.UnreadableAnswer unreadable = find(thrown, TransportFailures.UnreadableAnswer.class);
            if (unreadable != null) {
                return unreadable(TechnicalException.BAD_RESPONSE, unreadable.getMessage(), unreadable.status, thrown);
            }
            TransportFailures.UnsafeResponse unsafe = find(thrown, TransportFailures.UnsafeResponse.class);
            if (unsafe != null) {
                return unreadable(TechnicalException.BAD_RESPONSE, unsafe.getMessage(), unsafe.status, thrown);
            }
            if (find(thrown, InterruptedException.class) != null) {
                // The caller's own thread was interrupted (its interrupt status stays set): give up, do not retry.
                return mayHaveBeenSent(TechnicalException.IO, "the calling thread was interrupted", false, thrown);
            }
            TransportFailures.Timeout timeout = find(thrown, TransportFailures.Timeout.class);
            if (timeout != null && timeout.connecting) {
                return neverSent(TechnicalException.TIMEOUT, "no connection within the connect timeout", true, thrown);
            }
            if (timeout != null || find(thrown, SocketTimeoutException.class) != null) {
                return mayHaveBeenSent(TechnicalException.TIMEOUT, "no answer within the request timeout", true, thrown);
            }
            Throwable refused = find(thrown, ConnectException.class);
            if (refused == null) {
                refused = find(thrown, NoRouteToHostException.class);
            }
            if (refused != null) {
                return neverSent(TechnicalException.IO, "cannot connect to the service (" + refused.getMessage() + ")",
                        true, thrown);
            }
            UnknownHostException unknownHost = find(thrown, UnknownHostException.class);
            if (unknownHost != null) {
                return neverSent(TechnicalException.IO, "unknown host " + unknownHost.getMessage(), false, thrown);
            }
            SSLHandshakeException handshake = find(thrown, SSLHandshakeException.class);
            if (handshake != null) {
                return neverSent(TechnicalException.TLS, "the TLS handshake with the service failed ("
                        + handshake.getMessage() + "); if the service uses a private certificate, set trustCertificate",
                        false, thrown);
            }
            SSLException tls = find(thrown, SSLException.class);
            if (tls != null) {
                return mayHaveBeenSent(TechnicalException.TLS, "the TLS connection with the service failed ("
                        + tls.getMessage() + ")", false, thrown);
            }
            CharConversionException undecodable = find(thrown, CharConversionException.class);
            if (undecodable != null) {
                // Bytes that are not the declared charset: the answer arrived, it cannot be read.
                return unreadable(TechnicalException.BAD_RESPONSE, "the answer is not in its declared charset ("
                        + undecodable.getMessage() + ")", 0, thrown);
            }
            IOException io = find(thrown, IOException.class);
            if (io != null) {
                return mayHaveBeenSent(TechnicalException.IO, "the connection broke (" + io + ")", true, thrown);
            }
            return unreadable(TechnicalException.BAD_RESPONSE, "the answer is not a SOAP message the SDK can read ("
                    + secrets.mask(thrown.getMessage()) + ")", 0, thrown);
        }

        private Failure neverSent(String code, String summary, boolean retryable, Throwable cause) {
            return new Failure(failure(code, summary, cause).retryable(retryable).build(), true);
        }

        /** The request may have reached the service and no answer was read: a write's outcome is unknown. */
        private Failure mayHaveBeenSent(String code, String summary, boolean retryable, Throwable cause) {
            return new Failure(failure(code, summary, cause).retryable(retryable).outcomeUnknown(writes()).build(),
                    false);
        }

        /** An answer came but cannot be read: whatever a write did, the caller cannot know it. */
        private Failure unreadable(String code, String summary, int status, Throwable cause) {
            return new Failure(failure(code, summary, cause).httpStatus(status)
                    .outcomeUnknown(writes() && (status == 0 || status < 300)).build(), false);
        }

        /** Every cause is a masked copy: a foreign exception's message may hold the server's text. */
        private TechnicalException.Builder failure(String code, String summary, Throwable cause) {
            return TechnicalException.builder(code, operation.method() + " failed: " + secrets.mask(summary))
                    .cause(MaskedCause.of(cause, secrets));
        }

        private boolean writes() {
            return !operation.readOnly();
        }
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
}
