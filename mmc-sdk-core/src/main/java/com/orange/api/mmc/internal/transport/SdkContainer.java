package com.orange.api.mmc.internal.transport;

import com.sun.xml.ws.api.ResourceLoader;
import com.sun.xml.ws.api.pipe.ClientTubeAssemblerContext;
import com.sun.xml.ws.api.pipe.TransportTubeFactory;
import com.sun.xml.ws.api.pipe.Tube;
import com.sun.xml.ws.api.server.Container;

import java.net.URL;

/**
 * The Metro container of one client's service: it gives the client's port, and only it, the SDK's
 * transport tube. Nothing is registered JVM-wide (no {@code META-INF/services} entry), so other JAX-WS
 * clients in the same JVM keep Metro's own transport, timeouts and User-Agent.
 */
final class SdkContainer extends Container {

    private final TransportTubeFactory transport;
    private final ResourceLoader resources = new ResourceLoader() {
        @Override
        public URL getResource(String resource) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            return (loader != null ? loader : SdkContainer.class.getClassLoader()).getResource("META-INF/" + resource);
        }
    };

    SdkContainer(HttpTransport http) {
        this.transport = new TransportTubeFactory() {
            @Override
            public Tube doCreate(ClientTubeAssemblerContext context) {
                return new SdkTransportTube(context.getCodec(), http);
            }
        };
    }

    @Override
    public <S> S getSPI(Class<S> spiType) {
        if (spiType == TransportTubeFactory.class) {
            return spiType.cast(transport);
        }
        if (spiType == ResourceLoader.class) {
            return spiType.cast(resources);
        }
        return super.getSPI(spiType);
    }
}
