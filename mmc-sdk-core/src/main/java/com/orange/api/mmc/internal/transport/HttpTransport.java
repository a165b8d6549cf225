package com.orange.api.mmc.internal.transport;

import com.orange.api.common.ApiCredentials;
import com.orange.api.common.ProxySettings;
import com.orange.api.common.ServiceSettings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

import javax.net.ssl.SSLContext;

/**
 * One client's HTTP side: a {@link HttpClient} built once from the settings (proxy and its
 * authentication, TLS trust, connect timeout; HTTP/1.1 with keep-alive), and the exchange of one SOAP
 * envelope under a hard deadline ({@code requestTimeout}, from sending to the last byte of the answer)
 * and a size limit ({@code maxResponseSize}).
 *
 * <p>Measured choices (docs/benchmarks.md): the synchronous {@code send}, since the public
 * {@code sendAsync} hands every answer to the common pool, which on two CPUs is a new thread per call; a
 * direct executor, so answers are read on the client's selector thread without a hand-off (the body
 * subscriber never blocks); and not {@code HttpURLConnection}, which either re-sends a POST by itself when
 * a connection breaks (a create could book twice) or, in streaming mode, probes every reused connection
 * with a 1 ms read. {@code java.net.http} never re-sends a POST.
 */
public final class HttpTransport implements AutoCloseable {

    /** Request-context key under which a port carries its client's transport. */
    static final String TRANSPORT_KEY = "com.orange.api.mmc.transport";
    /** Request-context key under which a call carries its organizer's credentials. */
    static final String CREDENTIALS_KEY = "com.orange.api.mmc.credentials";
    /** How this SDK names itself to the service. */
    static final String USER_AGENT = "mmc-sdk-java/" + SdkVersion.VERSION + " Java/" + System.getProperty("java.version");

    /**
     * Built on its own thread, so that its start-up cost (the JDK's TLS and HTTP stacks, a quarter of a
     * second on a cold JVM) overlaps with Metro's parsing of the WSDL; the first call waits for it.
     */
    private final CompletableFuture<HttpClient> client;
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

    private static HttpClient build(ServiceSettings settings, List<KeyStore> trusted) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .executor(Runnable::run)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout());
        ProxySettings proxy = settings.proxy();
        switch (proxy.mode()) {
            case DISABLED -> builder.proxy(HttpClient.Builder.NO_PROXY);
            case EXPLICIT -> {
                builder.proxy(ProxySelector.of(InetSocketAddress.createUnresolved(proxy.host().orElseThrow(), proxy.port())));
                if (proxy.username().isPresent()) {
                    builder.authenticator(new ProxyAuthenticator(proxy.username().get(), proxy.password().orElse("")));
                }
            }
            case SYSTEM -> {
                // The builder's default is the JVM's proxy selector.
            }
        }
        boolean plainHttp = "http".equalsIgnoreCase(settings.serviceUrl().getScheme());
        SSLContext tls = plainHttp ? new NoTlsContext() : TrustMaterial.sslContext(trusted).orElse(null);
        if (tls != null) {
            builder.sslContext(tls);
        }
        return builder.build();
    }

    private HttpClient httpClient() {
        try {
            return client.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
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
            ApiCredentials credentials) throws IOException, InterruptedException {
        // No HttpRequest.timeout: it registers a timer that wakes the client's selector on every call; the
        // reaper enforces the same deadline, over the whole answer, at no cost to the call.
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", contentType)
                .header("SOAPAction", soapAction)
                .header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(envelope));
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (credentials.accessKey() + ":" + credentials.accessKeyPassword()).getBytes(StandardCharsets.UTF_8)));
        }
        long started = System.nanoTime();
        WireLog.request(endpoint.toString(), soapAction, credentials == null ? null : credentials.accessKey(), envelope);
        HttpResponse<byte[]> response;
        DeadlineReaper.Watch deadline = reaper.watch(requestTimeout);
        try {
            response = httpClient().send(request.build(), info -> new LimitedBody(maxResponseSize, info.statusCode()));
        } catch (InterruptedException e) {
            if (deadline.expired()) {
                throw new HttpTimeoutException("No whole answer within the request timeout of " + requestTimeout);
            }
            throw e;
        } finally {
            deadline.close();
        }
        String answerType = response.headers().firstValue("Content-Type").orElse(null);
        WireLog.response(response.statusCode(), answerType, (System.nanoTime() - started) / 1_000_000, response.body());
        return new Answer(response.statusCode(), answerType, response.body());
    }

    /** Collects an answer's bytes, and gives up as soon as there are more than the limit. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final int limit;
        private final int status;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private volatile Flow.Subscription subscription;

        LimitedBody(int limit, int status) {
            this.limit = limit;
            this.status = status;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + buffer.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new TransportFailures.ResponseTooLarge(limit, status));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }

    @Override
    public void close() {
        reaper.close();
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
