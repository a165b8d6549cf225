package com.orange.api.mmc.sandbox;

import java.util.ServiceLoader;

import jakarta.xml.ws.Endpoint;
import jakarta.xml.ws.spi.Provider;

/**
 * Metro's JAX-WS provider, picked by name among the installed providers. {@code Endpoint.create} would take
 * whichever provider comes first on the classpath (Apache CXF's cannot publish on a JDK {@code HttpContext}),
 * and Metro's class is not exported to named modules, so it is looked up as a service.
 */
final class MetroProvider {

    static final String METRO = "com.sun.xml.ws.spi.ProviderImpl";

    private MetroProvider() {
    }

    /**
     * @return an endpoint of Metro's for {@code implementor}, not yet published
     * @throws IllegalStateException when Metro ({@code com.sun.xml.ws:jaxws-rt}) is not installed
     */
    static Endpoint createEndpoint(Object implementor) {
        Provider metro = ServiceLoader.load(Provider.class, MetroProvider.class.getClassLoader()).stream()
                .filter(provider -> provider.type().getName().equals(METRO)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The MMC sandbox needs Metro's JAX-WS provider " + METRO
                        + " (com.sun.xml.ws:jaxws-rt) and cannot find it"))
                .get();
        return metro.createEndpoint(null, implementor);
    }
}
