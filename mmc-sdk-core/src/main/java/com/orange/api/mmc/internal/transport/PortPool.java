package com.orange.api.mmc.internal.transport;

import com.orange.api.common.ConfigurationException;
import com.orange.api.common.ServiceSettings;
import com.orange.api.mmc.webservice.MultimediaConferencePortType;
import com.orange.api.mmc.webservice.MultimediaConferenceService;

import com.sun.xml.ws.api.server.Container;
import com.sun.xml.ws.api.server.ContainerResolver;
import com.sun.xml.ws.api.server.ThreadLocalContainerResolver;
import com.sun.xml.ws.client.WSServiceDelegate;

import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.xml.namespace.QName;

import jakarta.xml.ws.BindingProvider;

/**
 * The client's service, created once (it parses the WSDL) on Metro itself, whatever other JAX-WS
 * provider is on the classpath (the generated {@code Service} class would ask {@code Provider.provider()},
 * which picks Apache CXF when it comes first), inside the client's own {@link SdkContainer}; and a pool of
 * configured ports. A JAX-WS port's request context is not safe to change while another thread calls
 * through it, so a port serves one call at a time and goes back to the pool after. Ports are cheap to keep
 * and costly to create, so the pool grows to the peak concurrency and stays. All ports of a client share
 * its {@link HttpTransport}, and so its connections.
 */
final class PortPool implements AutoCloseable {

    static final String WSDL_RESOURCE = "/com/orange/api/mmc/wsdl/MultimediaConference.wsdl";
    private static final String NAMESPACE = "http://api.orange.com/mmc/1";
    private static final QName SERVICE_NAME = new QName(NAMESPACE, "MultimediaConferenceService");
    private static final QName PORT_NAME = new QName(NAMESPACE, "MultimediaConferencePort");
    private static final int MAX_IDLE = 64;

    private final WSServiceDelegate service;
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
        // The transport first: a trust or TLS problem in the settings fails before the WSDL is parsed.
        this.transport = new HttpTransport(settings);
        try {
            this.service = createService(wsdl, new SdkContainer(transport));
        } catch (RuntimeException e) {
            transport.close();
            throw e;
        }
        this.endpoint = settings.serviceUrl().toString();
    }

    private static WSServiceDelegate createService(URL wsdl, Container container) {
        if (ContainerResolver.getInstance() != ContainerResolver.getDefault()) {
            throw new ConfigurationException("Metro's ContainerResolver was replaced by "
                    + ContainerResolver.getInstance().getClass().getName()
                    + ": the SDK cannot give its service its own transport in this JVM", null, RuntimeCheck.RUNTIME);
        }
        ThreadLocalContainerResolver resolver = ContainerResolver.getDefault();
        Container previous = resolver.enterContainer(container);
        try {
            return new WSServiceDelegate(wsdl, SERVICE_NAME, MultimediaConferenceService.class);
        } finally {
            resolver.exitContainer(previous);
        }
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

    /** @return the scope through which a call gives a port its credentials and ends its exchange */
    static CallScope scopeOf(MultimediaConferencePortType port) {
        return (CallScope) ((BindingProvider) port).getRequestContext().get(CallScope.KEY);
    }

    private MultimediaConferencePortType create() {
        MultimediaConferencePortType port = service.getPort(PORT_NAME, MultimediaConferencePortType.class);
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpoint);
        context.put(CallScope.KEY, new CallScope());
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
