package com.orange.api.mmc.internal.transport;

import com.orange.api.common.ConfigurationException;
import com.orange.api.common.ServiceSettings;
import com.orange.api.mmc.webservice.MultimediaConferencePortType;
import com.orange.api.mmc.webservice.MultimediaConferenceService;

import com.sun.xml.ws.api.server.Container;
import com.sun.xml.ws.api.server.ContainerResolver;
import com.sun.xml.ws.api.server.ThreadLocalContainerResolver;

import java.net.URL;
import java.util.ServiceLoader;

import javax.xml.namespace.QName;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.spi.Provider;
import jakarta.xml.ws.spi.ServiceDelegate;

/**
 * The client's service and its one port, created once (the service parses the WSDL) by Metro's JAX-WS
 * {@link Provider}, found among the providers the class path or module path declares, whatever other
 * JAX-WS provider comes first ({@code Provider.provider()} would pick Apache CXF then), inside the client's
 * own {@link SdkContainer}, which gives the port the SDK's transport.
 *
 * <p>Every call of the client, from any thread, goes through the one port. A JAX-WS port may be called
 * from many threads at once as long as nobody changes its request context meanwhile: this one holds only
 * the endpoint address, set when the port is made, and what belongs to one call (credentials, deadline,
 * exchange) travels in the call object the transport tube finds. Metro gives each concurrent call its own
 * copy of the port's tube line, so one port serves every thread.
 */
final class ServicePort implements AutoCloseable {

    private static final String WSDL_RESOURCE = "/com/orange/api/mmc/wsdl/MultimediaConference.wsdl";
    private static final String NAMESPACE = "http://api.orange.com/mmc/1";
    private static final QName SERVICE_NAME = new QName(NAMESPACE, "MultimediaConferenceService");
    private static final String METRO_PACKAGE = "com.sun.xml.ws.";
    private static final QName PORT_NAME = new QName(NAMESPACE, "MultimediaConferencePort");

    private final HttpTransport transport;
    private final MultimediaConferencePortType port;
    private volatile boolean closed;

    ServicePort(ServiceSettings settings) {
        URL wsdl = ServicePort.class.getResource(WSDL_RESOURCE);
        if (wsdl == null) {
            throw new IllegalStateException("The service contract " + WSDL_RESOURCE + " is missing from the classpath");
        }
        // The transport first: a trust or TLS problem in the settings fails before the WSDL is parsed.
        this.transport = new HttpTransport(settings);
        try {
            ServiceDelegate service = createService(wsdl, new SdkContainer(transport));
            this.port = service.getPort(PORT_NAME, MultimediaConferencePortType.class);
            ((BindingProvider) port).getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY,
                    settings.serviceUrl().toString());
        } catch (RuntimeException | LinkageError e) {
            transport.close();
            throw e;
        }
    }

    private static ServiceDelegate createService(URL wsdl, Container container) {
        if (ContainerResolver.getInstance() != ContainerResolver.getDefault()) {
            throw new ConfigurationException("Metro's ContainerResolver was replaced by "
                    + ContainerResolver.getInstance().getClass().getName()
                    + ": the SDK cannot give its service its own transport in this JVM", null, RuntimeCheck.RUNTIME);
        }
        ThreadLocalContainerResolver resolver = ContainerResolver.getDefault();
        Container previous = resolver.enterContainer(container);
        try {
            return metro().createServiceDelegate(wsdl, SERVICE_NAME, MultimediaConferenceService.class);
        } finally {
            resolver.exitContainer(previous);
        }
    }

    /** @return Metro's JAX-WS provider, the one whose class is Metro's own */
    private static Provider metro() {
        return ServiceLoader.load(Provider.class, ServicePort.class.getClassLoader()).stream()
                .filter(provider -> provider.type().getName().startsWith(METRO_PACKAGE))
                .findFirst()
                .orElseThrow(() -> new ConfigurationException("No JAX-WS provider of Metro (" + METRO_PACKAGE
                        + "...) is declared on " + RuntimeCheck.RUNTIME, null, RuntimeCheck.RUNTIME))
                .get();
    }

    /**
     * @return the port, to call inside an SDK call on the calling thread
     * @throws IllegalStateException the client is closed
     */
    MultimediaConferencePortType port() {
        if (closed) {
            throw new IllegalStateException("This Mmc client is closed");
        }
        return port;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            transport.close();
        }
    }
}
