package com.orange.api.mmc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.orange.api.common.OrangeApiException;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No secret in any part of a failure: a server that echoes the request and its headers in every kind of
 * failure, and the whole stack trace of what the caller gets (every cause and suppressed exception
 * included) shows none of the credentials, the conference password, nor the Basic form of the
 * Authorization header.
 */
class SecretsInCausesIT {

    private static final String CONFERENCE_PASSWORD = "conf-Pass-77";
    private static final String BASIC = Base64.getEncoder().encodeToString(
            (SoapStubs.ACCESS_KEY + ":" + SoapStubs.ACCESS_KEY_PASSWORD).getBytes(StandardCharsets.UTF_8));

    /** A failure kind, as a server that echoes what it received would answer it. */
    enum Kind {
        SERVICE_FAULT(echo -> soap(500, "<soapenv:Fault><faultcode>soapenv:Server</faultcode><faultstring>" + echo
                + "</faultstring><detail><m:mmcFault xmlns:m=\"" + SoapStubs.NS + "\"><m:code>MMC_28</m:code><m:message>"
                + echo + "</m:message><m:inputParameter>" + echo + "</m:inputParameter></m:mmcFault></detail>"
                + "</soapenv:Fault>")),
        GATEWAY_FAULT(echo -> soap(500, "<soapenv:Fault><faultcode>soapenv:Server</faultcode><faultstring>MED0006: "
                + echo + "</faultstring></soapenv:Fault>")),
        UNKNOWN_SOAP_FAULT(echo -> soap(500, "<soapenv:Fault><faultcode>soapenv:Server</faultcode><faultstring>"
                + echo + "</faultstring><detail>" + echo + "</detail></soapenv:Fault>")),
        HTTP_ERROR(echo -> "HTTP/1.1 502 " + echo.replaceAll("[\\r\\n]", " ") + "\r\nContent-Type: text/html\r\n"
                + "Content-Length: " + bytes(echo) + "\r\n\r\n" + echo),
        REDIRECT(echo -> "HTTP/1.1 302 Found\r\nLocation: https://elsewhere.example/?" + echo.replaceAll("[\\r\\n ]", "_")
                + "\r\nContent-Length: 0\r\n\r\n"),
        BAD_ANSWER(echo -> soap(200, "<m:createInstantaneousConferenceResponse xmlns:m=\"" + SoapStubs.NS + "\"><m:"
                + echo + "</m:createInstantaneousConferenceResponse>")),
        BAD_VALUE(echo -> soap(200, "<m:createInstantaneousConferenceResponse xmlns:m=\"" + SoapStubs.NS + "\">"
                + "<m:createInstantaneousConferenceReturn><m:identifier>" + echo + "</m:identifier>"
                + "</m:createInstantaneousConferenceReturn></m:createInstantaneousConferenceResponse>")),
        TIMEOUT(null);

        private final Function<String, String> answer;

        Kind(Function<String, String> answer) {
            this.answer = answer;
        }
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String soap(int status, String body) {
        String envelope = RawHttpServer.envelope(body);
        return "HTTP/1.1 " + status + " X\r\nContent-Type: text/xml; charset=utf-8\r\nContent-Length: " + bytes(envelope)
                + "\r\n\r\n" + envelope;
    }

    /** The request as received, headers included, escaped as XML text. */
    private static String echo(RawHttpServer.Request request) {
        StringBuilder all = new StringBuilder(request.requestLine()).append('\n');
        request.headers().forEach((name, value) -> all.append(name).append(": ").append(value).append('\n'));
        all.append(request.body());
        return all.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theWholeStackTraceOfAFailureShowsNoSecret(Kind kind) throws Exception {
        try (RawHttpServer server = new RawHttpServer(request -> kind.answer == null ? RawHttpServer.Reply.hang()
                : RawHttpServer.Reply.close(kind.answer.apply(echo(request))));
                Mmc mmc = Mmc.builder().serviceUrl(server.url()).requestTimeout(Duration.ofMillis(500)).maxAttempts(1)
                        .build()) {

            Throwable failure = catchThrowable(() -> mmc.createConference(SoapStubs.organizer(),
                    new InstantaneousConferenceInfo("weekly", CONFERENCE_PASSWORD)));

            assertThat(failure).isInstanceOf(OrangeApiException.class);
            assertThat(server.requests.get(0).header("Authorization")).as("the server saw them").contains(BASIC);
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            assertThat(trace.toString()).doesNotContain(SoapStubs.ACCESS_KEY_PASSWORD, SoapStubs.SERVICE_ACCOUNT_PASSWORD,
                    CONFERENCE_PASSWORD, BASIC, SoapStubs.ACCESS_KEY, SoapStubs.SERVICE_ACCOUNT);
        }
    }
}
