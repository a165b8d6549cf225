package com.orange.api.mmc.internal.transport;

import com.orange.api.common.ProxySettings;
import com.orange.api.common.ServiceSettings;

import java.net.ProxySelector;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.client5.http.routing.HttpRoutePlanner;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds one client's HTTP side (see {@link HttpRouting}: Apache HttpClient's classic client, blocking I/O
 * on the caller's thread, and the direct route beside it on the same pool) from its settings:
 * proxy and its authentication, TLS trust with the JDK's host name verification, connect and read
 * timeouts, and a pool of HTTP/1.1 keep-alive connections ({@link QuietConnection}s) shared by the
 * client's threads. It never re-sends a request by itself (automatic retries off: retries are
 * {@link RetryPolicy}'s), follows no redirect, keeps no cookie and asks for no compression.
 *
 * <p>Stale connections: every pooled connection is validated before it carries a new request (see
 * {@link QuietConnection#isStale()}: bytes that arrived since its last answer, or a close by the server
 * once it has been idle a while, make it unusable), a {@code Keep-Alive: timeout} the server announces
 * is honoured, and idle connections are evicted in the background; so a write never goes out on a
 * connection the server has closed while it sat in the pool.
 */
final class HttpClientFactory {

    /** Idle connections older than this are closed in the background. */
    private static final TimeValue EVICT_IDLE_AFTER = TimeValue.ofSeconds(30);
    /** Connections per client: enough never to make a thread wait. */
    private static final int MAX_CONNECTIONS = 1_024;

    private HttpClientFactory() {
    }

    static HttpRouting build(ServiceSettings settings, List<KeyStore> trusted, String userAgent) {
        Timeout readTimeout = atLeastOneMilli(settings.requestTimeout());
        ConnectionConfig connections = ConnectionConfig.custom()
                .setConnectTimeout(atLeastOneMilli(settings.connectTimeout()))
                .setSocketTimeout(readTimeout)
                .setValidateAfterInactivity(TimeValue.ZERO_MILLISECONDS)
                .build();
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setConnectionFactory(QuietConnection::create)
                .setTlsSocketStrategy(tls(settings, trusted))
                .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX)
                .setConnPoolPolicy(PoolReusePolicy.LIFO)
                .setMaxConnPerRoute(MAX_CONNECTIONS)
                .setMaxConnTotal(MAX_CONNECTIONS)
                .setDefaultConnectionConfig(connections)
                .build();
        RequestConfig requests = RequestConfig.custom()
                .setConnectionRequestTimeout(readTimeout)
                .setResponseTimeout(readTimeout)
                .build();
        // The library's client owns the pool (closing it closes the pool) and its idle connection evictor.
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(requests)
                .setUserAgent(userAgent)
                .evictExpiredConnections()
                .evictIdleConnections(EVICT_IDLE_AFTER)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableContentCompression();
        ProxySettings proxy = settings.proxy();
        HttpRouting.Way way = HttpRouting.Way.DIRECT;
        HttpRoutePlanner planner = null;
        switch (proxy.mode()) {
            case DISABLED -> {
                // Every call takes the direct route: the library's client is built for its pool and evictor only.
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
                way = HttpRouting.Way.PROXIED;
            }
            case SYSTEM -> {
                planner = new SystemDefaultRoutePlanner(ProxySelector.getDefault());
                builder.setRoutePlanner(HttpRouting.reusingPlanned(planner));
                way = HttpRouting.Way.PLANNED;
            }
        }
        return new HttpRouting(builder.build(), new DirectRoute(pool, requests, userAgent), way, planner);
    }

    /** A timeout for the library, where 0 would mean none: a duration under 1 ms becomes 1 ms. */
    static Timeout atLeastOneMilli(Duration duration) {
        return Timeout.ofMilliseconds(Math.max(1, duration.toMillis()));
    }

    /**
     * TLS with the JDK's own host name verification (the HTTPS endpoint identification of JSSE), hence the
     * library's verifier is a no-op. A plain {@code http://} client gets a context that refuses to be used.
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
}
