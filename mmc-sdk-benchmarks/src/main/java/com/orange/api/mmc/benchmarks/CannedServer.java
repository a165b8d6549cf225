package com.orange.api.mmc.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * An HTTP server on loopback that answers each SOAP action with fixed bytes, the same for the floor, the
 * stub and the SDK: what is measured is the client side. It remembers the last envelope received per
 * action, so the floor can send exactly the bytes the SDK sends.
 */
final class CannedServer implements AutoCloseable {

    static {
        // Without TCP_NODELAY the JDK server's small answers wait ~40 ms for the client's delayed ACK.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    static final String NS = "http://api.orange.com/mmc/1";
    static final int LISTED_CONFERENCES = 100;

    static final String KEY_PASSWORD = "changeit";

    private final HttpServer server;
    private final Path certificate;
    private final SSLContext tls;
    private final ExecutorService executor = Executors.newFixedThreadPool(16);
    private final Map<String, byte[]> answers = Map.of(
            "about", envelope("<m:aboutResponse xmlns:m=\"" + NS + "\"><m:aboutReturn>V1.4</m:aboutReturn></m:aboutResponse>"),
            "createScheduledConference", envelope("<m:createScheduledConferenceResponse xmlns:m=\"" + NS + "\">"
                    + conference(37893, true) + "</m:createScheduledConferenceResponse>"),
            "getConferencesList", envelope("<m:getConferencesListResponse xmlns:m=\"" + NS + "\"><m:conferenceList>"
                    + conferences() + "</m:conferenceList></m:getConferencesListResponse>"));
    private final Map<String, byte[]> lastRequests = new ConcurrentHashMap<>();

    /**
     * @param https serve TLS with a self-signed certificate for 127.0.0.1, made with the JDK's keytool
     */
    CannedServer(boolean https) throws Exception {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        if (https) {
            Path dir = Files.createTempDirectory("mmc-bench");
            Path keyStore = dir.resolve("server.p12");
            certificate = dir.resolve("server.pem");
            keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                    "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12", "-keystore",
                    keyStore.toString(), "-storepass", KEY_PASSWORD, "-keypass", KEY_PASSWORD);
            keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", keyStore.toString(), "-storepass",
                    KEY_PASSWORD, "-file", certificate.toString());
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keyStore)) {
                store.load(in, KEY_PASSWORD.toCharArray());
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, KEY_PASSWORD.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            tls = SSLContext.getInstance("TLS");
            tls.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            HttpsServer secure = HttpsServer.create(address, 256);
            secure.setHttpsConfigurator(new HttpsConfigurator(tls));
            server = secure;
        } else {
            certificate = null;
            tls = null;
            server = HttpServer.create(address, 256);
        }
        server.setExecutor(executor);
        server.createContext("/api/MultimediaConference-1", this::handle);
        server.start();
    }

    URI url() {
        return URI.create((tls == null ? "http" : "https") + "://127.0.0.1:" + server.getAddress().getPort()
                + "/api/MultimediaConference-1");
    }

    /** @return the server's certificate (PEM), for the SDK's trustCertificate; null over http */
    Path certificate() {
        return certificate;
    }

    /** @return a TLS context that trusts the server, for the stub and the floor; null over http */
    SSLContext clientTls() {
        return tls;
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("keytool failed: " + output);
        }
    }

    /** @return the last envelope received for {@code action} */
    byte[] lastRequest(String action) {
        return lastRequests.get(action);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] request;
        try (InputStream in = exchange.getRequestBody()) {
            request = in.readAllBytes();
        }
        String action = String.valueOf(exchange.getRequestHeaders().getFirst("SOAPAction")).replace("\"", "")
                .replace("urn:", "");
        lastRequests.put(action, request);
        byte[] answer = answers.get(action);
        if (answer == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
        exchange.sendResponseHeaders(200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    private static byte[] envelope(String body) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<S:Body>" + body + "</S:Body></S:Envelope>").getBytes(StandardCharsets.UTF_8);
    }

    /** The conferences of the list answer, also read by {@link MappingBenchmark}. */
    static String conferences() {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < LISTED_CONFERENCES; i++) {
            list.append(conference(37000 + i, i % 2 == 0));
        }
        return list.toString();
    }

    /** A conference as the manual's details sample shows one. */
    private static String conference(long id, boolean scheduled) {
        return "<m:conference><m:id>" + id + "</m:id><m:accessCode>837675</m:accessCode>"
                + "<m:hostFirstName>your_service_account</m:hostFirstName><m:hostLastName>your_service_account</m:hostLastName>"
                + "<m:hostLogin>your_service_account</m:hostLogin><m:name>your_conference_name</m:name><m:origin>Odn</m:origin>"
                + "<m:startDateTime>2030-09-21T13:38:06+02:00</m:startDateTime>"
                + (scheduled ? "<m:endDateTime>2030-09-21T15:37:06+02:00</m:endDateTime>" : "")
                + "<m:state>NotStarted</m:state><m:type>" + (scheduled ? "Scheduled" : "Instantaneous") + "</m:type>"
                + "<m:url>https://orangeapi.example/StartConferenceByUrl.aspx?id=3E1A71AE-EF35-4715-AA34-BDFCE28178D4</m:url>"
                + "<m:parameters><m:parameter><m:key>conferenceVisibility</m:key><m:value>Public</m:value></m:parameter>"
                + "<m:parameter><m:key>audioAccessNumber</m:key><m:value>+33149945060</m:value></m:parameter>"
                + "<m:parameter><m:key>audioRoomNumber</m:key><m:value>775104</m:value></m:parameter>"
                + "<m:parameter><m:key>audioType</m:key><m:value>Apac</m:value></m:parameter></m:parameters></m:conference>";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
