package com.orange.api.mmc.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How an answer's body is read ahead, streamed, limited and finished, on bodies of known and unknown length. */
class AnswerBodyTest {

    private static final String ROOT = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body/>";

    private final DeadlineReaper reaper = new DeadlineReaper();
    private final HttpPost request = new HttpPost("http://localhost/mmc");
    private final ExchangeDeadline deadline = new ExchangeDeadline(Duration.ofSeconds(30), request::cancel, reaper);
    private final AtomicInteger bytesServed = new AtomicInteger();

    @AfterEach
    void stop() {
        deadline.close();
        reaper.close();
    }

    private AnswerBody body(String text, long declaredLength, int limit, boolean logged) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        InputStream counting = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                int n = super.read(buffer, offset, length);
                bytesServed.addAndGet(Math.max(0, n));
                return n;
            }
        };
        return new AnswerBody(deadline, new InputStreamEntity(counting, declaredLength, ContentType.TEXT_XML), 200, limit,
                logged);
    }

    private AnswerBody body(String text, boolean lengthKnown, int limit) throws IOException {
        return body(text, lengthKnown ? text.getBytes(StandardCharsets.UTF_8).length : -1, limit, false);
    }

    @ParameterizedTest(name = "length known: {0}")
    @ValueSource(booleans = {true, false})
    void onlyThePrologIsReadAheadAndTheBodyStreamsWholeToTheDecoder(boolean lengthKnown) throws IOException {
        String text = "<?xml version=\"1.0\"?>" + ROOT + " ".repeat(50_000) + "</s:Envelope>";
        AnswerBody body = body(text, lengthKnown, 1 << 20);

        assertThat(bytesServed.get()).as("read ahead").isLessThanOrEqualTo(4096);
        assertThat(body.declaresDtd()).isFalse();
        assertThat(body.isEmpty()).isFalse();
        assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(body.finish()).as("read to its end").isTrue();
        assertThat(request.isCancelled()).isFalse();
    }

    @Test
    void aDtdIsFoundBeforeTheDecoderSeesAByteEvenAfterALongProlog() throws IOException {
        AnswerBody body = body("<?xml version=\"1.0\"?><!--" + "x".repeat(10_000) + "--><!DOCTYPE x>" + ROOT, false, 1 << 20);

        assertThat(body.declaresDtd()).isTrue();
        assertThat(body.available()).as("nothing handed over yet").isGreaterThan(10_000);
    }

    @Test
    void aBodyWhoseDeclaredLengthWasReadIsFinishedWithoutReadingFurther() throws IOException {
        String text = ROOT + "</s:Envelope>";
        AnswerBody body = body(text, true, 1 << 20);
        body.readNBytes(text.length());

        assertThat(body.finish()).isTrue();
    }

    @Test
    void aRemainderLargerThanTheFinishLimitIsNotRead() throws IOException {
        AnswerBody body = body(ROOT + "</s:Envelope>" + " ".repeat(AnswerBody.FINISH_LIMIT + 2048), true, 1 << 20);
        body.read(new byte[10]);

        assertThat(body.finish()).as("too much left: not finished").isFalse();
    }

    @Test
    void aBodyOverTheLimitFailsAsSoonAsItIsKnownToBe() throws IOException {
        String big = ROOT + " ".repeat(10_000) + "</s:Envelope>";

        Throwable declared = catchThrowable(() -> body(big, true, 5_000));
        assertThat(declared).isInstanceOf(TransportFailures.ResponseTooLarge.class);
        assertThat(bytesServed.get()).as("Content-Length said so: nothing read").isZero();

        AnswerBody undeclared = body(big, false, 5_000);
        Throwable streamed = catchThrowable(undeclared::readAllBytes);
        assertThat(streamed).isInstanceOf(TransportFailures.ResponseTooLarge.class);
        assertThat(request.isCancelled()).isTrue();
    }

    @Test
    void theWireLogCopiesWhatTheDecoderReadsAndNothingMore() throws IOException {
        String text = "<?xml version=\"1.0\"?>" + ROOT + " ".repeat(50_000) + "</s:Envelope>";

        AnswerBody body = body(text, 2_000_000_000L, Integer.MAX_VALUE - 8, true);

        assertThat(bytesServed.get()).as("read ahead, log or not").isLessThanOrEqualTo(4096);
        assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(new String(body.readSoFar(), StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void aReadPastTheDeadlineIsATimeout() throws IOException {
        HttpPost expiredRequest = new HttpPost("http://localhost/mmc");
        ExchangeDeadline expired = new ExchangeDeadline(Duration.ofNanos(1), expiredRequest::cancel, reaper);
        try {
            Throwable failure = catchThrowable(() -> new AnswerBody(expired, new InputStreamEntity(
                    new ByteArrayInputStream(ROOT.getBytes(StandardCharsets.UTF_8)), -1, ContentType.TEXT_XML), 200, 1024, false));

            assertThat(failure).isInstanceOf(TransportFailures.Timeout.class);
        } finally {
            expired.close();
        }
    }

    @Test
    void anEmptyBodyIsEmpty() throws IOException {
        AnswerBody body = body("", true, 1024);

        assertThat(body.isEmpty()).isTrue();
        assertThat(body.read()).isEqualTo(-1);
        assertThat(body.finish()).isTrue();
    }
}
