package com.orange.api.mmc.opentelemetry;

import com.orange.api.common.FunctionalException;
import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.MmcCallContext;
import com.orange.api.mmc.MmcInterceptor;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

import java.net.URI;
import java.util.Objects;

/**
 * Traces the calls of an {@link com.orange.api.mmc.Mmc} client with OpenTelemetry: one {@link SpanKind#CLIENT}
 * span per call, named {@code MMC <operation>} (for example {@code MMC createScheduledConference}), with the
 * attributes of the OpenTelemetry RPC semantic conventions:
 *
 * <ul>
 *   <li>{@code rpc.system} = {@code soap}, {@code rpc.service} = {@code MultimediaConferenceService},
 *       {@code rpc.method} = the WSDL operation, {@code server.address} and {@code server.port} of the
 *       service URL;</li>
 *   <li>{@code mmc.call_id}, the call's id (as in the MDC and the exception), and {@code mmc.attempts} at the
 *       end;</li>
 *   <li>on failure: status {@link StatusCode#ERROR}, {@code error.type} and {@code rpc.response.status_code}
 *       = the exception's code (for example {@code MMC_0013}, {@code HTTP_503}), or its class name when it
 *       has none, and the exception recorded as an event;</li>
 *   <li>an event {@code mmc.retry} for each attempt from the second on, with {@code mmc.attempt}.</li>
 * </ul>
 *
 * <p>The span is current while the call runs (the call's own log lines carry its trace context), and ends
 * with the call. Nothing on the wire changes: no header is added to the SOAP request.
 *
 * <pre>{@code
 * Mmc mmc = Mmc.builder().addInterceptor(new OpenTelemetryInterceptor(openTelemetry)).build();
 * }</pre>
 */
public final class OpenTelemetryInterceptor implements MmcInterceptor {

    /** The instrumentation scope name of the tracer. */
    public static final String INSTRUMENTATION_NAME = "com.orange.api.mmc";

    static final String SERVICE = "MultimediaConferenceService";
    static final AttributeKey<String> RPC_SYSTEM = AttributeKey.stringKey("rpc.system");
    static final AttributeKey<String> RPC_SERVICE = AttributeKey.stringKey("rpc.service");
    static final AttributeKey<String> RPC_METHOD = AttributeKey.stringKey("rpc.method");
    static final AttributeKey<String> RPC_STATUS_CODE = AttributeKey.stringKey("rpc.response.status_code");
    static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    static final AttributeKey<String> CALL_ID = AttributeKey.stringKey("mmc.call_id");
    static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey("mmc.attempts");
    static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("mmc.attempt");

    private static final String SPAN = OpenTelemetryInterceptor.class.getName() + ".span";
    private static final String SCOPE = OpenTelemetryInterceptor.class.getName() + ".scope";

    private final Tracer tracer;

    /** Traces with the {@code com.orange.api.mmc} tracer of {@code openTelemetry}. */
    public OpenTelemetryInterceptor(OpenTelemetry openTelemetry) {
        this.tracer = Objects.requireNonNull(openTelemetry, "openTelemetry").getTracer(INSTRUMENTATION_NAME);
    }

    @Override
    public void onCallStart(MmcCallContext call) {
        URI url = call.serviceUrl();
        Span span = tracer.spanBuilder("MMC " + call.operation())
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute(RPC_SYSTEM, "soap")
                .setAttribute(RPC_SERVICE, SERVICE)
                .setAttribute(RPC_METHOD, call.operation())
                .setAttribute(SERVER_ADDRESS, url.getHost())
                .setAttribute(SERVER_PORT, (long) port(url))
                .setAttribute(CALL_ID, call.callId())
                .startSpan();
        call.attributes().put(SPAN, span);
        call.attributes().put(SCOPE, span.makeCurrent());
    }

    @Override
    public void onAttemptEnd(MmcCallContext call, int attempt, Throwable failureOrNull) {
        if (attempt >= 2 && call.attributes().get(SPAN) instanceof Span span) {
            span.addEvent("mmc.retry", Attributes.of(ATTEMPT, (long) attempt));
        }
    }

    @Override
    public void onCallEnd(MmcCallContext call, Throwable failureOrNull) {
        if (call.attributes().remove(SCOPE) instanceof Scope scope) {
            scope.close();
        }
        if (!(call.attributes().remove(SPAN) instanceof Span span)) {
            return;
        }
        span.setAttribute(ATTEMPTS, (long) call.attempts());
        if (failureOrNull != null) {
            String code = code(failureOrNull);
            span.setAttribute(ERROR_TYPE, code);
            span.setAttribute(RPC_STATUS_CODE, code);
            span.recordException(failureOrNull);
            span.setStatus(StatusCode.ERROR, code);
        }
        span.end();
    }

    /** @return the exception's code, else its class name */
    static String code(Throwable failure) {
        String code = null;
        if (failure instanceof FunctionalException functional) {
            code = functional.getCode();
        } else if (failure instanceof TechnicalException technical) {
            code = technical.getCode();
        }
        return code == null || code.isEmpty() ? failure.getClass().getName() : code;
    }

    private static int port(URI url) {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "http".equalsIgnoreCase(url.getScheme()) ? 80 : 443;
    }

    @Override
    public String toString() {
        return "OpenTelemetryInterceptor[" + INSTRUMENTATION_NAME + "]";
    }
}
