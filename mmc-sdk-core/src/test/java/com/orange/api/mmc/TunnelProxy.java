package com.orange.api.mmc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTPS proxy as corporate networks have them: it answers {@code CONNECT host:port} with 407 until the
 * request carries the expected Basic credentials (or at once, when it asks for none), then opens the tunnel
 * and copies bytes both ways. It sees no more than the CONNECT line and headers: TLS runs end to end through
 * it. Public for the benchmarks, which measure calls through it.
 */
public final class TunnelProxy implements AutoCloseable {

    private final ServerSocket server;
    /** The {@code Proxy-Authorization} value a CONNECT must carry, or null when the proxy asks for none. */
    private final String expectedAuthorization;
    /** Every CONNECT received: its request line, and whether it carried the right credentials. */
    final List<String> connects = new CopyOnWriteArrayList<>();

    TunnelProxy(String username, String password) throws IOException {
        this(SoapStubs.basicAuth(username, password));
    }

    /** A proxy that asks for no credentials, on a free loopback port. */
    public TunnelProxy() throws IOException {
        this(null);
    }

    private TunnelProxy(String expectedAuthorization) throws IOException {
        this.server = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress());
        this.expectedAuthorization = expectedAuthorization;
        Thread acceptor = new Thread(this::accept, "tunnel-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** @return how many CONNECT requests the proxy has received */
    public int connectCount() {
        return connects.size();
    }

    /** @return the loopback port the proxy listens on */
    public int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread handler = new Thread(() -> handle(client), "tunnel-proxy-client");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void handle(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                String[] lines = head.split("\r\n");
                boolean authorized = expectedAuthorization == null;
                for (String line : lines) {
                    int colon = line.indexOf(':');
                    if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("proxy-authorization")) {
                        authorized |= line.substring(colon + 1).trim().equals(expectedAuthorization);
                    }
                }
                connects.add(lines[0] + (authorized ? " [authorized]" : " [no credentials]"));
                if (!lines[0].startsWith("CONNECT ")) {
                    out.write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    return;
                }
                if (!authorized) {
                    out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"corp\"\r\n"
                            + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    continue;
                }
                String[] target = lines[0].split(" ")[1].split(":");
                try (Socket upstream = new Socket(target[0], Integer.parseInt(target[1]))) {
                    out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread down = new Thread(() -> copy(upstream, client), "tunnel-proxy-down");
                    down.setDaemon(true);
                    down.start();
                    copy(client, upstream);
                    down.join();
                }
                return;
            }
        } catch (IOException | InterruptedException e) {
            // The client or the server went away: the tunnel ends.
        }
    }

    /** @return the request line and headers, or null at the end of the stream */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        for (int b; (b = in.read()) >= 0;) {
            head.write(b);
            matched = (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
            if (matched == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    private static void copy(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException e) {
            // One side closed: the other follows.
        }
    }

    /** Stops accepting; tunnels already open run until either side closes. */
    @Override
    public void close() throws IOException {
        server.close();
    }
}
