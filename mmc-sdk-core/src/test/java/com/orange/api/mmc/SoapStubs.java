package com.orange.api.mmc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A WireMock server that plays the MMC service: stubs answer SOAP envelopes per operation, and the
 * requests the SDK sent can be read back as XML.
 */
final class SoapStubs implements AutoCloseable {

    static final String NS = "http://api.orange.com/mmc/1";
    static final String PATH = "/api/MultimediaConference-1";

    static final String ACCESS_KEY = "test-access-key";
    static final String ACCESS_KEY_PASSWORD = "akp-Secret-1";
    static final String SERVICE_ACCOUNT = "test-service-account";
    static final String SERVICE_ACCOUNT_PASSWORD = "sap-Secret-2";

    final WireMockServer server;

    SoapStubs() {
        this(new WireMockServer(wireMockConfig().dynamicPort()));
        server.start();
    }

    /** Stubs on a server of the test's own (HTTPS, for example). */
    SoapStubs(WireMockServer server) {
        this.server = server;
    }

    URI serviceUrl() {
        return URI.create("http://localhost:" + server.port() + PATH);
    }

    Mmc.Builder client() {
        return Mmc.builder().serviceUrl(serviceUrl()).requestTimeout(Duration.ofSeconds(10)).maxAttempts(1);
    }

    static Organizer organizer() {
        return new Organizer(ACCESS_KEY, ACCESS_KEY_PASSWORD, SERVICE_ACCOUNT, SERVICE_ACCOUNT_PASSWORD);
    }

    /**
     * @return the content of a long answer kept in {@code src/test/resources/answers/}, as one line (the
     *         line breaks there are for reading; the service sends none between elements)
     */
    static String answerFile(String name) {
        try (java.io.InputStream in = SoapStubs.class.getResourceAsStream("/answers/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No answer file " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceAll(">\\s+<", "><")
                    .strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Answers {@code operation} with a SOAP body holding {@code responseContent} in its response wrapper. */
    void answer(String operation, String responseContent) {
        answer(operation, aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=utf-8")
                .withBody(envelope("<m:" + operation + "Response xmlns:m=\"" + NS + "\">" + responseContent + "</m:"
                        + operation + "Response>")));
    }

    void answer(String operation, ResponseDefinitionBuilder response) {
        server.stubFor(post(urlEqualTo(PATH)).withHeader("SOAPAction", containing("urn:" + operation))
                .willReturn(response));
    }

    /** Answers {@code operation} with the declared MMC fault. */
    void fault(String operation, String code, String message, String inputParameter) {
        answer(operation, aResponse().withStatus(500).withHeader("Content-Type", "text/xml; charset=utf-8")
                .withBody(envelope("<soapenv:Fault><faultcode>soapenv:Server</faultcode><faultstring>" + message
                        + "</faultstring><detail><m:mmcFault xmlns:m=\"" + NS + "\"><m:code>" + code + "</m:code>"
                        + "<m:message>" + message + "</m:message>"
                        + (inputParameter == null ? "" : "<m:inputParameter>" + inputParameter + "</m:inputParameter>")
                        + "</m:mmcFault></detail></soapenv:Fault>")));
    }

    static String envelope(String body) {
        return RawHttpServer.envelope(body);
    }

    List<LoggedRequest> requests() {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
    }

    /** The only request received, as XML with the prefix {@code m} bound to the MMC namespace. */
    SentRequest onlyRequest() {
        List<LoggedRequest> all = requests();
        if (all.size() != 1) {
            throw new AssertionError("expected exactly one request, WireMock received " + all.size());
        }
        return new SentRequest(all.get(0));
    }

    static String basicAuth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.stop();
    }

    /** A request the SDK sent, readable with XPath ({@code m:} is the MMC namespace, {@code s:} SOAP's). */
    static final class SentRequest {

        final LoggedRequest logged;
        private final Document document;
        private final XPath xpath;

        SentRequest(LoggedRequest logged) {
            this.logged = logged;
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(logged.getBodyAsString())));
            } catch (Exception e) {
                throw new AssertionError("the request is not XML: " + logged.getBodyAsString(), e);
            }
            xpath = XPathFactory.newInstance().newXPath();
            xpath.setNamespaceContext(new NamespaceContext() {
                @Override
                public String getNamespaceURI(String prefix) {
                    return switch (prefix) {
                        case "m" -> NS;
                        case "s" -> "http://schemas.xmlsoap.org/soap/envelope/";
                        default -> XMLConstants.NULL_NS_URI;
                    };
                }

                @Override
                public String getPrefix(String uri) {
                    return null;
                }

                @Override
                public java.util.Iterator<String> getPrefixes(String uri) {
                    return null;
                }
            });
        }

        /** @return the text of the single node at {@code path}; fails when there is none */
        String text(String path) {
            NodeList nodes = nodes(path);
            if (nodes.getLength() != 1) {
                throw new AssertionError("expected one node at " + path + ", found " + nodes.getLength() + " in "
                        + logged.getBodyAsString());
            }
            return nodes.item(0).getTextContent();
        }

        int count(String path) {
            return nodes(path).getLength();
        }

        private NodeList nodes(String path) {
            try {
                return (NodeList) xpath.evaluate(path, document, XPathConstants.NODESET);
            } catch (Exception e) {
                throw new AssertionError("bad XPath " + path, e);
            }
        }

        String header(String name) {
            return logged.getHeader(name);
        }

        /** The value the ApplicationContext header gives {@code key}. */
        String applicationContext(String key) {
            return text("/s:Envelope/s:Header/m:ApplicationContext/m:entry[m:key='" + key + "']/m:value");
        }
    }
}
