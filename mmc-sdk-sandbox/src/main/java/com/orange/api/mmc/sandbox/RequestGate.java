package com.orange.api.mmc.sandbox;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first filter of the service: what reaches authentication and Metro is a POST of at most
 * {@code maxRequestSize} bytes, or a GET of the WSDL or its schema.
 * <ul>
 *   <li>other methods get 405 with {@code Allow: GET, POST}; a GET of anything else gets 404 (Metro's own
 *       pages, which name the implementation, are never shown);</li>
 *   <li>a body over the limit gets 413 naming the gateway's {@code MESSAGE_TOO_LARGE}, before authentication
 *       and as soon as the limit is passed: a declared length is refused unread, a chunked body is read no
 *       further than the limit;</li>
 *   <li>every call ends with one INFO line on {@code com.orange.api.mmc.sandbox.access}: method, operation,
 *       service account, status, fault code and milliseconds (never a password or the Authorization header);
 *       every POST is also added to the {@link SandboxJournal}.</li>
 * </ul>
 */
final class RequestGate extends Filter {

    static final Logger ACCESS = LoggerFactory.getLogger("com.orange.api.mmc.sandbox.access");

    private final int maxRequestSize;
    private final SandboxJournal journal;

    RequestGate(int maxRequestSize, SandboxJournal journal) {
        this.maxRequestSize = maxRequestSize;
        this.journal = journal;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        long started = System.nanoTime();
        String method = exchange.getRequestMethod();
        try {
            if ("GET".equals(method)) {
                if (isContract(exchange.getRequestURI().getRawQuery())) {
                    ServiceExchange wsdl = new ServiceExchange(exchange, new byte[0]);
                    chain.doFilter(wsdl);
                    access(exchange, "wsdl", "-", wsdl.status(), "-", started);
                } else {
                    plain(exchange, 404, "Not found: this address serves the MMC SOAP service (POST), and its WSDL at ?wsdl");
                    access(exchange, "-", "-", 404, "-", started);
                }
                return;
            }
            if (!"POST".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, POST");
                plain(exchange, 405, "Method not allowed: " + printable(method));
                access(exchange, "-", "-", 405, "-", started);
                return;
            }
            byte[] body = readBounded(exchange);
            if (body == null) {
                journal.record("-", null, "MESSAGE_TOO_LARGE", journal.now());
                plain(exchange, 413, "MESSAGE_TOO_LARGE: The size of the request message is too large (limit "
                        + maxRequestSize + " bytes)");
                access(exchange, "-", "-", 413, "MESSAGE_TOO_LARGE", started);
                return;
            }
            ServiceExchange call = new ServiceExchange(exchange, body);
            Instant received = journal.now();
            call.whenAnswered(answered -> journal.record(answered.operation(),
                    "-".equals(answered.account()) ? null : answered.account(), journalCode(answered), received));
            try {
                chain.doFilter(call);
            } finally {
                call.answered();
                access(exchange, call.operation(), call.account(), call.answerDropped() ? -1 : call.status(),
                        call.faultCode(), started);
            }
        } finally {
            exchange.close();
        }
    }

    /** @return the code a call is journaled with: null for a success, its fault's code, else its HTTP status */
    private static String journalCode(ServiceExchange call) {
        if (call.status() < 400) {
            return null;
        }
        String code = call.faultCode();
        return "-".equals(code) ? "HTTP_" + call.status() : code;
    }

    /** @return whether a GET asks for the contract: {@code ?wsdl} or {@code ?xsd=N}, as Metro serves them */
    static boolean isContract(String query) {
        return query != null && (query.equalsIgnoreCase("wsdl") || query.matches("(?i)xsd=\\d{1,3}"));
    }

    /** @return the body, or null when it is longer than the limit (then the rest is left unread) */
    private byte[] readBounded(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > maxRequestSize) {
                    return null;
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = exchange.getRequestBody()) {
            for (int read; (read = in.read(buffer)) != -1;) {
                if (body.size() + read > maxRequestSize) {
                    return null;
                }
                body.write(buffer, 0, read);
            }
        }
        return body.toByteArray();
    }

    private static void access(HttpExchange exchange, String operation, String account, int status, String code,
            long started) {
        if (ACCESS.isInfoEnabled()) {
            ACCESS.info("{} {} account={} status={} code={} {} ms", printable(exchange.getRequestMethod()), operation, printable(account), status == -1 ? "dropped" : status == 0 ? "none" : status,
                    code, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Caller text as a log or page may show it: printable ASCII only, at most 64 characters. */
    static String printable(String text) {
        return printable(text, 64);
    }

    /** Caller text as a log or page may show it: printable ASCII only, at most {@code max} characters. */
    static String printable(String text, int max) {
        String bounded = text.length() > max ? text.substring(0, max) + "..." : text;
        return bounded.replaceAll("[^\\x20-\\x7E]", "?");
    }

    /** Answers a short plain-text page; the connection closes after it when the request body is left unread. */
    static void plain(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public String description() {
        return "size, method and access log of the MMC sandbox's service";
    }
}
