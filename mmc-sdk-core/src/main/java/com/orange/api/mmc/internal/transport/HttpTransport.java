package com.orange.api.mmc.internal.transport;

import com.orange.api.common.ApiCredentials;
import com.orange.api.common.ServiceSettings;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * One client's HTTP side: its routing and connection pool (see {@link HttpClientFactory}), built once and
 * shared by all its threads, and the running of one exchange per attempt under a hard deadline (from sending
 * to the last byte of the answer, enforced by the {@link DeadlineReaper}) and a size limit
 * ({@code maxResponseSize}).
 */
final class HttpTransport implements AutoCloseable {

    /** How this SDK names itself to the service. */
    static final String USER_AGENT = "mmc-sdk-java/" + SdkVersion.VERSION + " Java/" + System.getProperty("java.version");

    private final HttpRouting routing;
    private final Duration requestTimeout;
    private final int maxResponseSize;
    private final DeadlineReaper reaper;

    HttpTransport(ServiceSettings settings) {
        List<KeyStore> trusted = TrustMaterial.load(settings);
        this.routing = HttpClientFactory.build(settings, trusted, USER_AGENT);
        this.requestTimeout = settings.requestTimeout();
        this.maxResponseSize = settings.maxResponseSize();
        // Started once the client is built, so that a client that fails to build leaves no thread behind.
        this.reaper = new DeadlineReaper();
    }

    /** @return the request timeout, or what is left of the call's time when that is shorter */
    Duration attemptTimeout(CallObservers.Call call) {
        Duration left = call.timeLeft();
        return left != null && left.compareTo(requestTimeout) < 0 ? left : requestTimeout;
    }

    /**
     * Posts one envelope and opens the answer, whose body is then read from the connection; the call
     * holds the exchange and ends it when the attempt is over.
     *
     * @throws IOException the exchange failed: see {@link HttpExchange#failure}
     */
    HttpExchange post(URI endpoint, byte[] envelope, String contentType, String soapAction, String accept,
            CallObservers.Call call) throws IOException {
        ApiCredentials credentials = call.credentials();
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
        WireLog.request(endpoint.toString(), soapAction, credentials, call.secrets(), envelope);
        HttpExchange exchange = new HttpExchange(request, attemptTimeout(call), reaper, call.secrets(),
                credentials == null ? null : new ConnectionOwner(credentials.accessKey(), credentials.serviceAccount()));
        call.hold(exchange);
        return exchange.execute(routing, maxResponseSize);
    }

    @Override
    public void close() {
        reaper.close();
        routing.close();
    }

    /**
     * Whose calls a pooled connection carries: the access key and the service account, never a password. The
     * pool reuses a connection only for the same owner.
     */
    record ConnectionOwner(String accessKey, String serviceAccount) {
        /** Names no credential: the pool's own debug log prints a connection's owner. */
        @Override
        public String toString() {
            return "owner-" + Integer.toHexString(hashCode());
        }
    }
}
