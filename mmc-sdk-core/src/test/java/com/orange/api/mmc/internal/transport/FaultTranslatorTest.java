package com.orange.api.mmc.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.common.ApiCredentials;
import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.MmcException;
import com.orange.api.mmc.webservice.MmcFault;
import com.orange.api.mmc.webservice.MmcServiceFault;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;

import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** FaultTranslator's decision table: code, retryable, outcome unknown, never sent, per kind of operation. */
class FaultTranslatorTest {

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
        return Stream.of(
                // operation, failure, code, retryable, outcome unknown, never sent
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

    @ParameterizedTest
    @MethodSource("table")
    void translatesEachFailure(Operation operation, Supplier<Throwable> failure, String code, boolean retryable,
            boolean outcomeUnknown, boolean neverSent) {
        FaultTranslator.Failure translated = FaultTranslator.translate(operation, failure.get(), SECRETS);
        TechnicalException e = (TechnicalException) translated.exception();

        assertThat(e.getCode()).isEqualTo(code);
        assertThat(e.isRetryable()).as("retryable").isEqualTo(retryable);
        assertThat(e.isOutcomeUnknown()).as("outcome unknown").isEqualTo(outcomeUnknown);
        assertThat(translated.neverSent()).as("never sent").isEqualTo(neverSent);
        assertThat(e.getMessage()).startsWith(operation.method() + " failed: ");
    }

    @Test
    void aRedirectCarriesItsStatusAndLocation() {
        TechnicalException e = (TechnicalException) FaultTranslator.translate(Operation.ABOUT,
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
        MmcException e = (MmcException) FaultTranslator.translate(Operation.START_SCHEDULED_CONFERENCE,
                new MmcServiceFault("fault", info), SECRETS).exception();

        assertThat(e.getMessage()).doesNotContain("confPw99", "saPassw0rd", "akPassw0rd").contains("****");
        assertThat(e.getServiceMessage().orElseThrow()).doesNotContain("confPw99");
    }
}
