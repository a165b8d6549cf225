package com.orange.api.mmc.internal.transport;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.impl.io.DefaultHttpResponseParserFactory;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.EndpointDetails;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.ProtocolVersion;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.DefaultHttpRequestWriterFactory;
import org.apache.hc.core5.http.io.HttpMessageParser;
import org.apache.hc.core5.http.io.SessionInputBuffer;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * The SDK's HTTP/1.1 connection, built by composition on HttpCore's blocking client connection through
 * public interfaces only (no library class is extended, so any HttpClient 5.4+ a host application resolves
 * fits). Unlike the library's pooled connections it never logs: those log every header (Authorization
 * included) and every byte at DEBUG.
 *
 * <p>It also refuses reuse when its last answer was not framed exactly: bytes that arrived past the end of
 * an answer (a server or an intermediary that sent more than it declared) would be read as the answer of
 * the next call, possibly another organizer's. {@link #isConsistent()} is false then, and the pool closes
 * the connection instead of keeping it.
 */
final class QuietConnection implements ManagedHttpClientConnection {

    private static final AtomicLong COUNT = new AtomicLong();
    /** A connection idle this long in the pool is also checked for a close by the server (a 1 ms read). */
    static final long PROBE_AFTER_IDLE_NANOS = 50_000_000L;

    private final String id = "mmc-http-" + COUNT.incrementAndGet();
    private final DefaultBHttpClientConnection delegate;
    /** The connection's input buffer, seen when the first answer is parsed. */
    private volatile SessionInputBuffer input;
    private volatile Socket socket;
    /** The socket timeout the client configured, restored when the connection is leased again. */
    private volatile Timeout socketTimeout = Timeout.DISABLED;
    /** When the connection last went back to the pool ({@link System#nanoTime()}). */
    private volatile long idleSince = System.nanoTime();
    private volatile Details details;

    private QuietConnection(Http1Config config) {
        this.delegate = new DefaultBHttpClientConnection(config, null, null, null, null,
                DefaultHttpRequestWriterFactory.INSTANCE, http1 -> capturing(DefaultHttpResponseParserFactory.INSTANCE.create(http1)));
    }

    /** The connection factory of the SDK's pool. */
    static ManagedHttpClientConnection create(Socket socket) throws IOException {
        QuietConnection connection = new QuietConnection(Http1Config.DEFAULT);
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    }

    private HttpMessageParser<ClassicHttpResponse> capturing(HttpMessageParser<ClassicHttpResponse> parser) {
        return (buffer, stream) -> {
            input = buffer;
            return parser.parse(buffer, stream);
        };
    }

    /**
     * @return how many bytes of the connection's input are already here, buffered or in the socket: reading
     *         that many never blocks
     */
    int bytesAtHand() {
        SessionInputBuffer buffered = input;
        int count = buffered == null ? 0 : buffered.length();
        Socket current = socket;
        if (current != null && !current.isClosed()) {
            try {
                InputStream stream = current.getInputStream();
                count += stream.available();
            } catch (IOException e) {
                // A socket that cannot say is treated as having nothing at hand.
            }
        }
        return count;
    }

    @Override
    public void bind(Socket bound) throws IOException {
        socket = bound;
        socketTimeout = Timeout.ofMilliseconds(bound.getSoTimeout());
        delegate.bind(bound);
    }

    @Override
    public void bind(SSLSocket sslSocket, Socket bound) throws IOException {
        socket = sslSocket;
        socketTimeout = Timeout.ofMilliseconds(sslSocket.getSoTimeout());
        delegate.bind(sslSocket, bound);
    }

    @Override
    public Socket getSocket() {
        return socket;
    }

    @Override
    public SSLSession getSSLSession() {
        return delegate.getSSLSession();
    }

    @Override
    public void passivate() {
        idleSince = System.nanoTime();
        delegate.setSocketTimeout(Timeout.INFINITE);
    }

    @Override
    public void activate() {
        delegate.setSocketTimeout(socketTimeout);
    }

    /** @return false when bytes arrived past the end of the last answer: the connection must not be reused */
    @Override
    public boolean isConsistent() {
        return delegate.isConsistent() && bytesAtHand() == 0;
    }

    @Override
    public void sendRequestHeader(ClassicHttpRequest request) throws HttpException, IOException {
        delegate.sendRequestHeader(request);
    }

    @Override
    public void terminateRequest(ClassicHttpRequest request) throws HttpException, IOException {
        delegate.terminateRequest(request);
    }

    @Override
    public void sendRequestEntity(ClassicHttpRequest request) throws HttpException, IOException {
        delegate.sendRequestEntity(request);
    }

    @Override
    public ClassicHttpResponse receiveResponseHeader() throws HttpException, IOException {
        return delegate.receiveResponseHeader();
    }

    @Override
    public void receiveResponseEntity(ClassicHttpResponse response) throws HttpException, IOException {
        delegate.receiveResponseEntity(response);
    }

    @Override
    public boolean isDataAvailable(Timeout timeout) throws IOException {
        return delegate.isDataAvailable(timeout);
    }

    /**
     * Asked by the pool before the connection carries a new request (the client validates on every lease):
     * true when any byte arrived since the last answer, which would otherwise be read as the next answer,
     * or, after {@link #PROBE_AFTER_IDLE_NANOS} of idleness, when the server closed it. A stale connection is
     * closed unread and the request goes out on another one.
     */
    @Override
    public boolean isStale() throws IOException {
        if (!isOpen() || bytesAtHand() > 0) {
            return true;
        }
        return System.nanoTime() - idleSince >= PROBE_AFTER_IDLE_NANOS && delegate.isStale();
    }

    @Override
    public void flush() throws IOException {
        delegate.flush();
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }

    @Override
    public void close(CloseMode closeMode) {
        delegate.close(closeMode);
    }

    /**
     * @return the connection's details, through which an exchange finds its connection after the request
     *         executor put them in the exchange's context (see {@link #of(EndpointDetails)})
     */
    @Override
    public EndpointDetails getEndpointDetails() {
        EndpointDetails inner = delegate.getEndpointDetails();
        Details known = details;
        if (known == null || known.inner != inner) {
            known = inner == null ? null : new Details(this, inner);
            details = known;
        }
        return known;
    }

    /** @return the SDK connection these details belong to, or null when they are another connection's */
    static QuietConnection of(EndpointDetails details) {
        return details instanceof Details ours ? ours.connection : null;
    }

    /** The library's details of the connection, and the connection they belong to. */
    private static final class Details extends EndpointDetails {
        private final QuietConnection connection;
        private final EndpointDetails inner;

        Details(QuietConnection connection, EndpointDetails inner) {
            super(inner.getRemoteAddress(), inner.getLocalAddress(), inner.getSocketTimeout());
            this.connection = connection;
            this.inner = inner;
        }

        @Override
        public long getRequestCount() {
            return inner.getRequestCount();
        }

        @Override
        public long getResponseCount() {
            return inner.getResponseCount();
        }

        @Override
        public long getSentBytesCount() {
            return inner.getSentBytesCount();
        }

        @Override
        public long getReceivedBytesCount() {
            return inner.getReceivedBytesCount();
        }

        @Override
        public String toString() {
            return connection + " " + inner;
        }
    }

    @Override
    public SocketAddress getLocalAddress() {
        return delegate.getLocalAddress();
    }

    @Override
    public SocketAddress getRemoteAddress() {
        return delegate.getRemoteAddress();
    }

    @Override
    public ProtocolVersion getProtocolVersion() {
        return delegate.getProtocolVersion();
    }

    @Override
    public boolean isOpen() {
        return delegate.isOpen();
    }

    @Override
    public Timeout getSocketTimeout() {
        return delegate.getSocketTimeout();
    }

    @Override
    public void setSocketTimeout(Timeout timeout) {
        socketTimeout = timeout;
        delegate.setSocketTimeout(timeout);
    }

    @Override
    public String toString() {
        return id;
    }
}
