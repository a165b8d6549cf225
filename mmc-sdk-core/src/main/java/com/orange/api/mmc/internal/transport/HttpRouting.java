package com.orange.api.mmc.internal.transport;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;

import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.routing.RoutingSupport;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.net.URIAuthority;

/**
 * Which way a request goes: straight to the service on a pooled connection ({@link DirectRoute}) when no
 * proxy stands between, or through the library's whole client, which plans the route, tunnels HTTPS
 * through the proxy and answers its authentication challenges. Both share one connection pool.
 *
 * <p>The proxy settings decide: {@code DISABLED} always goes direct, {@code EXPLICIT} always through the
 * proxy, and {@code SYSTEM} asks the JVM's {@link ProxySelector} on every call, as the library's system
 * route planner does (the first HTTP proxy it names is used, SOCKS ones are skipped, none means direct),
 * so a selector whose answer changes at run time is followed.
 */
final class HttpRouting implements AutoCloseable {

    /** How requests reach the service. */
    enum Way {
        /** Never through a proxy. */
        DIRECT,
        /** Always through the configured proxy. */
        PROXIED,
        /** As the JVM's proxy selector says, call by call. */
        ASK_SELECTOR
    }

    private final CloseableHttpClient client;
    private final DirectRoute direct;
    private final Way way;
    /** The selector of {@link Way#ASK_SELECTOR}; null to ask the JVM's default one at each call. */
    private final ProxySelector selector;
    /** The last endpoint's route: a client talks to one endpoint, so it is worked out once. */
    private volatile Target last;

    /** Where the requests to one scheme and authority go. */
    private record Target(String scheme, URIAuthority authority, HttpRoute route, URI selectorUri) {
    }

    HttpRouting(CloseableHttpClient client, DirectRoute direct, Way way, ProxySelector selector) {
        this.client = client;
        this.direct = direct;
        this.way = way;
        this.selector = selector;
    }

    /** Sends the request the way its route goes and opens the answer (see {@link DirectRoute#open}). */
    ClassicHttpResponse open(HttpUriRequestBase request) throws IOException {
        if (way != Way.PROXIED) {
            Target target = target(request);
            if (way == Way.DIRECT || !proxied(target.selectorUri())) {
                return direct.open(request, target.route());
            }
        }
        return client.executeOpen(null, request, null);
    }

    private Target target(HttpUriRequestBase request) throws IOException {
        Target known = last;
        String scheme = request.getScheme();
        URIAuthority authority = request.getAuthority();
        if (known != null && Objects.equals(known.authority(), authority) && Objects.equals(known.scheme(), scheme)) {
            return known;
        }
        try {
            HttpHost host = RoutingSupport.normalize(RoutingSupport.determineHost(request), DefaultSchemePortResolver.INSTANCE);
            if (host == null || host.getPort() < 0) {
                throw new ClientProtocolException("No route to " + scheme + "://" + authority);
            }
            boolean secure = "https".equalsIgnoreCase(host.getSchemeName());
            known = new Target(scheme, authority, new HttpRoute(host, null, secure), new URI(host.toURI()));
        } catch (HttpException | URISyntaxException e) {
            throw new ClientProtocolException("No route to " + scheme + "://" + authority + ": " + e.getMessage(), e);
        }
        last = known;
        return known;
    }

    /** @return true when the selector names an HTTP proxy for the host, before any direct connection */
    private boolean proxied(URI host) {
        ProxySelector asked = selector != null ? selector : ProxySelector.getDefault();
        if (asked == null) {
            return false;
        }
        List<Proxy> proxies = asked.select(host);
        for (Proxy proxy : proxies) {
            if (proxy.type() == Proxy.Type.DIRECT) {
                return false;
            }
            if (proxy.type() == Proxy.Type.HTTP) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
