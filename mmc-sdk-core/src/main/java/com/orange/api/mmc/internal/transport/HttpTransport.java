package com.orange.api.mmc.internal.transport;

import com.orange.api.common.ApiCredentials;
import com.orange.api.common.ProxySettings;
import com.orange.api.common.ServiceSettings;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.DefaultHttpResponseParserFactory;
import org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultHttpRequestWriterFactory;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * One client's HTTP side: an Apache HttpClient (classic, blocking I/O) built once from the settings (proxy
 * and its authentication, TLS trust, connect timeout; HTTP/1.1 keep-alive connections, pooled per client
 * and shared by all its threads), and the exchange of one SOAP envelope under a hard deadline
 * ({@code requestTimeout}, from sending to the last byte of the answer) and a size limit
 * ({@code maxResponseSize}). It never re-sends a request by itself: retries are {@link RetryPolicy}'s.
 *
 * <p>Measured choices (docs/benchmarks.md): blocking I/O on the caller's thread, as the plain stub's
 * {@code HttpURLConnection} does, because {@code java.net.http} hands every answer from its selector
 * thread to the caller, which made it alone slower than the whole plain stub (and the SDK's {@code about}
 * 342 µs against 182 µs now, on two CPUs); and not {@code HttpURLConnection}
 * itself, which either re-sends a POST by itself when a connection breaks (a create could book twice) or,
 * in streaming mode, probes every reused connection with a 1 ms read. Here a pooled connection is probed
 * only after {@value #VALIDATE_AFTER_IDLE_MILLIS} ms idle, when the server may have closed it.
 *
 * <p>The library's own DEBUG logs of headers and wire bytes ({@code org.apache.hc.client5.http.headers},
 * {@code .wire}) are switched off for the SDK's connections: they would show the credentials. The SDK's
 * masked {@code com.orange.api.mmc.wire} log takes their place.
 */
public final class HttpTransport implements AutoCloseable {

    /** Request-context key under which a port carries its client's transport. */
    static final String TRANSPORT_KEY = "com.orange.api.mmc.transport";
    /** Request-context key under which a port carries the {@link Answer.Holder} of its call in progress. */
    static final String ANSWER_KEY = "com.orange.api.mmc.answer";
    /** Request-context key under which a call carries its organizer's credentials. */
    static final String CREDENTIALS_KEY = "com.orange.api.mmc.credentials";
    /** How this SDK names itself to the service. */
    static final String USER_AGENT = "mmc-sdk-java/" + SdkVersion.VERSION + " Java/" + System.getProperty("java.version");

    /** A pooled connection idle this long is checked before reuse (a 1 ms read), as the server may have closed it. */
    static final long VALIDATE_AFTER_IDLE_MILLIS = 1_000;
    /** Connections per client: enough never to make a thread wait, as with the JDK's clients. */
    private static final int MAX_CONNECTIONS = 1_024;

    /**
     * Built on its own thread, so that its start-up cost (loading the JDK's TLS stack and the client's
     * classes) overlaps with Metro's parsing of the WSDL; the first call waits for it.
     */
    private final CompletableFuture<CloseableHttpClient> client;
    private final Duration requestTimeout;
    private final int maxResponseSize;
    /** Ends a call whose answer is still arriving when its deadline passes. */
    private final DeadlineReaper reaper = new DeadlineReaper();

    HttpTransport(ServiceSettings settings) {
        List<KeyStore> trusted = TrustMaterial.load(settings);
        this.client = CompletableFuture.supplyAsync(() -> build(settings, trusted), HttpTransport::startDaemon);
        this.requestTimeout = settings.requestTimeout();
        this.maxResponseSize = settings.maxResponseSize();
    }

    private static void startDaemon(Runnable task) {
        Thread thread = new Thread(task, "mmc-http-client-init");
        thread.setDaemon(true);
        thread.start();
    }

    private static CloseableHttpClient build(ServiceSettings settings, List<KeyStore> trusted) {
        Timeout requestTimeout = Timeout.of(settings.requestTimeout());
        ConnectionConfig connections = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setSocketTimeout(requestTimeout)
                .setValidateAfterInactivity(TimeValue.ofMilliseconds(VALIDATE_AFTER_IDLE_MILLIS))
                .build();
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setConnectionFactory(QuietConnection::create)
                        .setTlsSocketStrategy(tls(settings, trusted))
                        .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX)
                        .setConnPoolPolicy(PoolReusePolicy.LIFO)
                        .setMaxConnPerRoute(MAX_CONNECTIONS)
                        .setMaxConnTotal(MAX_CONNECTIONS)
                        .setDefaultConnectionConfig(connections)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(requestTimeout)
                        .setResponseTimeout(requestTimeout)
                        .build())
                .setUserAgent(USER_AGENT)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableContentCompression();
        ProxySettings proxy = settings.proxy();
        switch (proxy.mode()) {
            case DISABLED -> {
                // The default route planner goes direct.
            }
            case EXPLICIT -> {
                HttpHost host = new HttpHost(proxy.host().orElseThrow(), proxy.port());
                builder.setProxy(host);
                if (proxy.username().isPresent()) {
                    // Scoped to the proxy: the service's own basic authentication is sent by the SDK.
                    BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                    credentials.setCredentials(new AuthScope(host),
                            new UsernamePasswordCredentials(proxy.username().get(), proxy.password().orElse("").toCharArray()));
                    builder.setDefaultCredentialsProvider(credentials);
                }
            }
            case SYSTEM -> builder.setRoutePlanner(new SystemDefaultRoutePlanner(ProxySelector.getDefault()));
        }
        return builder.build();
    }

    /**
     * TLS with the JDK's own host name verification (the HTTPS endpoint identification of JSSE, as
     * {@code java.net.http} and {@code HttpsURLConnection} do): hence the library's verifier is a no-op.
     */
    private static DefaultClientTlsStrategy tls(ServiceSettings settings, List<KeyStore> trusted) {
        boolean plainHttp = "http".equalsIgnoreCase(settings.serviceUrl().getScheme());
        SSLContext context;
        try {
            context = plainHttp ? new NoTlsContext() : TrustMaterial.sslContext(trusted).orElse(SSLContext.getDefault());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JVM has no default TLS context: " + e.getMessage(), e);
        }
        return new DefaultClientTlsStrategy(context, HostnameVerificationPolicy.BUILTIN, NoopHostnameVerifier.INSTANCE);
    }

    private CloseableHttpClient httpClient() {
        try {
            return client.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /**
     * Posts one envelope and opens the answer, whose body is then read from the connection; the caller
     * must {@link Answer#close() close} it.
     *
     * @throws HttpConnectTimeoutException          no connection within the connect timeout
     * @throws HttpTimeoutException                 no answer within the request timeout
     * @throws TransportFailures.ResponseTooLarge   the answer exceeds the size limit
     * @throws TransportFailures.Interrupted        the calling thread was interrupted
     * @throws IOException                          the connection failed or broke
     */
    Answer post(URI endpoint, byte[] envelope, String contentType, String soapAction, String accept,
            ApiCredentials credentials) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new TransportFailures.Interrupted("The calling thread was interrupted before sending", null);
        }
        HttpPost request = new HttpPost(endpoint);
        request.setHeader("Content-Type", contentType);
        request.setHeader("SOAPAction", soapAction);
        if (accept != null) {
            request.setHeader("Accept", accept);
        }
        if (credentials != null) {
            request.setHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (credentials.accessKey() + ":" + credentials.accessKeyPassword()).getBytes(StandardCharsets.UTF_8)));
        }
        request.setEntity(new ByteArrayEntity(envelope, null));
        long started = System.nanoTime();
        WireLog.request(endpoint.toString(), soapAction, credentials == null ? null : credentials.accessKey(), envelope);
        DeadlineReaper.Watch watch = reaper.watch(requestTimeout, request::cancel);
        ClassicHttpResponse response = null;
        try {
            response = httpClient().executeOpen(null, request, null);
            return new Answer(request, response, watch, requestTimeout, maxResponseSize, started);
        } catch (IOException | RuntimeException e) {
            request.cancel();
            try {
                if (response != null) {
                    response.close();
                }
            } catch (IOException closing) {
                e.addSuppressed(closing);
            } finally {
                watch.close();
            }
            throw Answer.failure(e, watch, requestTimeout);
        }
    }

    @Override
    public void close() {
        reaper.close();
        // Closes the pooled connections, now or as soon as the client is built.
        client.whenComplete((built, failed) -> {
            if (built != null) {
                built.close(CloseMode.GRACEFUL);
            }
        });
    }

    /**
     * A connection that never logs: the library's connections log every header (the Authorization one
     * included) and every byte at DEBUG.
     */
    private static final class QuietConnection extends DefaultManagedHttpClientConnection {

        private QuietConnection(String id) {
            super(id, null, null, Http1Config.DEFAULT, null, null, DefaultHttpRequestWriterFactory.INSTANCE,
                    DefaultHttpResponseParserFactory.INSTANCE);
        }

        private static final AtomicLong COUNT = new AtomicLong();

        static ManagedHttpClientConnection create(Socket socket) throws IOException {
            QuietConnection connection = new QuietConnection("mmc-http-" + COUNT.incrementAndGet());
            if (socket != null) {
                connection.bind(socket);
            }
            return connection;
        }

        @Override
        public void bind(Socket socket) throws IOException {
            bind(new SocketHolder(socket));
        }

        @Override
        public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
            bind(new SocketHolder(sslSocket, socket));
        }

        @Override
        protected void onRequestSubmitted(ClassicHttpRequest request) {
            // Not logged: the headers carry the credentials.
        }

        @Override
        protected void onResponseReceived(ClassicHttpResponse response) {
            // Not logged, like the request.
        }
    }
}
