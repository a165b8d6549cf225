package com.orange.api.mmc.internal.transport;

import com.sun.xml.ws.api.pipe.ClientTubeAssemblerContext;
import com.sun.xml.ws.api.pipe.TransportTubeFactory;
import com.sun.xml.ws.api.pipe.Tube;

import java.util.Locale;

/**
 * Registered in {@code META-INF/services}: gives every HTTP(S) client port the SDK's transport tube, which
 * stands aside (delegating to Metro's own transport) for ports the SDK did not configure.
 */
public final class SdkTransportTubeFactory extends TransportTubeFactory {

    @Override
    public Tube doCreate(ClientTubeAssemblerContext context) {
        String scheme = context.getAddress().getURI().getScheme();
        if (scheme == null || !(scheme.toLowerCase(Locale.ROOT).equals("http") || scheme.toLowerCase(Locale.ROOT).equals("https"))) {
            return null;
        }
        return new SdkTransportTube(context.getCodec(), context.getBinding());
    }
}
