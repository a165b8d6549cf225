package com.orange.api.common;

import java.util.Objects;

/**
 * Base of the Orange API service clients: holds the immutable {@link ServiceSettings} (service URL, proxy,
 * timeouts, trust) the client was built with. A client is meant to be built once, shared by all threads
 * and closed when the application no longer needs it.
 */
public abstract class OrangeApiService implements AutoCloseable {

    private final ServiceSettings settings;

    protected OrangeApiService(ServiceSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** @return the settings this client was built with */
    public ServiceSettings settings() {
        return settings;
    }

    /** Releases the client's connections and pooled resources; calls made afterwards fail. */
    @Override
    public abstract void close();
}
