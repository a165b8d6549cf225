package com.orange.api.mmc.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;

/**
 * The journal over HTTP, beside the fault lab ({@link MmcSandbox.Builder#admin(boolean)}): only callers on the
 * loopback interface, with the sandbox's access key.
 * <ul>
 *   <li>{@code GET /admin/journal}: the calls received, in order, as a JSON array of
 *       {@code {"operation":"about","serviceAccount":"...","code":null,"at":"2030-01-15T09:00:00Z"}};</li>
 *   <li>{@code DELETE /admin/journal}: forgets them.</li>
 * </ul>
 */
final class AdminJournal implements HttpHandler {

    static final String PATH = "/admin/journal";

    private final SandboxJournal journal;

    AdminJournal(SandboxJournal journal) {
        this.journal = journal;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress()) {
                RequestGate.plain(exchange, 403, "Forbidden: the journal answers loopback callers only");
                return;
            }
            if (!PATH.equals(exchange.getRequestURI().getPath())) {
                RequestGate.plain(exchange, 404, "Not found");
                return;
            }
            switch (exchange.getRequestMethod()) {
                case "GET" -> json(exchange, json(journal.calls()));
                case "DELETE" -> {
                    journal.clear();
                    json(exchange, "[]");
                }
                default -> {
                    exchange.getResponseHeaders().set("Allow", "GET, DELETE");
                    RequestGate.plain(exchange, 405, "Method not allowed");
                }
            }
        }
    }

    /** @return the calls as a JSON array, in order */
    static String json(List<SandboxCall> calls) {
        StringJoiner array = new StringJoiner(",", "[", "]");
        for (SandboxCall call : calls) {
            array.add("{\"operation\":" + string(call.operation()) + ",\"serviceAccount\":"
                    + string(call.serviceAccount()) + ",\"code\":" + string(call.code()) + ",\"at\":"
                    + string(call.at().toString()) + "}");
        }
        return array.toString();
    }

    /** @return a JSON string (or null), escaped as RFC 8259 requires */
    private static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
