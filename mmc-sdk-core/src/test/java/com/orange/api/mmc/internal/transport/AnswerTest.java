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
import org.apache.hc.core5.http.message.BasicClassicHttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How an answer is read ahead, streamed, limited and ended, on bodies of known and unknown length. */
class AnswerTest {

    private static final String ROOT = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body/>";

    private final DeadlineReaper reaper = new DeadlineReaper();
    private final HttpPost request = new HttpPost("http://localhost/mmc");
    private final AtomicInteger bytesServed = new AtomicInteger();

    @AfterEach
    void stop() {
        reaper.close();
    }

    private Answer answer(String body, boolean lengthKnown, int limit) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        InputStream counting = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                int n = super.read(buffer, offset, length);
                bytesServed.addAndGet(Math.max(0, n));
                return n;
            }
        };
        BasicClassicHttpResponse response = new BasicClassicHttpResponse(200);
        response.setHeader("Content-Type", "text/xml; charset=utf-8");
        response.setEntity(new InputStreamEntity(counting, lengthKnown ? bytes.length : -1, ContentType.TEXT_XML));
        return new Answer(request, response, reaper.watch(Duration.ofSeconds(30), request::cancel), Duration.ofSeconds(30),
                limit, System.nanoTime());
    }

    @Test
    void onlyThePrologIsReadAheadAndTheBodyStreamsWholeToTheDecoder() throws IOException {
        String body = "<?xml version=\"1.0\"?>" + ROOT + " ".repeat(50_000) + "</s:Envelope>";
        for (boolean lengthKnown : new boolean[] {true, false}) {
            bytesServed.set(0);
            Answer answer = answer(body, lengthKnown, 1 << 20);

            assertThat(bytesServed.get()).as("read ahead").isLessThanOrEqualTo(4096);
            assertThat(answer.declaresDtd()).isFalse();
            assertThat(answer.isEmpty()).isFalse();
            assertThat(new String(answer.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(body);
            answer.end(true);
            assertThat(request.isCancelled()).as("read to its end: the connection is kept").isFalse();
        }
    }

    @Test
    void aDtdIsFoundBeforeTheDecoderSeesAByteEvenAfterALongProlog() throws IOException {
        Answer answer = answer("<?xml version=\"1.0\"?><!--" + "x".repeat(10_000) + "--><!DOCTYPE x>" + ROOT, false, 1 << 20);

        assertThat(answer.declaresDtd()).isTrue();
        assertThat(answer.available()).as("nothing handed over yet").isGreaterThan(10_000);
    }

    @Test
    void endingSkipsAShortRemainderToKeepTheConnectionButNotALongOne() throws IOException {
        Answer shortRest = answer(ROOT + " ".repeat(Answer.DRAIN_LIMIT / 2) + "</s:Envelope>", true, 1 << 20);
        shortRest.end(true);
        assertThat(request.isCancelled()).isFalse();

        Answer longRest = answer(ROOT + " ".repeat(Answer.DRAIN_LIMIT * 4) + "</s:Envelope>", true, 1 << 20);
        longRest.end(true);
        assertThat(request.isCancelled()).isTrue();
        assertThat(bytesServed.get()).as("skipped no further than the limit").isLessThan(Answer.DRAIN_LIMIT * 2);
    }

    @Test
    void endingAfterAFailureClosesTheConnectionAtOnce() throws IOException {
        Answer answer = answer(ROOT + "</s:Envelope>" + " ".repeat(10_000), true, 1 << 20);
        answer.read(new byte[10]);

        answer.end(false);

        assertThat(request.isCancelled()).isTrue();
    }

    @Test
    void aBodyOverTheLimitFailsAsSoonAsItIsKnownToBe() throws IOException {
        String big = ROOT + " ".repeat(10_000) + "</s:Envelope>";

        Throwable declared = catchThrowable(() -> answer(big, true, 5_000));
        assertThat(declared).isInstanceOf(TransportFailures.ResponseTooLarge.class);
        assertThat(bytesServed.get()).as("Content-Length said so: nothing read").isZero();

        Answer undeclared = answer(big, false, 5_000);
        Throwable streamed = catchThrowable(undeclared::readAllBytes);
        assertThat(streamed).isInstanceOf(TransportFailures.ResponseTooLarge.class);
        assertThat(request.isCancelled()).isTrue();
    }

    @Test
    void anEmptyBodyIsEmpty() throws IOException {
        Answer answer = answer("", true, 1024);

        assertThat(answer.isEmpty()).isTrue();
        assertThat(answer.read()).isEqualTo(-1);
        answer.end(true);
        assertThat(request.isCancelled()).isFalse();
    }
}
