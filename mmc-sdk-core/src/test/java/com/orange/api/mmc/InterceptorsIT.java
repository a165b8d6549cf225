package com.orange.api.mmc;

import static com.orange.api.mmc.RawHttpServer.aboutEnvelope;
import static com.orange.api.mmc.RawHttpServer.soapAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.orange.api.common.OrangeApiException;
import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Interceptors see every call start, each attempt end and the call end, whatever its outcome, and cannot
 * change it; each call has an id, in the MDC while it runs, in its log lines and in its exception.
 */
class InterceptorsIT {

    private static final Organizer ORGANIZER = SoapStubs.organizer();

    /** Records what it sees, as "start op", "attempt n ok|CODE", "end ok|CODE". */
    static final class Recorder implements MmcInterceptor {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());
        final List<MmcCallContext> calls = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void onCallStart(MmcCallContext call) {
            calls.add(call);
            events.add("start " + call.operation() + " " + call.serviceAccount());
            assertThat(MDC.get("mmc.callId")).isEqualTo(call.callId());
        }

        @Override
        public void onAttemptEnd(MmcCallContext call, int attempt, Throwable failureOrNull) {
            events.add("attempt " + attempt + " " + outcome(failureOrNull));
        }

        @Override
        public void onCallEnd(MmcCallContext call, Throwable failureOrNull) {
            events.add("end " + outcome(failureOrNull) + " after " + call.attempts());
        }

        private static String outcome(Throwable failure) {
            if (failure == null) {
                return "ok";
            }
            if (failure instanceof MmcException mmc) {
                return mmc.getCode() + (mmc.isLocal() ? " local" : "");
            }
            return failure instanceof TechnicalException technical ? technical.getCode() : failure.getClass().getSimpleName();
        }
    }

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger sdkLogger = (Logger) LoggerFactory.getLogger("com.orange.api.mmc");
    private Level previous;

    @BeforeEach
    void captureLogs() {
        previous = sdkLogger.getLevel();
        sdkLogger.setLevel(Level.INFO);
        logs.start();
        sdkLogger.addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        sdkLogger.detachAppender(logs);
        sdkLogger.setLevel(previous);
    }

    private static Mmc client(RawHttpServer server, MmcInterceptor... interceptors) {
        Mmc.Builder builder = Mmc.builder().serviceUrl(server.url()).maxAttempts(3).requestTimeout(Duration.ofSeconds(5));
        for (MmcInterceptor interceptor : interceptors) {
            builder.addInterceptor(interceptor);
        }
        return builder.build();
    }

    @Test
    void aSuccessIsSeenStartAttemptAndEndWithItsIdInTheMdcAndTheLog() throws Exception {
        Recorder recorder = new Recorder();
        try (RawHttpServer server = new RawHttpServer(r -> RawHttpServer.Reply.keep(soapAnswer(200, aboutEnvelope("V1.4"))));
                Mmc mmc = client(server, recorder)) {

            assertThat(mmc.about(ORGANIZER)).isEqualTo("V1.4");

            assertThat(recorder.events).containsExactly("start about " + SoapStubs.SERVICE_ACCOUNT, "attempt 1 ok",
                    "end ok after 1");
            MmcCallContext call = recorder.calls.get(0);
            assertThat(call.callId()).hasSize(16);
            assertThat(call.serviceUrl()).isEqualTo(server.url());
            assertThat(MDC.get("mmc.callId")).as("gone after the call").isNull();
            assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage).startsWith("<about>");
            assertThat(logs.list).allSatisfy(event -> assertThat(event.getMDCPropertyMap()).containsEntry("mmc.callId",
                    call.callId()));
        }
    }

    @Test
    void aLocalErrorAnMmcFaultARetried503AndAnUnknownOutcomeAreAllSeen() throws Exception {
        Recorder recorder = new Recorder();
        String fault = soapAnswer(500, RawHttpServer.envelope("<soapenv:Fault><faultcode>soapenv:Server</faultcode>"
                + "<faultstring>Conference not found</faultstring><detail><m:mmcFault xmlns:m=\"" + RawHttpServer.NS
                + "\"><m:code>MMC_8</m:code><m:message>Conference not found</m:message></m:mmcFault></detail>"
                + "</soapenv:Fault>"));
        java.util.concurrent.atomic.AtomicInteger abouts = new java.util.concurrent.atomic.AtomicInteger();
        try (RawHttpServer server = new RawHttpServer(request -> {
            String action = request.header("SOAPAction");
            if (action.contains("getConferenceDetails")) {
                return RawHttpServer.Reply.keep(fault);
            }
            if (action.contains("createScheduledConference")) {
                return RawHttpServer.Reply.close("HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 500\r\n\r\n<soapenv:Envelope");
            }
            return abouts.incrementAndGet() == 1
                    ? RawHttpServer.Reply.keep("HTTP/1.1 503 Busy\r\nContent-Length: 0\r\n\r\n")
                    : RawHttpServer.Reply.keep(soapAnswer(200, aboutEnvelope("V1.4")));
        }); Mmc mmc = client(server, recorder)) {
            OffsetDateTime start = OffsetDateTime.now().plusHours(1);

            Throwable local = catchThrowable(() -> mmc.createConference(ORGANIZER,
                    new ScheduledConferenceInfo("", "pw", start, start.plusHours(1))));
            Throwable refused = catchThrowable(() -> mmc.getConferenceDetails(ORGANIZER, 8));
            String retried = mmc.about(ORGANIZER);
            TechnicalException unknown = catchThrowableOfType(TechnicalException.class, () -> mmc.createConference(
                    ORGANIZER, new ScheduledConferenceInfo("weekly", "s3cret", start, start.plusHours(1))));

            assertThat(local).isInstanceOf(MmcException.class);
            assertThat(refused).isInstanceOf(MmcException.class);
            assertThat(retried).isEqualTo("V1.4");
            assertThat(unknown.isOutcomeUnknown()).isTrue();
            String localCode = ((MmcException) local).getCode();
            assertThat(recorder.events).containsExactly(
                    "start createScheduledConference " + SoapStubs.SERVICE_ACCOUNT, "end " + localCode + " local after 0",
                    "start getConferenceDetails " + SoapStubs.SERVICE_ACCOUNT, "attempt 1 MMC_8", "end MMC_8 after 1",
                    "start about " + SoapStubs.SERVICE_ACCOUNT, "attempt 1 HTTP_503", "attempt 2 ok", "end ok after 2",
                    "start createScheduledConference " + SoapStubs.SERVICE_ACCOUNT, "attempt 1 BAD_RESPONSE",
                    "end BAD_RESPONSE after 1");
            assertThat(logs.list).filteredOn(event -> event.getLevel() == Level.ERROR)
                    .extracting(ILoggingEvent::getFormattedMessage).as("one line per failed call, its code once")
                    .satisfiesExactly(
                            line -> assertThat(line).startsWith("<createConference> failed in ")
                                    .contains(" ms: " + localCode + " ").containsOnlyOnce(localCode),
                            line -> assertThat(line).startsWith("<getConferenceDetails> failed in ")
                                    .contains(" ms: MMC_8 ").containsOnlyOnce("MMC_8"),
                            line -> assertThat(line).startsWith("<createConference> failed in ")
                                    .contains(" ms: BAD_RESPONSE ").containsOnlyOnce("BAD_RESPONSE"));
        }
    }

    @Test
    void aCallMadeFromAnInterceptorOnTheCallingThreadHasItsOwnCredentialsAndLeavesTheOuterCallWhole() throws Exception {
        Organizer other = new Organizer("other-key", "other-key-password", "other-account", "other-account-password");
        List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Mmc> client = new AtomicReference<>();
        AtomicReference<String> nested = new AtomicReference<>();
        MmcInterceptor caller = new MmcInterceptor() {
            @Override
            public void onAttemptEnd(MmcCallContext call, int attempt, Throwable failureOrNull) {
                // Runs on the calling thread while the outer attempt's scope is still open.
                if (call.serviceAccount().equals(SoapStubs.SERVICE_ACCOUNT)) {
                    nested.set(client.get().about(other));
                }
            }
        };
        try (RawHttpServer server = new RawHttpServer(request -> {
            authorizations.add(request.header("Authorization"));
            return RawHttpServer.Reply.keep(soapAnswer(200, aboutEnvelope("V" + authorizations.size())));
        }); Mmc mmc = client(server, caller)) {
            client.set(mmc);

            assertThat(mmc.about(ORGANIZER)).isEqualTo("V1");

            assertThat(nested.get()).isEqualTo("V2");
            assertThat(authorizations).containsExactly(
                    SoapStubs.basicAuth(ORGANIZER.getAccessKey(), ORGANIZER.getAccessKeyPassword()),
                    SoapStubs.basicAuth(other.getAccessKey(), other.getAccessKeyPassword()));
            assertThat(mmc.about(other)).as("the thread is left with no call in progress").isEqualTo("V3");
        }
    }

    @Test
    void anInterceptorThatThrowsChangesNothing() throws Exception {
        Recorder recorder = new Recorder();
        MmcInterceptor broken = new MmcInterceptor() {
            @Override
            public void onCallStart(MmcCallContext call) {
                throw new IllegalStateException("broken start");
            }

            @Override
            public void onAttemptEnd(MmcCallContext call, int attempt, Throwable failureOrNull) {
                throw new IllegalArgumentException("broken attempt");
            }

            @Override
            public void onCallEnd(MmcCallContext call, Throwable failureOrNull) {
                throw new UnsupportedOperationException("broken end");
            }
        };
        try (RawHttpServer server = new RawHttpServer(r -> RawHttpServer.Reply.keep(soapAnswer(200, aboutEnvelope("V1.4"))));
                Mmc mmc = client(server, broken, recorder)) {

            assertThat(mmc.about(ORGANIZER)).isEqualTo("V1.4");
            assertThat(recorder.events).as("the next interceptor still runs").hasSize(3);
        }
    }

    @Test
    void everyExceptionOfACallCarriesItsId() throws Exception {
        Recorder recorder = new Recorder();
        try (RawHttpServer server = new RawHttpServer(r -> RawHttpServer.Reply.keep(
                "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"));
                Mmc mmc = client(server, recorder)) {

            OrangeApiException remote = catchThrowableOfType(OrangeApiException.class, () -> mmc.about(ORGANIZER));
            OrangeApiException local = catchThrowableOfType(OrangeApiException.class,
                    () -> mmc.getConferencesList(ORGANIZER, OffsetDateTime.now(), OffsetDateTime.now().minusDays(1), null));

            assertThat(remote.getCallId()).isEqualTo(recorder.calls.get(0).callId());
            assertThat(remote.getMessage()).endsWith("[call " + remote.getCallId() + "]");
            assertThat(local.getCallId()).isEqualTo(recorder.calls.get(1).callId()).isNotEqualTo(remote.getCallId());
        }
    }
}
