package com.orange.api.mmc.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.common.ApiCredentials;
import com.orange.api.common.ConfigurationException;
import com.orange.api.common.OrangeApiException;
import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.MmcException;
import com.orange.api.mmc.webservice.MmcFault;
import com.orange.api.mmc.webservice.MmcServiceFault;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;

import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.xml.namespace.QName;

import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.soap.SOAPFaultException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The failure table: for every kind of input (SOAP fault, gateway code, HTTP status, I/O before and after
 * sending, timeout, bad answer, linkage error, undocumented exception), the exception the caller gets, its
 * code, whether it is retryable, whether a write's outcome is unknown, and whether the request provably
 * never left.
 */
class FailuresTest {

    private static final CallSecrets SECRETS = CallSecrets.of(new ApiCredentials("key", "akPassw0rd", "account",
            "saPassw0rd"), "confPw99");

    static Stream<Arguments> table() {
        Supplier<Throwable> refused = () -> new ConnectException("Connection refused");
        Supplier<Throwable> connectTimeout = () -> new TransportFailures.Timeout(true, "connect", null);
        Supplier<Throwable> readTimeout = () -> new SocketTimeoutException("read");
        Supplier<Throwable> broken = () -> new IOException("Connection reset");
        Supplier<Throwable> http503 = () -> new TransportFailures.HttpStatus(503, "text/html", null, null);
        Supplier<Throwable> http504 = () -> new TransportFailures.HttpStatus(504, "text/html", null, null);
        Supplier<Throwable> http404 = () -> new TransportFailures.HttpStatus(404, "text/html", null, null);
        Supplier<Throwable> redirect = () -> new TransportFailures.HttpStatus(302, null, "https://elsewhere/x", null);
        Supplier<Throwable> undecodable = () -> new jakarta.xml.ws.WebServiceException(
                new java.io.CharConversionException("Invalid UTF-8 start byte 0xff"));
        Supplier<Throwable> mmcFault = () -> {
            MmcFault info = new MmcFault();
            info.setCode("MMC_28");
            info.setMessage("Unknown conference");
            return new MmcServiceFault("fault", info);
        };
        Supplier<Throwable> gatewayInMmcFault = () -> {
            MmcFault info = new MmcFault();
            info.setCode("REQ.SCHEMA_VALIDATION_ERROR");
            info.setMessage("conferenceID: 'abc' is not a long");
            return new MmcServiceFault("fault", info);
        };
        Supplier<Throwable> gatewayFault = () -> soapFault("soapenv:Server", "MED0006: The quota is exceeded");
        Supplier<Throwable> retryableGateway = () -> soapFault("soapenv:Server", "DPW0006: back end not reached");
        Supplier<Throwable> mmcInSoapFault = () -> soapFault("soapenv:Server", "MMC_106 not found");
        Supplier<Throwable> otherSoapFault = () -> soapFault("soapenv:Client", "Unmarshalling Error");
        Supplier<Throwable> http401 = () -> new TransportFailures.HttpStatus(401, "text/html", null, null);
        Supplier<Throwable> http500Plain = () -> new TransportFailures.HttpStatus(500, "text/plain", null, null);
        Supplier<Throwable> mtom = () -> new TransportFailures.UnreadableAnswer(200, "multipart/related");
        Supplier<Throwable> dtd = () -> new TransportFailures.UnsafeResponse(200);
        Supplier<Throwable> tooLarge = () -> new TransportFailures.ResponseTooLarge(1024, 200);
        Supplier<Throwable> desynchronized = TransportFailures.Desynchronized::new;
        Supplier<Throwable> unreadable = () -> new jakarta.xml.ws.WebServiceException("Unexpected element foo");
        Supplier<Throwable> interrupted = () -> new TransportFailures.Interrupted("interrupted", null);
        Supplier<Throwable> linkage = () -> new NoClassDefFoundError("org/jvnet/mimepull/MIMEMessage");
        return Stream.of(
                // operation, failure, code, retryable, outcome unknown, never sent
                Arguments.of(Operation.CREATE_SCHEDULED_CONFERENCE, mmcFault, "MMC_28", false, false, false),
                Arguments.of(Operation.CREATE_SCHEDULED_CONFERENCE, mmcInSoapFault, "MMC_106", false, false, false),
                Arguments.of(Operation.GET_CONFERENCE_DETAILS, gatewayInMmcFault, "REQ.SCHEMA_VALIDATION_ERROR", false,
                        false, false),
                Arguments.of(Operation.CREATE_SCHEDULED_CONFERENCE, gatewayFault, "MED0006", false, false, false),
                Arguments.of(Operation.CREATE_SCHEDULED_CONFERENCE, retryableGateway, "DPW0006", true, false, true),
                Arguments.of(Operation.ABOUT, otherSoapFault, "SOAP_FAULT", false, false, false),
                Arguments.of(Operation.ABOUT, http401, "REQ.AUTHENTICATION_FAILURE", false, false, false),
                Arguments.of(Operation.CREATE_SCHEDULED_CONFERENCE, http500Plain, "HTTP_500", false, true, false),
                Arguments.of(Operation.CREATE_SCHEDULED_CONFERENCE, mtom, "BAD_RESPONSE", false, true, false),
                Arguments.of(Operation.ABOUT, mtom, "BAD_RESPONSE", false, false, false),
                Arguments.of(Operation.CREATE_SCHEDULED_CONFERENCE, dtd, "BAD_RESPONSE", false, true, false),
                Arguments.of(Operation.CREATE_SCHEDULED_CONFERENCE, tooLarge, "RESPONSE_TOO_LARGE", false, true, false),
                Arguments.of(Operation.CREATE_SCHEDULED_CONFERENCE, desynchronized, "BAD_RESPONSE", false, true, false),
                Arguments.of(Operation.ABOUT, desynchronized, "BAD_RESPONSE", true, false, false),
                Arguments.of(Operation.CREATE_SCHEDULED_CONFERENCE, unreadable, "BAD_RESPONSE", false, true, false),
                Arguments.of(Operation.ABOUT, interrupted, "IO", false, false, false),
                Arguments.of(Operation.CREATE_SCHEDULED_CONFERENCE, linkage, "ConfigurationException", false, false,
                        false),
                Arguments.of(Operation.CREATE_SCHEDULED_CONFERENCE, refused, "IO", true, false, true),
                Arguments.of(Operation.CREATE_SCHEDULED_CONFERENCE, connectTimeout, "TIMEOUT", true, false, true),
                Arguments.of(Operation.CREATE_SCHEDULED_CONFERENCE, readTimeout, "TIMEOUT", false, true, false),
                Arguments.of(Operation.CREATE_SCHEDULED_CONFERENCE, broken, "IO", false, true, false),
                Arguments.of(Operation.START_SCHEDULED_CONFERENCE, broken, "IO", false, true, false),
                Arguments.of(Operation.JOIN_CONFERENCE, http504, "HTTP_504", false, true, false),
                Arguments.of(Operation.CREATE_SCHEDULED_CONFERENCE, http503, "HTTP_503", true, false, true),
                Arguments.of(Operation.CREATE_SCHEDULED_CONFERENCE, http404, "HTTP_404", false, false, false),
                Arguments.of(Operation.CREATE_SCHEDULED_CONFERENCE, redirect, "HTTP_302", false, false, false),
                Arguments.of(Operation.ABOUT, readTimeout, "TIMEOUT", true, false, false),
                Arguments.of(Operation.GET_CONFERENCES_LIST, broken, "IO", true, false, false),
                Arguments.of(Operation.GET_CONFERENCE_DETAILS, http504, "HTTP_504", true, false, false),
                Arguments.of(Operation.CREATE_SCHEDULED_CONFERENCE, undecodable, "BAD_RESPONSE", false, true, false),
                Arguments.of(Operation.GET_CONFERENCES_LIST, undecodable, "BAD_RESPONSE", false, false, false));
    }

    private static SOAPFaultException soapFault(String code, String text) {
        try {
            SOAPFault fault = SOAPFactory.newInstance().createFault(text,
                    new QName("http://schemas.xmlsoap.org/soap/envelope/", code.substring(code.indexOf(':') + 1)));
            return new SOAPFaultException(fault);
        } catch (SOAPException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("table")
    void translatesEachFailure(Operation operation, Supplier<Throwable> failure, String code, boolean retryable,
            boolean outcomeUnknown, boolean neverSent) {
        Failures.Failure translated = Failures.translate(operation, failure.get(), SECRETS);
        OrangeApiException e = translated.exception();

        assertThat(Failures.codeOf(e)).isEqualTo(code);
        assertThat(translated.retryable()).as("retryable").isEqualTo(retryable);
        assertThat(e instanceof TechnicalException technical && technical.isOutcomeUnknown()).as("outcome unknown")
                .isEqualTo(outcomeUnknown);
        assertThat(translated.neverSent()).as("never sent").isEqualTo(neverSent);
        if (e instanceof TechnicalException) {
            assertThat(e.getMessage()).startsWith(operation.method() + " failed: ");
        }
    }

    @ParameterizedTest
    @MethodSource("callSteps")
    void aCallStepsFailureIsDocumentedOrAnSdkError(RuntimeException thrown, Class<?> expected, String code) {
        RuntimeException e = Failures.ofCall(Operation.CREATE_SCHEDULED_CONFERENCE, thrown, SECRETS);

        assertThat(e).isInstanceOf(expected);
        assertThat(Failures.codeOf(e)).isEqualTo(code);
    }

    static Stream<Arguments> callSteps() {
        return Stream.of(
                Arguments.of(new NullPointerException("organizer"), NullPointerException.class, "NullPointerException"),
                Arguments.of(new IllegalArgumentException("key"), IllegalArgumentException.class,
                        "IllegalArgumentException"),
                Arguments.of(new ConfigurationException("no accessKey", "accessKey", "Organizer"),
                        ConfigurationException.class, "ConfigurationException"),
                Arguments.of(new ArrayIndexOutOfBoundsException("saPassw0rd"), TechnicalException.class, "SDK_ERROR"));
    }

    @org.junit.jupiter.api.Test
    void anSdkErrorShowsNoSecretInItsMessageNorItsCause() {
        RuntimeException e = Failures.ofCall(Operation.ABOUT, new ArrayIndexOutOfBoundsException("saPassw0rd"), SECRETS);

        assertThat(e.getMessage()).doesNotContain("saPassw0rd");
        assertThat(e.getCause().toString()).startsWith("java.lang.ArrayIndexOutOfBoundsException").doesNotContain(
                "saPassw0rd");
    }

    @org.junit.jupiter.api.Test
    void theAttemptsAreRecordedWithoutLosingAnyPart() {
        TechnicalException first = TechnicalException.builder("HTTP_503", "about failed: unavailable")
                .serviceMessage("busy").httpStatus(503).retryable(true).callId("c1").build();
        TechnicalException last = (TechnicalException) Failures.withAttempts(Failures.withAttempts(first, 3), 4);

        assertThat(last.getMessage()).isEqualTo(
                "about failed: unavailable (service said: busy) (after 4 attempts) [call c1]");
        assertThat(last.getHttpStatus()).isEqualTo(503);
        assertThat(last.isRetryable()).isTrue();
        assertThat(last.getCallId()).isEqualTo("c1");
        assertThat(last.getAttempts()).isEqualTo(4);
        assertThat(last.getStackTrace()).isEqualTo(first.getStackTrace());
    }

    @Test
    void aRedirectCarriesItsStatusAndLocation() {
        TechnicalException e = (TechnicalException) Failures.translate(Operation.ABOUT,
                new TransportFailures.HttpStatus(301, null, "https://new.example/api", null), SECRETS).exception();

        assertThat(e.getHttpStatus()).isEqualTo(301);
        assertThat(e.getLocation()).contains("https://new.example/api");
        assertThat(e.getMessage()).contains("https://new.example/api");
    }

    @Test
    void aServiceFaultEchoingTheCallsSecretsIsMasked() {
        MmcFault info = new MmcFault();
        info.setCode("MMC_28");
        info.setMessage("Wrong password confPw99 for account with saPassw0rd and akPassw0rd");
        MmcException e = (MmcException) Failures.translate(Operation.START_SCHEDULED_CONFERENCE,
                new MmcServiceFault("fault", info), SECRETS).exception();

        assertThat(e.getMessage()).doesNotContain("confPw99", "saPassw0rd", "akPassw0rd").contains("****");
        assertThat(e.getServiceMessage().orElseThrow()).doesNotContain("confPw99");
    }
}
