package com.orange.api.mmc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.mmc.Mmc;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sandbox as a network service: what a careless or hostile client cannot do to it. */
class SandboxSafetyIT {

    private static final String SERVICE = MmcSandbox.SERVICE_PATH;
    private static MmcSandbox sandbox;
    private static URI server;

    @BeforeAll
    static void start() {
        sandbox = MmcSandbox.start();
        server = sandbox.serviceUrl();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void sixtyFourIdleOrHalfSentConnectionsDoNotDelayARealCall() throws Exception {
        List<RawHttp> hogs = new ArrayList<>();
        try (Mmc mmc = sandbox.newClient()) {
            assertThat(mmc.about(sandbox.organizer())).isEqualTo("V1.4");
            for (int i = 0; i < 64; i++) {
                RawHttp hog = new RawHttp(server);
                hogs.add(hog);
                if (i % 2 == 1) {
                    hog.write("POST " + SERVICE + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000\r\n\r\n<S:Envelope");
                }
            }

            long started = System.nanoTime();
            String version = mmc.about(sandbox.organizer());
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(version).isEqualTo("V1.4");
            assertThat(took).isLessThan(Duration.ofSeconds(1));
        } finally {
            for (RawHttp hog : hogs) {
                hog.close();
            }
        }
    }

    @Test
    void aDeclaredBodyOverTheLimitIsRefusedUnreadBeforeAuthentication() throws Exception {
        try (RawHttp http = new RawHttp(server)) {
            http.write("POST " + SERVICE + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/xml\r\nContent-Length: "
                    + 300L * 1024 * 1024 + "\r\n\r\n");

            String answer = http.readUntil("MESSAGE_TOO_LARGE");

            assertThat(answer).startsWith("HTTP/1.1 413").contains("MESSAGE_TOO_LARGE");
        }
    }

    @Test
    void aChunked300MegabyteBodyIsReadNoFurtherThanTheLimit() throws Exception {
        long sent = 0;
        String answer;
        try (RawHttp http = new RawHttp(server)) {
            http.write("POST " + SERVICE + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/xml\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            byte[] chunk = chunk(64 * 1024);
            try {
                while (sent < 300L * 1024 * 1024) {
                    http.write(chunk);
                    sent += chunk.length;
                }
                answer = http.readAll();
            } catch (IOException closedByTheSandbox) {
                answer = "closed after " + sent + " bytes";
            }
        }

        assertThat(sent).as("bytes the sandbox took before closing").isLessThan(64L * 1024 * 1024);
        assertThat(answer).satisfiesAnyOf(a -> assertThat(a).startsWith("HTTP/1.1 413"),
                a -> assertThat(a).startsWith("closed after"));
        try (Mmc mmc = sandbox.newClient()) {
            assertThat(mmc.about(sandbox.organizer())).isEqualTo("V1.4");
        }
    }

    private static byte[] chunk(int size) {
        byte[] head = (Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] chunk = new byte[head.length + size + 2];
        System.arraycopy(head, 0, chunk, 0, head.length);
        java.util.Arrays.fill(chunk, head.length, head.length + size, (byte) 'x');
        chunk[chunk.length - 2] = '\r';
        chunk[chunk.length - 1] = '\n';
        return chunk;
    }

    @ParameterizedTest
    @ValueSource(strings = {"OPTIONS", "TRACE", "PATCH", "PUT", "DELETE", "HEAD"})
    void anUnsupportedMethodGets405(String method) throws Exception {
        String answer = RawHttp.exchange(server, method, SERVICE);

        assertThat(answer).startsWith("HTTP/1.1 405").containsIgnoringCase("Allow: GET, POST");
    }

    @Test
    void theWsdlIsOpenToAnyone() throws Exception {
        assertThat(RawHttp.exchange(server, "GET", SERVICE + "?wsdl")).startsWith("HTTP/1.1 200").contains("definitions");
    }

    @ParameterizedTest
    @ValueSource(strings = {"?WSDLx", "?wsdl=1&x", "", "?xsd=x", "?tester"})
    void noOtherGetShowsMetrosPages(String query) throws Exception {
        String answer = RawHttp.exchange(server, "GET", SERVICE + query);

        assertThat(answer).startsWith("HTTP/1.1 404").doesNotContain("SandboxEndpoint").doesNotContain("Implementation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/portal/start?id=1&token=x", "/portal/join?participant=1&token=x", "/portal/nothing"})
    void everyPortalPageCarriesTheSecurityHeaders(String page) throws Exception {
        String answer = RawHttp.exchange(server, "GET", page).toLowerCase();

        assertThat(answer).contains("content-security-policy: default-src 'none'").contains("frame-ancestors 'none'")
                .contains("x-frame-options: deny").contains("x-content-type-options: nosniff")
                .contains("cache-control: no-store").contains("referrer-policy: no-referrer");
    }

    @Test
    void thePortalRefusesOtherMethods() throws Exception {
        assertThat(RawHttp.exchange(server, "DELETE", "/portal/start?id=1&token=x")).startsWith("HTTP/1.1 405");
    }
}
