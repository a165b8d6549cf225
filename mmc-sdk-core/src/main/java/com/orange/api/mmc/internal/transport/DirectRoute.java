package com.orange.api.mmc.internal.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.ConnectionShutdownException;
import org.apache.hc.client5.http.impl.DefaultClientConnectionReuseStrategy;
import org.apache.hc.client5.http.impl.DefaultConnectionKeepAliveStrategy;
import org.apache.hc.client5.http.io.ConnectionEndpoint;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.apache.hc.client5.http.io.LeaseRequest;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.impl.io.HttpRequestExecutor;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.apache.hc.core5.http.io.EofSensorWatcher;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;
import org.apache.hc.core5.http.protocol.HttpProcessor;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http.protocol.HttpProcessorBuilder;
import org.apache.hc.core5.http.protocol.RequestContent;
import org.apache.hc.core5.http.protocol.RequestTargetHost;
import org.apache.hc.core5.http.protocol.RequestUserAgent;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Runs an exchange on a direct route (no proxy between the SDK and the service) straight on a connection
 * of the client's pool: lease, connect when new, send, read the head, and give the connection back when
 * the body has been read to its end, or close it. These are the steps the library's classic client takes
 * for such a route, through the same public parts (connection manager, request executor, reuse and
 * keep-alive strategies) and with the same rules; what it leaves out is what only proxies and
 * authentication need: the route planner and the protocol and connect stages of the execution chain;
 * calls through a proxy keep the library's whole client (see {@link HttpRouting}). Unlike the library's
 * client, it keeps the connection until the answer is closed, so that the exchange can look at it once its
 * body was read (see {@link HttpExchange#end(boolean)}).
 *
 * <p>What goes on the wire is what the library's client sends on a direct route: the same headers
 * (Host, Content-Length, Connection: keep-alive, User-Agent), the same request line.
 */
final class DirectRoute {

    private static final AtomicLong EXCHANGES = new AtomicLong();
    private static final String HELD = DirectRoute.class.getName() + ".held";

    private final HttpClientConnectionManager manager;
    private final RequestConfig config;
    private final Timeout leaseTimeout;
    private final Timeout responseTimeout;
    private final HttpRequestExecutor executor = new HttpRequestExecutor();
    private final HttpProcessor processor;

    /**
     * @param manager   the client's pool, shared with its proxied route
     * @param config    the client's request configuration: its lease and response timeouts, its default keep-alive
     * @param userAgent how the SDK names itself
     */
    DirectRoute(HttpClientConnectionManager manager, RequestConfig config, String userAgent) {
        this.manager = manager;
        this.config = config;
        this.leaseTimeout = config.getConnectionRequestTimeout();
        this.responseTimeout = config.getResponseTimeout();
        // The library's client adds these, in this order, on a direct route (its RequestClientConnControl needs
        // the route in a context it fills itself: the one header it adds here is written out).
        this.processor = HttpProcessorBuilder.create()
                .addAll(new RequestTargetHost(), new RequestContent(),
                        (request, entity, context) -> {
                            if (!request.containsHeader("Connection")) {
                                request.addHeader("Connection", "keep-alive");
                            }
                        },
                        new RequestUserAgent(userAgent))
                .build();
    }

    /**
     * Sends the request and opens the answer. The request's {@code cancel()} closes the connection from any
     * thread, while it waits for a connection or for the answer.
     *
     * @param route   the direct route to the request's host
     * @param context the exchange's context, marked {@link #held(HttpContext)} when the answer has a body
     * @return the answer, whose body is read from the connection: closing the answer gives the connection
     *         back to the pool when the body was read to its end and the answer allows keep-alive, and closes
     *         it otherwise
     */
    ClassicHttpResponse open(HttpUriRequestBase request, HttpRoute route, HttpClientContext context) throws IOException {
        String id = "mmc-ex-" + EXCHANGES.incrementAndGet();
        // A pooled connection is reused only by the organizer it last carried (see HttpExchange).
        Object owner = context.getUserToken();
        LeaseRequest lease = manager.lease(id, route, leaseTimeout, owner);
        request.setDependency(lease);
        ConnectionEndpoint endpoint;
        try {
            endpoint = lease.get(leaseTimeout);
        } catch (TimeoutException e) {
            lease.cancel();
            throw new ConnectionRequestTimeoutException(e.getMessage());
        } catch (InterruptedException e) {
            lease.cancel();
            Thread.currentThread().interrupt();
            throw aborted("Request aborted", e);
        } catch (ExecutionException e) {
            lease.cancel();
            throw aborted("Request execution failed", e.getCause() == null ? e : e.getCause());
        }
        Held held = new Held(endpoint, owner);
        // Cancels at once when the request was cancelled while the connection was on its way.
        request.setDependency(held);
        try {
            HttpClientContext exchange = context;
            exchange.setRequestConfig(config);
            if (!endpoint.isConnected()) {
                manager.connect(endpoint, null, exchange);
            }
            endpoint.setSocketTimeout(responseTimeout);
            executor.preProcess(request, processor, exchange);
            ClassicHttpResponse response = endpoint.execute(id, request, executor, exchange);
            if (DefaultClientConnectionReuseStrategy.INSTANCE.keepAlive(request, response, exchange)) {
                held.keepAlive = DefaultConnectionKeepAliveStrategy.INSTANCE.getKeepAliveDuration(response, exchange);
            }
            HttpEntity entity = response.getEntity();
            if (entity == null || !entity.isStreaming()) {
                held.release();
            } else {
                exchange.setAttribute(HELD, Boolean.TRUE);
                response.setEntity(new HeldEntity(entity, held));
            }
            return response;
        } catch (ConnectionShutdownException e) {
            held.cancel();
            throw aborted("Connection has been shut down", e);
        } catch (HttpException e) {
            held.cancel();
            throw new ClientProtocolException(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            held.cancel();
            throw e;
        }
    }

    /**
     * @return true when the exchange of this context went through this route with a body to read: its
     *         connection stays the exchange's until the answer is closed, even once its body was read to the end
     */
    static boolean held(HttpContext context) {
        return Boolean.TRUE.equals(context.getAttribute(HELD));
    }

    private static InterruptedIOException aborted(String message, Throwable cause) {
        InterruptedIOException aborted = new InterruptedIOException(message);
        aborted.initCause(cause);
        return aborted;
    }

    /**
     * The leased connection, until it goes back to the pool or is closed, once, by whichever comes first: the
     * end of the body, the answer's close, or a cancel from any thread.
     */
    private final class Held implements Cancellable, EofSensorWatcher {

        private final AtomicReference<ConnectionEndpoint> endpoint;
        /** Whose calls the connection carries: the pool hands it back only to them. */
        private final Object owner;
        /** How long the connection may stay idle in the pool; null when the answer forbids reuse. */
        private volatile TimeValue keepAlive;
        /** True once the body was read to its end. */
        private volatile boolean atEnd;

        Held(ConnectionEndpoint endpoint, Object owner) {
            this.endpoint = new AtomicReference<>(endpoint);
            this.owner = owner;
        }

        /** Back to the pool when the answer allows keep-alive (the pool checks the connection too), else closed. */
        void release() {
            ConnectionEndpoint held = endpoint.getAndSet(null);
            if (held != null) {
                TimeValue validFor = keepAlive;
                if (validFor == null) {
                    held.close(CloseMode.IMMEDIATE);
                    manager.release(held, null, TimeValue.ZERO_MILLISECONDS);
                } else {
                    manager.release(held, owner, validFor);
                }
            }
        }

        /** Closes the connection: a blocked read or write returns at once. */
        @Override
        public boolean cancel() {
            ConnectionEndpoint held = endpoint.getAndSet(null);
            if (held == null) {
                return false;
            }
            held.close(CloseMode.IMMEDIATE);
            manager.release(held, null, TimeValue.ZERO_MILLISECONDS);
            return true;
        }

        /** The body's end: the connection stays held until the answer is closed (see {@link HeldEntity#close()}). */
        @Override
        public boolean eofDetected(InputStream wrapped) throws IOException {
            try {
                wrapped.close();
            } catch (IOException | RuntimeException e) {
                cancel();
                throw e;
            }
            atEnd = true;
            return false;
        }

        /** Closed before its end: nothing more is read from the connection, which is closed. */
        @Override
        public boolean streamClosed(InputStream wrapped) {
            cancel();
            return false;
        }

        @Override
        public boolean streamAbort(InputStream wrapped) {
            cancel();
            return false;
        }
    }

    /** The answer's body: read through an end-of-stream sensor, closed by closing the connection unless read whole. */
    private static final class HeldEntity extends HttpEntityWrapper {

        private final Held held;
        private InputStream content;

        HeldEntity(HttpEntity entity, Held held) {
            super(entity);
            this.held = held;
        }

        @Override
        public InputStream getContent() throws IOException {
            if (content == null) {
                content = new EofSensorInputStream(super.getContent(), held);
            }
            return content;
        }

        /** Through the sensor, so that a body written out whole also gives its connection back. */
        @Override
        public void writeTo(OutputStream out) throws IOException {
            getContent().transferTo(out);
        }

        /** Back to the pool when the body was read to its end, else the connection is closed. */
        @Override
        public void close() {
            if (held.atEnd) {
                held.release();
            } else {
                held.cancel();
            }
        }
    }
}
