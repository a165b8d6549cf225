package com.orange.api.mmc.benchmarks;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.benchmarks.stub.ApplicationContext;
import com.orange.api.mmc.benchmarks.stub.ContextEntry;
import com.orange.api.mmc.benchmarks.stub.GetConferencesListInput;
import com.orange.api.mmc.benchmarks.stub.MmcServiceFault;
import com.orange.api.mmc.benchmarks.stub.MultimediaConferencePortType;
import com.orange.api.mmc.benchmarks.stub.MultimediaConferenceService;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.namespace.QName;

import jakarta.xml.ws.BindingProvider;

/**
 * The ways to make the same call that the benchmarks compare, all against one {@link CannedServer}:
 * <ul>
 *   <li>floor: {@code java.net.http} POST of the very bytes the SDK sends, with a minimal check of the answer;</li>
 *   <li>stub: the JAX-WS port that plain wsimport generates from {@code src-wsdl} (package {@code stub} of this
 *       module, no binding customisation), Service and port reused, credentials and header built once;</li>
 *   <li>SDK: {@link Mmc}, as a user calls it;</li>
 *   <li>CXF, the peer: an Apache CXF client of the same WSDL, on CXF's default conduit and on its
 *       {@code HttpURLConnection} conduit ({@link CxfClient}).</li>
 * </ul>
 */
public final class Clients implements AutoCloseable {

    /** The operations measured, with their SOAP actions. */
    public enum Operation {
        ABOUT("about"), CREATE("createScheduledConference"), LIST("getConferencesList");

        final String action;

        Operation(String action) {
            this.action = action;
        }
    }

    static final Organizer ORGANIZER = new Organizer("bench-key", "bench-key-password", "bench-account",
            "bench-account-password");
    static final OffsetDateTime START = OffsetDateTime.of(2030, 9, 21, 13, 38, 6, 0, ZoneOffset.ofHours(2));
    static final OffsetDateTime END = START.plusHours(2);

    private final URI url;
    private final Mmc mmc;
    private final MultimediaConferencePortType port;
    private final ApplicationContext context;
    private final XMLGregorianCalendar wireStart;
    private final XMLGregorianCalendar wireEnd;
    private final HttpClient http;
    private final CxfClient cxf;
    private final CxfClient cxfUrlConnection;
    private final Map<Operation, HttpRequest> floorRequests = new EnumMap<>(Operation.class);

    /** One call of an operation by one of the clients. */
    @FunctionalInterface
    interface Call {
        Object make(Operation operation) throws Exception;
    }

    /**
     * @param floorProxy the proxy the floor's {@code java.net.http} client is given, or null for none (the
     *                   other clients use the JVM's)
     */
    Clients(CannedServer server, java.net.ProxySelector floorProxy) throws Exception {
        this.url = server.url();
        this.mmc = sdk(url, server.certificate());
        this.port = stub(url, server.clientTls());
        HttpClient.Builder floor = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
        if (server.clientTls() != null) {
            floor.sslContext(server.clientTls());
        }
        if (floorProxy != null) {
            floor.proxy(floorProxy);
        }
        this.http = floor.build();
        this.cxf = new CxfClient(url, server.clientTls(), false);
        this.cxfUrlConnection = new CxfClient(url, server.clientTls(), true);
        this.context = applicationContext();
        DatatypeFactory dates = DatatypeFactory.newInstance();
        this.wireStart = dates.newXMLGregorianCalendar(START.toString());
        this.wireEnd = dates.newXMLGregorianCalendar(END.toString());
    }

    static Mmc sdk(URI url, java.nio.file.Path certificate) {
        Mmc.Builder builder = Mmc.builder().serviceUrl(url);
        if (certificate != null) {
            builder.trustCertificate(certificate);
        }
        return builder.build();
    }

    public static MultimediaConferencePortType stub(URI url, javax.net.ssl.SSLContext tls) {
        // Metro's own delegate: CXF is on this classpath too, and Provider.provider() would pick it.
        com.sun.xml.ws.client.WSServiceDelegate service = new com.sun.xml.ws.client.WSServiceDelegate(
                MultimediaConferenceService.class.getResource("wsdl/MultimediaConference.wsdl"),
                new QName("http://api.orange.com/mmc/1", "MultimediaConferenceService"), MultimediaConferenceService.class);
        MultimediaConferencePortType port = service.getPort(new QName("http://api.orange.com/mmc/1",
                "MultimediaConferencePort"), MultimediaConferencePortType.class);
        Map<String, Object> request = ((BindingProvider) port).getRequestContext();
        request.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, url.toString());
        request.put(BindingProvider.USERNAME_PROPERTY, ORGANIZER.getAccessKey());
        request.put(BindingProvider.PASSWORD_PROPERTY, ORGANIZER.getAccessKeyPassword());
        if (tls != null) {
            request.put("com.sun.xml.ws.transport.https.client.SSLSocketFactory", tls.getSocketFactory());
        }
        return port;
    }

    /** The same header the SDK sends: the organizer's service account. */
    public static ApplicationContext applicationContext() {
        ApplicationContext context = new ApplicationContext();
        context.getEntry().add(entry("Partner_API_Account_ID", ORGANIZER.getServiceAccount()));
        context.getEntry().add(entry("Partner_API_Account_Pwd", ORGANIZER.getServiceAccountPassword()));
        return context;
    }

    private static ContextEntry entry(String key, String value) {
        ContextEntry entry = new ContextEntry();
        entry.setKey(key);
        entry.setValue(value);
        return entry;
    }

    /** Makes one SDK call per operation and keeps the bytes it sent, for the floor to send the same. */
    void captureEnvelopes(CannedServer server) {
        String authorization = "Basic " + Base64.getEncoder().encodeToString((ORGANIZER.getAccessKey() + ":"
                + ORGANIZER.getAccessKeyPassword()).getBytes(StandardCharsets.UTF_8));
        for (Operation operation : Operation.values()) {
            sdk(operation);
            floorRequests.put(operation, HttpRequest.newBuilder(url)
                    .header("Content-Type", "text/xml; charset=utf-8")
                    .header("SOAPAction", "\"urn:" + operation.action + "\"")
                    .header("Authorization", authorization)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(server.lastRequest(operation.action))).build());
        }
    }

    Object floor(Operation operation) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(floorRequests.get(operation), HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = response.body();
        if (response.statusCode() != 200 || body.length < 100) {
            throw new IllegalStateException("unexpected answer " + response.statusCode());
        }
        return body.length;
    }

    Object stub(Operation operation) throws MmcServiceFault {
        return switch (operation) {
            case ABOUT -> port.about(context);
            case CREATE -> {
                com.orange.api.mmc.benchmarks.stub.ScheduledConferenceInfo info = new com.orange.api.mmc.benchmarks.stub.ScheduledConferenceInfo();
                info.setName("your_conference_name");
                info.setPassword("your_conference_password");
                info.setStartDateTime(wireStart);
                info.setEndDateTime(wireEnd);
                yield port.createScheduledConference(info, context);
            }
            case LIST -> {
                GetConferencesListInput input = new GetConferencesListInput();
                input.setStartDateTime(wireStart);
                input.setEndDateTime(wireEnd);
                yield port.getConferencesList(input, context);
            }
        };
    }

    Object cxf(Operation operation) throws Exception {
        return cxf.call(operation, wireStart, wireEnd);
    }

    Object cxfUrlConnection(Operation operation) throws Exception {
        return cxfUrlConnection.call(operation, wireStart, wireEnd);
    }

    Object sdk(Operation operation) {
        return switch (operation) {
            case ABOUT -> mmc.about(ORGANIZER);
            case CREATE -> mmc.createConference(ORGANIZER, new ScheduledConferenceInfo("your_conference_name",
                    "your_conference_password", START, END));
            case LIST -> mmc.getConferencesList(ORGANIZER, START, END, null);
        };
    }

    @Override
    public void close() {
        mmc.close();
        cxf.close();
        cxfUrlConnection.close();
    }
}
