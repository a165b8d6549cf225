package com.orange.api.mmc.sandbox;

import com.orange.api.mmc.sandbox.internal.MetroEndpoint;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ServiceLoader;
import java.util.logging.Logger;

import jakarta.xml.ws.Endpoint;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.spi.Invoker;
import jakarta.xml.ws.spi.Provider;

/**
 * Metro's JAX-WS provider, picked by name among the installed providers. {@code Endpoint.create} would take
 * whichever provider comes first on the classpath (Apache CXF's cannot publish on a JDK {@code HttpContext}),
 * and Metro's class is not exported to named modules, so it is looked up as a service.
 *
 * <p>Metro's server dumps every request and answer whole (the Authorization header, the service account's
 * and the conferences' passwords) on {@code com.sun.xml.ws.transport.http.HttpAdapter} at FINER, or at INFO
 * with {@code -Dcom.sun.xml.ws.transport.http.HttpAdapter.dump=true}. A filter on that logger drops those
 * dumps, whatever its level; its other messages pass.
 */
final class MetroProvider {

    static final String METRO = "com.sun.xml.ws.spi.ProviderImpl";
    /** Held here so that the filter stays: java.util.logging keeps loggers only weakly. */
    private static final Logger DUMPS = Logger.getLogger("com.sun.xml.ws.transport.http.HttpAdapter");

    static {
        DUMPS.setFilter(record -> record.getMessage() == null || !record.getMessage().startsWith("---["));
    }

    private MetroProvider() {
    }

    /**
     * @return an endpoint of Metro's for {@code implementor}, not yet published. The sandbox's own invoker calls
     *         the implementor's methods, from the sandbox's module: Metro's would need the endpoint class's
     *         package exported to every module, Metro's reflective helper being in none.
     * @throws IllegalStateException when Metro ({@code com.sun.xml.ws:jaxws-rt}) is not installed
     */
    static Endpoint createEndpoint(MetroEndpoint implementor) {
        Provider metro = ServiceLoader.load(Provider.class, MetroProvider.class.getClassLoader()).stream()
                .filter(provider -> provider.type().getName().equals(METRO)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The MMC sandbox needs Metro's JAX-WS provider " + METRO
                        + " (com.sun.xml.ws:jaxws-rt) and cannot find it"))
                .get();
        return metro.createEndpoint(null, MetroEndpoint.class, new Invoker() {
            @Override
            public void inject(WebServiceContext context) {
                // The endpoint reads nothing from its context.
            }

            @Override
            public Object invoke(Method method, Object... args) throws IllegalAccessException, InvocationTargetException {
                return method.invoke(implementor, args);
            }
        });
    }
}
