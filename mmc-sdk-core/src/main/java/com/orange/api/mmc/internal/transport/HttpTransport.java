package com.orange.api.mmc.internal.transport;

import com.orange.api.common.ApiCredentials;
import com.orange.api.common.ProxySettings;
import com.orange.api.common.ServiceSettings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Authenticator;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;

/**
 * One client's HTTP side, on the JDK's {@link HttpURLConnection} (keep-alive connections shared by the
 * JVM's connection cache): the client's own proxy and proxy authentication, TLS trust and connect
 * timeout on every connection, and the exchange of one SOAP envelope under a hard deadline
 * ({@code requestTimeout}, from sending to the last byte of the answer, enforced by a watchdog that closes
 * the connection) and a size limit ({@code maxResponseSize}).
 *
 * <p>Why not {@code java.net.http.HttpClient}: measured here (docs/benchmarks.md), it costs about twice
 * {@code HttpURLConnection} per call on loopback, its asynchronous API starts a thread per request on
 * two-CPU machines, and it adds a quarter of a second to a cold start.
 */
public final class HttpTransport implements AutoCloseable {

    /** Request-context key under which a port carries its client's transport. */
    static final String TRANSPORT_KEY = "com.orange.api.mmc.transport";
    /** Request-context key under which a call carries its organizer's credentials. */
    static final String CREDENTIALS_KEY = "com.orange.api.mmc.credentials";
    /** How this SDK names itself to the service. */
    static final String USER_AGENT = "mmc-sdk-java/" + SdkVersion.VERSION + " Java/" + System.getProperty("java.version");

    private static final int READ_CHUNK = 16 * 1024;

    private final Proxy proxy;
    private final Authenticator proxyAuthenticator;
    private final String proxyAuthorization;
    private final SSLSocketFactory tls;
    private final int connectTimeoutMillis;
    private final Duration requestTimeout;
    private final int maxResponseSize;
    /** Closes the connection of a call that outlives its deadline; one daemon thread, idle between calls. */
    private final ScheduledThreadPoolExecutor watchdog;

    HttpTransport(ServiceSettings settings) {
        ProxySettings proxySettings = settings.proxy();
        this.proxy = switch (proxySettings.mode()) {
            case DISABLED -> Proxy.NO_PROXY;
            case EXPLICIT -> new Proxy(Proxy.Type.HTTP,
                    InetSocketAddress.createUnresolved(proxySettings.host().orElseThrow(), proxySettings.port()));
            case SYSTEM -> null;
        };
        this.proxyAuthenticator = proxySettings.username().isPresent()
                ? new ProxyAuthenticator(proxySettings.username().get(), proxySettings.password().orElse(""))
                : null;
        this.proxyAuthorization = proxySettings.username().isPresent() ? "Basic " + Base64.getEncoder().encodeToString(
                (proxySettings.username().get() + ":" + proxySettings.password().orElse("")).getBytes(StandardCharsets.UTF_8))
                : null;
        this.tls = TrustMaterial.sslContext(TrustMaterial.load(settings)).map(SSLContext::getSocketFactory).orElse(null);
        this.connectTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, settings.connectTimeout().toMillis());
        this.requestTimeout = settings.requestTimeout();
        this.maxResponseSize = settings.maxResponseSize();
        this.watchdog = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "mmc-request-deadline");
            thread.setDaemon(true);
            return thread;
        });
        watchdog.setRemoveOnCancelPolicy(true);
    }

    /** An HTTP answer, read whole. */
    record Answer(int status, String contentType, byte[] body) {
    }

    /**
     * Posts one envelope and reads the answer.
     *
     * @throws HttpTimeoutException                 no whole answer within the request timeout
     * @throws TransportFailures.ResponseTooLarge   the answer exceeds the size limit
     * @throws IOException                          the connection failed or broke
     */
    Answer post(URI endpoint, byte[] envelope, String contentType, String soapAction, String accept,
            ApiCredentials credentials) throws IOException {
        long started = System.nanoTime();
        WireLog.request(endpoint.toString(), soapAction, credentials == null ? null : credentials.accessKey(), envelope);
        URL url = endpoint.toURL();
        HttpURLConnection connection = (HttpURLConnection) (proxy == null ? url.openConnection() : url.openConnection(proxy));
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> deadline = watchdog.schedule(() -> {
            expired.set(true);
            connection.disconnect();
        }, requestTimeout.toNanos(), TimeUnit.NANOSECONDS);
        try {
            configure(connection, envelope.length, contentType, soapAction, accept, credentials);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(envelope);
            }
            int status = connection.getResponseCode();
            byte[] body = read(connection, status);
            String answerType = connection.getContentType();
            WireLog.response(status, answerType, (System.nanoTime() - started) / 1_000_000, body);
            return new Answer(status, answerType, body);
        } catch (IOException e) {
            if (expired.get() || e instanceof SocketTimeoutException && !isConnectTimeout(e)) {
                HttpTimeoutException timeout = new HttpTimeoutException(
                        "No whole answer within the request timeout of " + requestTimeout);
                timeout.initCause(e);
                throw timeout;
            }
            throw e;
        } finally {
            deadline.cancel(false);
        }
    }

    private void configure(HttpURLConnection connection, int length, String contentType, String soapAction,
            String accept, ApiCredentials credentials) throws IOException {
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setInstanceFollowRedirects(false);
        connection.setUseCaches(false);
        connection.setConnectTimeout(connectTimeoutMillis);
        connection.setReadTimeout((int) Math.min(Integer.MAX_VALUE, requestTimeout.toMillis()));
        if (proxyAuthenticator == null) {
            connection.setFixedLengthStreamingMode(length);
        } else {
            // A streamed body cannot be sent again after a 407 challenge: let the connection buffer it, and
            // offer the credentials up front to a plain-HTTP proxy (an HTTPS tunnel answers the challenge).
            connection.setAuthenticator(proxyAuthenticator);
            if ("http".equalsIgnoreCase(connection.getURL().getProtocol())) {
                connection.setRequestProperty("Proxy-Authorization", proxyAuthorization);
            }
        }
        if (tls != null && connection instanceof HttpsURLConnection https) {
            https.setSSLSocketFactory(tls);
        }
        connection.setRequestProperty("Content-Type", contentType);
        connection.setRequestProperty("SOAPAction", soapAction);
        connection.setRequestProperty("User-Agent", USER_AGENT);
        if (accept != null) {
            connection.setRequestProperty("Accept", accept);
        }
        if (credentials != null) {
            connection.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (credentials.accessKey() + ":" + credentials.accessKeyPassword()).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** Reads the whole body, an error body included, and stops as soon as it passes the size limit. */
    private byte[] read(HttpURLConnection connection, int status) throws IOException {
        long declared = connection.getContentLengthLong();
        if (declared > maxResponseSize) {
            connection.disconnect();
            throw new TransportFailures.ResponseTooLarge(maxResponseSize, status);
        }
        InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        if (in == null) {
            return new byte[0];
        }
        try (in) {
            ByteArrayOutputStream body = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
            byte[] chunk = new byte[READ_CHUNK];
            for (int read; (read = in.read(chunk)) != -1;) {
                if (body.size() + read > maxResponseSize) {
                    connection.disconnect();
                    throw new TransportFailures.ResponseTooLarge(maxResponseSize, status);
                }
                body.write(chunk, 0, read);
            }
            return body.toByteArray();
        }
    }

    private static boolean isConnectTimeout(IOException e) {
        return String.valueOf(e.getMessage()).toLowerCase().contains("connect timed out");
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }

    /** Answers the proxy's challenge only: the service's own basic authentication is sent by the SDK. */
    private static final class ProxyAuthenticator extends Authenticator {

        private final String username;
        private final char[] password;

        ProxyAuthenticator(String username, String password) {
            this.username = username;
            this.password = password.toCharArray();
        }

        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
            return getRequestorType() == RequestorType.PROXY ? new PasswordAuthentication(username, password.clone()) : null;
        }
    }
}
