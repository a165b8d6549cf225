package com.orange.api.mmc.sandbox;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The gateway's HTTP basic authentication: a request without the sandbox's access key and password gets
 * HTTP 401 naming {@code REQ.AUTHENTICATION_FAILURE}, as the manual's table A.5 says, and never reaches
 * the service. {@code GET ...?wsdl} (and its {@code ?xsd=N}) is open, as on the gateway. The request body is
 * not read: {@link RequestGate} has bounded it already.
 */
final class BasicAuthFilter extends Filter {

    private final byte[] expected;

    BasicAuthFilter(String accessKey, String accessKeyPassword) {
        this.expected = ("Basic " + Base64.getEncoder().encodeToString(
                (accessKey + ":" + accessKeyPassword).getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        boolean wsdl = "GET".equals(exchange.getRequestMethod())
                && RequestGate.isContract(exchange.getRequestURI().getRawQuery());
        if (wsdl || (authorization != null
                && MessageDigest.isEqual(expected, authorization.getBytes(StandardCharsets.UTF_8)))) {
            chain.doFilter(exchange);
            return;
        }
        exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"MMC sandbox\"");
        RequestGate.plain(exchange, 401, "REQ.AUTHENTICATION_FAILURE: The credentials provided are not valid");
    }

    @Override
    public String description() {
        return "HTTP basic authentication of the MMC sandbox";
    }
}
