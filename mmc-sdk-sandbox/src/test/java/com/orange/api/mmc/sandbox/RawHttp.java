package com.orange.api.mmc.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** HTTP written by hand on a socket, for what ordinary clients refuse to send (any method, half a request). */
final class RawHttp implements AutoCloseable {

    private final Socket socket;

    RawHttp(URI server) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 5000);
        socket.setSoTimeout(10_000);
    }

    /** Sends a whole request with an empty body and returns the answer's head and body, as text. */
    static String exchange(URI server, String method, String pathAndQuery) throws IOException {
        try (RawHttp http = new RawHttp(server)) {
            http.write(method + " " + pathAndQuery + " HTTP/1.1\r\nHost: " + server.getHost() + "\r\nContent-Length: 0\r\n"
                    + "Connection: close\r\n\r\n");
            return http.readAll();
        }
    }

    void write(String text) throws IOException {
        write(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    void write(byte[] bytes) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(bytes);
        out.flush();
    }

    /** @return what the server sent until it closed the connection (or 64 KiB) */
    String readAll() throws IOException {
        return readUntil(null);
    }

    /** @return what the server sent until {@code text} came (null: until it closed the connection), or 64 KiB */
    String readUntil(String text) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int read; answer.size() < 65536 && (read = in.read(buffer)) != -1;) {
            answer.write(buffer, 0, read);
            if (text != null && answer.toString(StandardCharsets.UTF_8).contains(text)) {
                break;
            }
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
