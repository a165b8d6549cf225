package com.orange.api.mmc.sandbox;

import com.orange.api.mmc.sandbox.SandboxFaults.Fault;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the {@link SandboxFaults} rule that matches an authenticated call, if any, just before Metro would
 * process it. It runs after {@link RequestGate}, so the exchange is a {@link ServiceExchange}.
 */
final class FaultFilter extends Filter {

    private static final Logger LOG = LoggerFactory.getLogger(FaultFilter.class);

    private final SandboxFaults faults;

    FaultFilter(SandboxFaults faults) {
        this.faults = faults;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        if (!(exchange instanceof ServiceExchange call) || !"POST".equals(exchange.getRequestMethod())) {
            chain.doFilter(exchange);
            return;
        }
        Optional<Fault> taken = faults.take(call.operation());
        if (taken.isEmpty()) {
            chain.doFilter(exchange);
            return;
        }
        Fault fault = taken.get();
        LOG.info("Fault lab: {} gets {}", call.operation(), fault);
        switch (fault.kind()) {
            case MMC_ERROR -> answer(call, 500, "text/xml; charset=utf-8", Faults.envelope(fault.mmcError()));
            case GATEWAY_ERROR -> answer(call, fault.gatewayError().httpStatus() == 0 ? 500 : fault.gatewayError().httpStatus(),
                    "text/xml; charset=utf-8", Faults.envelope(fault.gatewayError()));
            case HTTP_STATUS -> RequestGate.plain(call, fault.httpStatus(), "HTTP " + fault.httpStatus()
                    + " (the sandbox's fault lab)");
            case DELAY -> {
                try {
                    Thread.sleep(fault.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("the sandbox is stopping");
                }
                chain.doFilter(exchange);
            }
            case DROP_CONNECTION_AFTER_REQUEST -> {
                call.dropAnswer();
                chain.doFilter(exchange);
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public String description() {
        return "the MMC sandbox's fault lab";
    }
}
