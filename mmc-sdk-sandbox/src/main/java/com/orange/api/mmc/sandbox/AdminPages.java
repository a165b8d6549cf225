package com.orange.api.mmc.sandbox;

import com.orange.api.common.GatewayError;
import com.orange.api.mmc.MmcError;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fault lab over HTTP, for the standalone sandbox ({@link MmcSandbox.Builder#admin(boolean)}): only callers
 * on the loopback interface, with the sandbox's access key (basic authentication).
 * <ul>
 *   <li>{@code GET /admin/faults}: the rules still to apply, one per line;</li>
 *   <li>{@code POST /admin/faults} with form fields {@code operation} (a WSDL operation or {@code *}), optional
 *       {@code times}, and one of {@code mmcError=MMC_22}, {@code gatewayError=MED0006}, {@code httpStatus=503},
 *       {@code delay=PT3S} (ISO-8601, or milliseconds), {@code dropConnectionAfterRequest}: adds a rule;</li>
 *   <li>{@code DELETE /admin/faults}: forgets every rule.</li>
 * </ul>
 * A bad field gets 400 with a one-line reason.
 */
final class AdminPages implements HttpHandler {

    static final String PATH = "/admin/faults";
    private static final int MAX_FORM = 4096;

    private final SandboxFaults faults;

    AdminPages(SandboxFaults faults) {
        this.faults = faults;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress()) {
                RequestGate.plain(exchange, 403, "Forbidden: the fault lab answers loopback callers only");
                return;
            }
            if (!PATH.equals(exchange.getRequestURI().getPath())) {
                RequestGate.plain(exchange, 404, "Not found");
                return;
            }
            switch (exchange.getRequestMethod()) {
                case "GET" -> RequestGate.plain(exchange, 200, String.join("\n", faults.describe()));
                case "DELETE" -> {
                    faults.clear();
                    RequestGate.plain(exchange, 200, "cleared");
                }
                case "POST" -> add(exchange);
                default -> {
                    exchange.getResponseHeaders().set("Allow", "GET, POST, DELETE");
                    RequestGate.plain(exchange, 405, "Method not allowed");
                }
            }
        }
    }

    private void add(HttpExchange exchange) throws IOException {
        Map<String, String> form = new LinkedHashMap<>(Forms.parse(exchange.getRequestURI().getRawQuery()));
        Map<String, String> posted = Forms.read(exchange, MAX_FORM);
        if (posted == null) {
            RequestGate.plain(exchange, 413, "The form is larger than " + MAX_FORM + " bytes");
            return;
        }
        form.putAll(posted);
        try {
            SandboxFaults.Rule rule = faults.next(required(form, "operation"));
            if (form.containsKey("times")) {
                rule.times(Integer.parseInt(form.get("times")));
            }
            if (form.containsKey("mmcError")) {
                rule.mmcError(MmcError.fromCode(form.get("mmcError")).orElseThrow(
                        () -> new IllegalArgumentException("Unknown mmcError " + RequestGate.printable(form.get("mmcError")))));
            } else if (form.containsKey("gatewayError")) {
                rule.gatewayError(GatewayError.fromCode(form.get("gatewayError")).orElseThrow(() ->
                        new IllegalArgumentException("Unknown gatewayError " + RequestGate.printable(form.get("gatewayError")))));
            } else if (form.containsKey("httpStatus")) {
                rule.httpStatus(Integer.parseInt(form.get("httpStatus")));
            } else if (form.containsKey("delay")) {
                rule.delay(duration(form.get("delay")));
            } else if (form.containsKey("dropConnectionAfterRequest")) {
                rule.dropConnectionAfterRequest();
            } else {
                throw new IllegalArgumentException("Say what the calls get: mmcError, gatewayError, httpStatus, delay or"
                        + " dropConnectionAfterRequest");
            }
        } catch (IllegalArgumentException e) {
            RequestGate.plain(exchange, 400, RequestGate.printable(e.getMessage(), 400));
            return;
        }
        RequestGate.plain(exchange, 201, String.join("\n", faults.describe()));
    }

    private static String required(Map<String, String> form, String name) {
        String value = form.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The field " + name + " is missing");
        }
        return value;
    }

    private static Duration duration(String text) {
        try {
            return text.chars().allMatch(Character::isDigit) ? Duration.ofMillis(Long.parseLong(text)) : Duration.parse(text);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("delay is neither an ISO-8601 duration nor milliseconds: "
                    + RequestGate.printable(text));
        }
    }
}
