package com.orange.api.mmc.sandbox;

import com.orange.api.common.GatewayError;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the gateway refuses before the service reads a request, answered as the manual's table A.5 says:
 * {@code GENERAL} (HTTP 500) for "an unknown operation name like "operation_C"" and for "a missing '>' for the
 * closing tag soapenv:Envelope", that is, a body that is not a whole XML document, not a SOAP 1.1 envelope, or
 * whose Body names no operation of the WSDL. The fault carries the same {@code mmcFault} detail as every other
 * fault, so that the SOAP runtime never answers in its own words, and the access log's one line names its code.
 */
final class SoapGate extends Filter {

    private static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String MMC = "http://api.orange.com/mmc/1";
    private static final XMLInputFactory XML = secureFactory();

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            chain.doFilter(exchange);
            return;
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        Optional<String> refused = refusal(body);
        if (refused.isEmpty()) {
            chain.doFilter(exchange);
            return;
        }
        byte[] answer = Faults.envelope(GatewayError.GENERAL, refused.get());
        exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
        exchange.sendResponseHeaders(GatewayError.GENERAL.httpStatus() == 0 ? 500 : GatewayError.GENERAL.httpStatus(),
                answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    /** @return why the gateway refuses the request, or empty when the service may read it */
    static Optional<String> refusal(byte[] body) {
        String operation = null;
        int depth = 0;
        boolean inBody = false;
        try (InputStream in = new ByteArrayInputStream(body)) {
            XMLStreamReader reader = XML.createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamReader.START_ELEMENT) {
                        depth++;
                        if (depth == 1 && !(SOAP_11.equals(reader.getNamespaceURI())
                                && "Envelope".equals(reader.getLocalName()))) {
                            return Optional.of("the request is not a SOAP 1.1 envelope");
                        }
                        if (depth == 2 && SOAP_11.equals(reader.getNamespaceURI())
                                && "Body".equals(reader.getLocalName())) {
                            inBody = true;
                        } else if (depth == 3 && inBody && operation == null) {
                            operation = MMC.equals(reader.getNamespaceURI())
                                    && SandboxFaults.OPERATIONS.contains(reader.getLocalName())
                                    ? reader.getLocalName() : "";
                        }
                    } else if (event == XMLStreamReader.END_ELEMENT) {
                        if (depth == 2) {
                            inBody = false;
                        }
                        depth--;
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | IOException e) {
            return Optional.of("the request is not a whole XML document");
        }
        if (operation == null || operation.isEmpty()) {
            return Optional.of("the SOAP Body names no operation of the service");
        }
        return Optional.empty();
    }

    @Override
    public String description() {
        return "the gateway's refusal of requests the MMC service cannot read";
    }
}
