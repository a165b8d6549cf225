package com.orange.api.mmc;

import static com.orange.api.mmc.RawHttpServer.aboutEnvelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Answers typed by what they are: an answer the SDK cannot read (an MTOM message, another content type) is a
 * bad answer with the status it came with, and a 5xx keeps its status whatever its content type; a write
 * that got such an answer may have been done.
 */
class AnswerTypesIT {

    private static final Organizer ORGANIZER = SoapStubs.organizer();

    private static String answer(int status, String contentType, String body) {
        return "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    private static String mtom(String envelope) {
        return "--uuid:b0\r\nContent-Type: application/xop+xml; charset=utf-8; type=\"text/xml\"\r\n"
                + "Content-ID: <root.message@cxf.apache.org>\r\n\r\n" + envelope + "\r\n--uuid:b0--\r\n";
    }

    private static final String MTOM_TYPE = "multipart/related; type=\"application/xop+xml\"; boundary=\"uuid:b0\"; "
            + "start=\"<root.message@cxf.apache.org>\"; start-info=\"text/xml\"";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "200 | MTOM             | BAD_RESPONSE | 200",
            "200 | application/json | BAD_RESPONSE | 200",
            "200 | text/plain       | BAD_RESPONSE | 200",
            "500 | text/plain       | HTTP_500     | 500",
            "500 | MTOM             | HTTP_500     | 500",
            "502 | application/json | HTTP_502     | 502"})
    void aWriteGivenAnAnswerItCannotReadKeepsTheStatusAndMayHaveBeenDone(int status, String type, String code,
            int expectedStatus) throws Exception {
        String envelope = aboutEnvelope("V1.4");
        String raw = type.equals("MTOM") ? answer(status, MTOM_TYPE, mtom(envelope)) : answer(status, type, envelope);
        try (RawHttpServer server = new RawHttpServer(request -> RawHttpServer.Reply.keep(raw));
                Mmc mmc = Mmc.builder().serviceUrl(server.url()).requestTimeout(Duration.ofSeconds(10)).build()) {

            TechnicalException e = catchThrowableOfType(TechnicalException.class,
                    () -> mmc.createConference(ORGANIZER, new InstantaneousConferenceInfo("name", "s3cret")));

            assertThat(e.getCode()).isEqualTo(code);
            assertThat(e.getHttpStatus()).isEqualTo(expectedStatus);
            assertThat(e.isOutcomeUnknown()).as("the request reached the service").isTrue();
            assertThat(e.isRetryable()).isFalse();
            assertThat(server.requests).as("a write is never sent twice").hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "200 | MTOM       | BAD_RESPONSE | 200",
            "500 | text/plain | HTTP_500     | 500"})
    void aReadGivenAnAnswerItCannotReadKeepsTheStatus(int status, String type, String code, int expectedStatus)
            throws Exception {
        String envelope = aboutEnvelope("V1.4");
        String raw = type.equals("MTOM") ? answer(status, MTOM_TYPE, mtom(envelope)) : answer(status, type, envelope);
        try (RawHttpServer server = new RawHttpServer(request -> RawHttpServer.Reply.keep(raw));
                Mmc mmc = Mmc.builder().serviceUrl(server.url()).maxAttempts(1).build()) {

            TechnicalException e = catchThrowableOfType(TechnicalException.class, () -> mmc.about(ORGANIZER));

            assertThat(e.getCode()).isEqualTo(code);
            assertThat(e.getHttpStatus()).isEqualTo(expectedStatus);
            assertThat(e.isOutcomeUnknown()).as("a read changes nothing").isFalse();
        }
    }
}
