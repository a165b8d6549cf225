package com.orange.api.mmc.internal.transport;

import java.io.IOException;
import java.net.ProxySelector;
import java.util.Objects;

import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.routing.HttpRoutePlanner;
import org.apache.hc.client5.http.routing.RoutingSupport;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.net.URIAuthority;

/**
 * Which way a request goes: straight to the service on a pooled connection ({@link DirectRoute}) when no
 * proxy stands between, or through the library's whole client, which tunnels HTTPS through the proxy and
 * answers its authentication challenges. Both share one connection pool.
 *
 * <p>The proxy settings decide: {@code DISABLED} always goes direct, {@code EXPLICIT} always through the
 * proxy, and {@code SYSTEM} plans each call's route with the library's own system route planner (which
 * asks the JVM's {@link ProxySelector}, so a selector whose answer changes at run time is followed): a
 * route without a proxy goes direct, one with a proxy goes to the library's client, which takes the route
 * already planned (see {@link #reusingPlanned}) rather than asking the selector a second time.
 */
final class HttpRouting implements AutoCloseable {

    /** How requests reach the service. */
    enum Way {
        /** Never through a proxy. */
        DIRECT,
        /** Always through the configured proxy. */
        PROXIED,
        /** As the planner says (the JVM's proxy selector), call by call. */
        PLANNED
    }

    /** The context attribute that carries a call's planned route to the library's client. */
    private static final String PLANNED_ROUTE = HttpRouting.class.getName() + ".route";

    private final CloseableHttpClient client;
    private final DirectRoute direct;
    private final Way way;
    /** The planner of {@link Way#PLANNED}; null otherwise. */
    private final HttpRoutePlanner planner;
    /** The last direct route ({@link Way#DIRECT}): a client talks to one endpoint, so it is worked out once. */
    private volatile Target last;

    /** The direct route to one scheme and authority. */
    private record Target(String scheme, URIAuthority authority, HttpRoute route) {
    }

    /**
     * @param planner the route planner for {@link Way#PLANNED}, the one the client was built with through
     *                {@link #reusingPlanned}; null for the other ways
     */
    HttpRouting(CloseableHttpClient client, DirectRoute direct, Way way, HttpRoutePlanner planner) {
        this.client = client;
        this.direct = direct;
        this.way = way;
        this.planner = planner;
    }

    /**
     * The route planner to build the library's client with, for {@link Way#PLANNED}: the route this class
     * planned for the call, when there is one, else what {@code planner} says.
     */
    static HttpRoutePlanner reusingPlanned(HttpRoutePlanner planner) {
        return new HttpRoutePlanner() {
            @Override
            public HttpRoute determineRoute(HttpHost target, HttpContext context) throws HttpException {
                HttpRoute planned = planned(context);
                return planned != null ? planned : planner.determineRoute(target, context);
            }

            @Override
            public HttpRoute determineRoute(HttpHost target, HttpRequest request, HttpContext context)
                    throws HttpException {
                HttpRoute planned = planned(context);
                return planned != null ? planned : planner.determineRoute(target, request, context);
            }
        };
    }

    private static HttpRoute planned(HttpContext context) {
        return context != null && context.getAttribute(PLANNED_ROUTE) instanceof HttpRoute route ? route : null;
    }

    /**
     * Sends the request the way its route goes and opens the answer (see {@link DirectRoute#open}).
     *
     * @param context the exchange's context, where the connection's details end up
     */
    ClassicHttpResponse open(HttpUriRequestBase request, HttpClientContext context) throws IOException {
        switch (way) {
            case DIRECT:
                return direct.open(request, directRoute(request), context);
            case PLANNED:
                HttpRoute route;
                try {
                    route = planner.determineRoute(RoutingSupport.determineHost(request), request, context);
                } catch (HttpException e) {
                    throw new ClientProtocolException(e.getMessage(), e);
                }
                if (route.getProxyHost() == null) {
                    return direct.open(request, route, context);
                }
                context.setAttribute(PLANNED_ROUTE, route);
                return client.executeOpen(null, request, context);
            default:
                return client.executeOpen(null, request, context);
        }
    }

    /** @return the route the library's default planner gives a request when no proxy is set */
    private HttpRoute directRoute(HttpUriRequestBase request) throws IOException {
        Target known = last;
        String scheme = request.getScheme();
        URIAuthority authority = request.getAuthority();
        if (known != null && Objects.equals(known.authority(), authority) && Objects.equals(known.scheme(), scheme)) {
            return known.route();
        }
        try {
            HttpHost host = RoutingSupport.normalize(RoutingSupport.determineHost(request), DefaultSchemePortResolver.INSTANCE);
            if (host == null || host.getPort() < 0) {
                throw new ClientProtocolException("No route to " + scheme + "://" + authority);
            }
            known = new Target(scheme, authority, new HttpRoute(host, null, "https".equalsIgnoreCase(host.getSchemeName())));
        } catch (HttpException e) {
            throw new ClientProtocolException(e.getMessage(), e);
        }
        last = known;
        return known.route();
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
