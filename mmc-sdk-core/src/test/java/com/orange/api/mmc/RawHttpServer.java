package com.orange.api.mmc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An HTTP/1.1 server on a raw socket, for answers no well-behaved server library sends: bytes past the
 * declared length, bodies shorter than declared, connections closed when idle, redirects, or no answer at
 * all. Each request gets the {@link Reply} the script gives for it; requests and connections are counted.
 */
public final class RawHttpServer implements AutoCloseable {

    /** A request as received. */
    public record Request(int index, int connection, long receivedNanos, String requestLine, Map<String, String> headers,
            List<String> headerNames, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** What to send, and what to do with the connection after. */
    public record Reply(byte[] bytes, After after, Duration closeAfterIdle, byte[] extra, Duration extraAfter) {

        enum After { KEEP, CLOSE, HANG, CLOSE_WHEN_IDLE }

        Reply(byte[] bytes, After after, Duration closeAfterIdle) {
            this(bytes, after, closeAfterIdle, null, null);
        }

        public static Reply keep(String raw) {
            return new Reply(raw.getBytes(StandardCharsets.UTF_8), After.KEEP, null);
        }

        public static Reply close(String raw) {
            return new Reply(raw.getBytes(StandardCharsets.UTF_8), After.CLOSE, null);
        }

        /** Sends nothing and never answers: the connection stays open until the client gives up. */
        public static Reply hang() {
            return new Reply(new byte[0], After.HANG, null);
        }

        /** Sends the answer, then closes the connection once it has been idle for {@code idle}. */
        public static Reply closeWhenIdle(String raw, Duration idle) {
            return new Reply(raw.getBytes(StandardCharsets.UTF_8), After.CLOSE_WHEN_IDLE, idle);
        }

        /**
         * Sends the answer, then {@code extra} on the same connection {@code after} later (for zero, in the
         * same write as the answer), and only then reads the connection's next request.
         */
        public static Reply keepThen(String raw, String extra, Duration after) {
            return new Reply(raw.getBytes(StandardCharsets.UTF_8), After.KEEP, null,
                    extra.getBytes(StandardCharsets.UTF_8), after);
        }
    }

    /** A whole HTTP answer with a SOAP body of the right length. */
    public static String soapAnswer(int status, String envelope, String... extraHeaders) {
        byte[] body = envelope.getBytes(StandardCharsets.UTF_8);
        return "HTTP/1.1 " + status + " X\r\nContent-Type: text/xml; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n" + String.join("", List.of(extraHeaders).stream().map(h -> h + "\r\n").toList()) + "\r\n"
                + envelope;
    }

    /** The service's namespace. */
    public static final String NS = "http://api.orange.com/mmc/1";

    /** A SOAP 1.1 envelope around {@code body}. */
    public static String envelope(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope"
                + " xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>" + body
                + "</soapenv:Body></soapenv:Envelope>";
    }

    /** The answer of {@code about}, as the service words it. */
    public static String aboutEnvelope(String version) {
        return envelope("<m:aboutResponse xmlns:m=\"" + NS + "\"><m:aboutReturn>" + version
                + "</m:aboutReturn></m:aboutResponse>");
    }

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "raw-http");
        thread.setDaemon(true);
        return thread;
    });
    private final Function<Request, Reply> script;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger requestCount = new AtomicInteger();
    private final AtomicInteger extrasOwed = new AtomicInteger();
    private final AtomicInteger extrasWritten = new AtomicInteger();
    public final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    public RawHttpServer(Function<Request, Reply> script) throws IOException {
        this.script = script;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/mmc");
    }

    /** @return true once every extra answer due (see {@link Reply#keepThen}) has been written */
    public boolean extrasWritten() {
        return extrasWritten.get() == extrasOwed.get();
    }

    /** @return how many connections the server accepted */
    public int connections() {
        return connections.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                int connection = connections.incrementAndGet();
                threads.execute(() -> serve(socket, connection));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket, int connection) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            while (true) {
                String requestLine = line(in);
                if (requestLine == null || requestLine.isEmpty()) {
                    return;
                }
                Map<String, String> headers = new TreeMap<>();
                List<String> headerNames = new ArrayList<>();
                for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                    int colon = header.indexOf(':');
                    String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                    headers.put(name, header.substring(colon + 1).trim());
                    headerNames.add(name);
                }
                int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
                String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
                Request request = new Request(requestCount.incrementAndGet(), connection, System.nanoTime(), requestLine, headers,
                        List.copyOf(headerNames), body);
                requests.add(request);
                Reply reply = script.apply(request);
                if (reply.extra() != null) {
                    extrasOwed.incrementAndGet();
                }
                if (reply.extra() != null && reply.extraAfter().isZero()) {
                    byte[] both = new byte[reply.bytes().length + reply.extra().length];
                    System.arraycopy(reply.bytes(), 0, both, 0, reply.bytes().length);
                    System.arraycopy(reply.extra(), 0, both, reply.bytes().length, reply.extra().length);
                    out.write(both);
                    out.flush();
                    extrasWritten.incrementAndGet();
                } else {
                    out.write(reply.bytes());
                    out.flush();
                    if (reply.extra() != null) {
                        try {
                            Thread.sleep(reply.extraAfter().toMillis());
                        } catch (InterruptedException e) {
                            return;
                        }
                        out.write(reply.extra());
                        out.flush();
                        extrasWritten.incrementAndGet();
                    }
                }
                switch (reply.after()) {
                    case KEEP -> {
                        // Next request on the same connection.
                    }
                    case CLOSE -> {
                        return;
                    }
                    case HANG -> {
                        in.read();
                        return;
                    }
                    case CLOSE_WHEN_IDLE -> {
                        socket.setSoTimeout((int) reply.closeAfterIdle().toMillis());
                        // A new request in time is served on; none within the idle time closes the connection.
                    }
                }
            }
        } catch (IOException e) {
            // The client went away, or the idle time passed.
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : open) {
            socket.close();
        }
        threads.shutdownNow();
    }
}
