package com.orange.api.mmc.internal.transport;

import com.orange.api.common.ServiceSettings;
import com.orange.api.mmc.webservice.MultimediaConferencePortType;
import com.orange.api.mmc.webservice.MultimediaConferenceService;

import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.xml.namespace.QName;

import jakarta.xml.ws.BindingProvider;

/**
 * The generated {@code Service} (created once: it parses the WSDL) and a pool of configured ports. A JAX-WS
 * port's request context is not safe to change while another thread calls through it, and each call sets
 * its organizer's credentials there; so a port serves one call at a time, and goes back to the pool after.
 * Ports are cheap to keep and costly to create, so the pool grows to the peak concurrency and stays. All
 * ports of a client share its {@link HttpTransport}, and so its connections.
 */
final class PortPool implements AutoCloseable {

    static final String WSDL_RESOURCE = "/com/orange/api/mmc/wsdl/MultimediaConference.wsdl";
    private static final QName SERVICE_NAME = new QName("http://api.orange.com/mmc/1", "MultimediaConferenceService");
    private static final int MAX_IDLE = 64;

    private final MultimediaConferenceService service;
    private final String endpoint;
    private final HttpTransport transport;
    private final ConcurrentLinkedDeque<MultimediaConferencePortType> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();

    PortPool(ServiceSettings settings) {
        URL wsdl = PortPool.class.getResource(WSDL_RESOURCE);
        if (wsdl == null) {
            throw new IllegalStateException("The service contract " + WSDL_RESOURCE + " is missing from the classpath");
        }
        // The transport first: it builds its HTTP client on its own thread while the WSDL is parsed here.
        this.transport = new HttpTransport(settings);
        try {
            this.service = new MultimediaConferenceService(wsdl, SERVICE_NAME);
        } catch (RuntimeException e) {
            transport.close();
            throw e;
        }
        this.endpoint = settings.serviceUrl().toString();
    }

    /** @return a port that no other thread uses until it is {@link #release released} */
    MultimediaConferencePortType borrow() {
        if (closed.get()) {
            throw new IllegalStateException("This Mmc client is closed");
        }
        MultimediaConferencePortType port = idle.pollFirst();
        if (port != null) {
            idleCount.decrementAndGet();
            return port;
        }
        return create();
    }

    /** Gives a port back once its call is over; its credentials are overwritten by the next call. */
    void release(MultimediaConferencePortType port) {
        if (!closed.get() && idleCount.incrementAndGet() <= MAX_IDLE) {
            idle.offerFirst(port);
        } else {
            idleCount.decrementAndGet();
        }
    }

    private MultimediaConferencePortType create() {
        MultimediaConferencePortType port = service.getMultimediaConferencePort();
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpoint);
        context.put(HttpTransport.TRANSPORT_KEY, transport);
        context.put(HttpTransport.ANSWER_KEY, new Answer.Holder());
        return port;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            idle.clear();
            idleCount.set(0);
            transport.close();
        }
    }
}
