package com.orange.api.mmc.internal.transport;

/**
 * The request-context keys of the Metro JAX-WS runtime that the SDK sets on its ports (values of
 * {@code com.sun.xml.ws.developer.JAXWSProperties}, repeated here so that only this package names them).
 */
final class TransportProperties {

    /** Connect timeout in milliseconds ({@code Integer}). */
    static final String CONNECT_TIMEOUT = "com.sun.xml.ws.connect.timeout";
    /** Whole-request timeout in milliseconds ({@code Integer}). */
    static final String REQUEST_TIMEOUT = "com.sun.xml.ws.request.timeout";
    /** {@code javax.net.ssl.SSLSocketFactory} for HTTPS connections. */
    static final String SSL_SOCKET_FACTORY = "com.sun.xml.ws.transport.https.client.SSLSocketFactory";

    private TransportProperties() {
    }
}
