package com.orange.api.mmc.sandbox;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One call to the service, as the sandbox's filters and Metro see it: the request body already read (and
 * bounded) by {@link RequestGate}, the WSDL operation and service account it names, and what was answered
 * (status and fault code) for the access log. It can also swallow the answer and drop the connection
 * instead ({@link #dropAnswer()}), for the fault lab.
 *
 * <p>Attributes are kept per exchange (the JDK's own are shared by every exchange of a context).
 */
final class ServiceExchange extends HttpExchange {

    private static final Pattern ACTION = Pattern.compile("^\"?(?:urn:)?([A-Za-z]+)\"?$");
    /** The first element inside the SOAP Body: a document/literal wrapped request names its operation. */
    private static final Pattern BODY_CHILD = Pattern.compile("<(?:[\\w.-]+:)?Body\\b[^>]*>\\s*<(?:[\\w.-]+:)?([A-Za-z]+)");
    private static final Pattern ACCOUNT = Pattern.compile(
            "<(?:[\\w.-]+:)?key>\\s*Partner_API_Account_ID\\s*</(?:[\\w.-]+:)?key>\\s*<(?:[\\w.-]+:)?value>([^<]{0,200})<");
    private static final Pattern DETAIL_CODE = Pattern.compile("<(?:[\\w.-]+:)?code>([A-Z][\\w.]{0,40})</");
    private static final Pattern FAULT_CODE = Pattern.compile("<faultcode>(?:[\\w.-]+:)?([^<]{1,60})</faultcode>");
    /** A plain-text answer of the gateway opens with its code: {@code REQ.AUTHENTICATION_FAILURE: ...}. */
    private static final Pattern PLAIN_CODE = Pattern.compile("^([A-Z][A-Z0-9_]*(?:\\.[A-Z0-9_]+)*):");
    /** How much of an answer is kept to find its fault code. */
    private static final int SNIFFED = 4096;

    private final HttpExchange exchange;
    private final byte[] body;
    private final String operation;
    private final Map<String, Object> attributes = new HashMap<>();
    private final AnswerHead sniffer = new AnswerHead();
    private final AtomicReference<Consumer<ServiceExchange>> whenAnswered = new AtomicReference<>();
    private boolean dropAnswer;
    private int status;
    /** The answer's declared length: positive when fixed, 0 when chunked, -1 when it has no body. */
    private long bodyLength;
    private long bodyWritten;

    ServiceExchange(HttpExchange exchange, byte[] body) {
        this.exchange = exchange;
        this.body = body;
        this.operation = operationOf(exchange.getRequestHeaders().getFirst("SOAPAction"), body);
    }

    /**
     * Runs {@code action} once the answer is complete, just before its last bytes leave (so that whoever reads
     * the answer finds the action done): before the last bytes of a fixed-length body, before the end of a
     * chunked one, before the headers of an answer without a body, or at {@link #answered()} when nothing was
     * sent.
     */
    void whenAnswered(Consumer<ServiceExchange> action) {
        whenAnswered.set(action);
    }

    /** Runs the {@link #whenAnswered} action if it has not run yet. */
    void answered() {
        Consumer<ServiceExchange> action = whenAnswered.getAndSet(null);
        if (action != null) {
            action.accept(this);
        }
    }

    private static String operationOf(String soapAction, byte[] body) {
        if (soapAction != null) {
            Matcher action = ACTION.matcher(soapAction.trim());
            if (action.matches() && SandboxFaults.OPERATIONS.contains(action.group(1))) {
                return action.group(1);
            }
        }
        Matcher child = BODY_CHILD.matcher(head(body));
        if (child.find()) {
            String element = child.group(1);
            return SandboxFaults.OPERATIONS.stream().filter(name -> name.equalsIgnoreCase(element)
                    || element.equalsIgnoreCase(name + "Request")).findFirst().orElse(element);
        }
        return "-";
    }

    private static String head(byte[] bytes) {
        return new String(bytes, 0, Math.min(bytes.length, 16 * 1024), StandardCharsets.UTF_8);
    }

    /** @return the WSDL operation the request names (by its SOAPAction, else its Body), or "-" */
    String operation() {
        return operation;
    }

    /** @return the service account the ApplicationContext names (never its password), or "-" */
    String account() {
        Matcher account = ACCOUNT.matcher(head(body));
        return account.find() ? account.group(1).trim() : "-";
    }

    /** @return the status answered, 0 when none was */
    int status() {
        return status;
    }

    /**
     * @return the MMC or gateway code of the fault answered (its detail's code, else its faultcode, else the code
     *         a plain-text answer opens with), or "-"
     */
    String faultCode() {
        if (status < 400) {
            return "-";
        }
        String answer = sniffer.text();
        Matcher detail = DETAIL_CODE.matcher(answer);
        if (detail.find()) {
            return detail.group(1);
        }
        Matcher fault = FAULT_CODE.matcher(answer);
        if (fault.find()) {
            return fault.group(1);
        }
        Matcher plain = PLAIN_CODE.matcher(answer);
        return plain.find() ? plain.group(1) : "-";
    }

    /** @return whether the answer was thrown away and the connection dropped */
    boolean answerDropped() {
        return dropAnswer;
    }

    /** The answer that follows is thrown away, and {@link #close()} closes the connection without a reply. */
    void dropAnswer() {
        dropAnswer = true;
    }

    @Override
    public Headers getRequestHeaders() {
        return exchange.getRequestHeaders();
    }

    @Override
    public Headers getResponseHeaders() {
        return exchange.getResponseHeaders();
    }

    @Override
    public URI getRequestURI() {
        return exchange.getRequestURI();
    }

    @Override
    public String getRequestMethod() {
        return exchange.getRequestMethod();
    }

    @Override
    public HttpContext getHttpContext() {
        return exchange.getHttpContext();
    }

    @Override
    public void close() {
        // Closing before any reply was sent makes the JDK's server close the connection.
        exchange.close();
    }

    @Override
    public InputStream getRequestBody() {
        return new ByteArrayInputStream(body);
    }

    @Override
    public OutputStream getResponseBody() {
        if (dropAnswer) {
            return OutputStream.nullOutputStream();
        }
        return new SniffingStream(exchange.getResponseBody());
    }

    @Override
    public void sendResponseHeaders(int rCode, long responseLength) throws IOException {
        if (dropAnswer) {
            return;
        }
        status = rCode;
        bodyLength = responseLength;
        if (responseLength == -1) {
            answered();
        }
        exchange.sendResponseHeaders(rCode, responseLength);
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return exchange.getRemoteAddress();
    }

    @Override
    public int getResponseCode() {
        return status == 0 ? -1 : status;
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return exchange.getLocalAddress();
    }

    @Override
    public String getProtocol() {
        return exchange.getProtocol();
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        attributes.put(name, value);
    }

    @Override
    public void setStreams(InputStream i, OutputStream o) {
        throw new UnsupportedOperationException("the sandbox's exchange keeps its own streams");
    }

    @Override
    public HttpPrincipal getPrincipal() {
        return exchange.getPrincipal();
    }

    /** Keeps the first bytes of an answer, to find a fault code in it. */
    private static final class AnswerHead {
        private final byte[] kept = new byte[SNIFFED];
        private int size;

        synchronized void keep(byte[] bytes, int offset, int length) {
            int room = Math.min(length, kept.length - size);
            if (room > 0) {
                System.arraycopy(bytes, offset, kept, size, room);
                size += room;
            }
        }

        synchronized String text() {
            return new String(kept, 0, size, StandardCharsets.UTF_8);
        }
    }

    /** The answer's stream, copying its start to the sniffer. */
    private final class SniffingStream extends OutputStream {
        private final OutputStream out;

        SniffingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            sniffer.keep(bytes, offset, length);
            bodyWritten += length;
            if (bodyLength > 0 && bodyWritten >= bodyLength) {
                answered();
            }
            out.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            answered();
            out.close();
        }
    }
}
