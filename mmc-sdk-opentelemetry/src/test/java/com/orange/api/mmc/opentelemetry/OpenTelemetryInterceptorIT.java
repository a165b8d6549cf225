package com.orange.api.mmc.opentelemetry;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.equalTo;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.MmcCallContext;
import com.orange.api.mmc.MmcException;
import com.orange.api.mmc.MmcInterceptor;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.RawHttpServer;
import com.orange.api.mmc.sandbox.MmcSandbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Spans captured by the SDK's in-memory exporter: name, kind, attributes, status and retry events. */
class OpenTelemetryInterceptorIT {

    @RegisterExtension
    static final OpenTelemetryExtension OTEL = OpenTelemetryExtension.create();

    private static final String UNAVAILABLE = "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\n"
            + "Content-Type: text/plain\r\nContent-Length: 4\r\n\r\nbusy";

    @Test
    void aSuccessAndAnMmcFaultAgainstTheSandboxGiveOneClientSpanEach() {
        List<SpanContext> currentDuringCall = new CopyOnWriteArrayList<>();
        MmcException fault;
        try (MmcSandbox sandbox = MmcSandbox.start();
                Mmc mmc = sandbox.clientBuilder()
                        .addInterceptor(new OpenTelemetryInterceptor(OTEL.getOpenTelemetry()))
                        .addInterceptor(new MmcInterceptor() {
                            @Override
                            public void onAttemptEnd(MmcCallContext call, int attempt, Throwable failure) {
                                currentDuringCall.add(Span.current().getSpanContext());
                            }
                        }).build()) {
            Organizer organizer = sandbox.organizer();
            mmc.about(organizer);
            fault = catchThrowableOfType(MmcException.class, () -> mmc.getConferenceDetails(organizer, 987_654_321L));
            int port = sandbox.serviceUrl().getPort();

            List<SpanData> spans = OTEL.getSpans();
            assertThat(spans).hasSize(2);
            assertThat(spans.get(0)).hasName("MMC about").hasKind(SpanKind.CLIENT).hasEnded()
                    .hasStatus(io.opentelemetry.sdk.trace.data.StatusData.unset())
                    .hasAttributesSatisfying(
                            equalTo(OpenTelemetryInterceptor.RPC_SYSTEM, "soap"),
                            equalTo(OpenTelemetryInterceptor.RPC_SERVICE, "MultimediaConferenceService"),
                            equalTo(OpenTelemetryInterceptor.RPC_METHOD, "about"),
                            equalTo(OpenTelemetryInterceptor.SERVER_ADDRESS, sandbox.serviceUrl().getHost()),
                            equalTo(OpenTelemetryInterceptor.SERVER_PORT, (long) port),
                            equalTo(OpenTelemetryInterceptor.ATTEMPTS, 1L))
                    .hasTotalRecordedEvents(0);
            assertThat(spans.get(1)).hasName("MMC getConferenceDetails").hasKind(SpanKind.CLIENT)
                    .hasStatus(io.opentelemetry.sdk.trace.data.StatusData.create(StatusCode.ERROR, fault.getCode()))
                    .hasAttributesSatisfying(
                            equalTo(OpenTelemetryInterceptor.RPC_METHOD, "getConferenceDetails"),
                            equalTo(OpenTelemetryInterceptor.ERROR_TYPE, fault.getCode()),
                            equalTo(OpenTelemetryInterceptor.RPC_STATUS_CODE, fault.getCode()))
                    .hasEventsSatisfyingExactly(event -> event.hasName("exception"));
            assertThat(currentDuringCall).containsExactly(spans.get(0).getSpanContext(), spans.get(1).getSpanContext());
            assertThat(Span.current().getSpanContext().isValid()).isFalse();
        }
    }

    @Test
    void aRetried503AddsOneRetryEventAndTheFinalFailureItsCode() throws Exception {
        try (RawHttpServer server = new RawHttpServer(request -> RawHttpServer.Reply.keep(UNAVAILABLE));
                Mmc mmc = Mmc.builder().serviceUrl(server.url()).maxAttempts(3)
                        .addInterceptor(new OpenTelemetryInterceptor(OTEL.getOpenTelemetry())).build()) {
            assertThatThrownBy(() -> mmc.about(organizer())).isInstanceOf(TechnicalException.class);
            assertThat(server.requests).hasSize(3);
        }
        assertThat(OTEL.getSpans()).singleElement().satisfies(span -> assertThat(span)
                .hasName("MMC about")
                .hasStatus(io.opentelemetry.sdk.trace.data.StatusData.create(StatusCode.ERROR, "HTTP_503"))
                .hasAttributesSatisfying(equalTo(OpenTelemetryInterceptor.ERROR_TYPE, "HTTP_503"),
                        equalTo(OpenTelemetryInterceptor.ATTEMPTS, 3L),
                        equalTo(OpenTelemetryInterceptor.SERVER_ADDRESS, "127.0.0.1"))
                .hasEventsSatisfyingExactly(
                        event -> event.hasName("mmc.retry").hasAttributes(
                                io.opentelemetry.api.common.Attributes.of(OpenTelemetryInterceptor.ATTEMPT, 2L)),
                        event -> event.hasName("mmc.retry").hasAttributes(
                                io.opentelemetry.api.common.Attributes.of(OpenTelemetryInterceptor.ATTEMPT, 3L)),
                        event -> event.hasName("exception")));
    }

    @Test
    void nothingOnTheWireChanges() throws Exception {
        try (RawHttpServer server = new RawHttpServer(request -> RawHttpServer.Reply.keep(
                        RawHttpServer.soapAnswer(200, RawHttpServer.aboutEnvelope("V1.4"))));
                Mmc mmc = Mmc.builder().serviceUrl(server.url())
                        .addInterceptor(new OpenTelemetryInterceptor(OTEL.getOpenTelemetry())).build()) {
            mmc.about(organizer());
            assertThat(server.requests).singleElement().satisfies(request -> {
                assertThat(request.headers()).doesNotContainKeys("traceparent", "tracestate", "baggage");
            });
        }
    }

    private static Organizer organizer() {
        return new Organizer("access-key", "access-key-password", "service-account", "service-account-password");
    }
}
