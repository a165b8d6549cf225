package com.orange.api.mmc;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * One call of an {@link Mmc} client, as {@link MmcInterceptor}s see it. No secret is reachable from it:
 * neither the organizer's passwords nor any conference password.
 */
public interface MmcCallContext {

    /** @return the call's unique id, also in the SLF4J MDC ({@code mmc.callId}) and in its exception */
    String callId();

    /** @return the WSDL operation name, for example {@code createScheduledConference} */
    String operation();

    /** @return the organizer's service account, or null when the call has no organizer */
    String serviceAccount();

    /** @return the endpoint the client calls (never with user information) */
    URI serviceUrl();

    /** @return how many attempts reached the transport so far (0 before the first) */
    int attempts();

    /** @return the time since the call started */
    Duration elapsed();

    /** @return a mutable map that the call's interceptors share, for their per-call state */
    Map<String, Object> attributes();
}
