package com.orange.api.mmc.cxf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.RawHttpServer;
import com.orange.api.mmc.sandbox.MmcSandbox;

import java.time.Duration;

import jakarta.xml.ws.spi.Provider;

import org.junit.jupiter.api.Test;

/**
 * Apache CXF comes first on this module's classpath, so {@code Provider.provider()} is CXF's: the SDK and
 * the sandbox must still run on Metro, with the SDK's own transport (deadline, User-Agent, never-resend).
 */
class CxfFirstIT {

    private static final Organizer ORGANIZER = new Organizer("key", "key-Secret-1", "account", "account-Secret-2");

    @Test
    void cxfIsTheDefaultJaxwsProviderHere() {
        assertThat(Provider.provider().getClass().getName()).startsWith("org.apache.cxf.");
    }

    @Test
    void theSandboxServesAndTheSdkCallsItOnMetro() {
        try (MmcSandbox sandbox = MmcSandbox.start(); Mmc mmc = sandbox.newClient()) {
            assertThat(mmc.about(sandbox.organizer())).isEqualTo("V1.4");
        }
    }

    @Test
    void theSdksDeadlineHoldsAgainstAServerThatNeverAnswers() throws Exception {
        try (RawHttpServer server = new RawHttpServer(request -> RawHttpServer.Reply.hang());
                Mmc mmc = Mmc.builder().serviceUrl(server.url()).requestTimeout(Duration.ofSeconds(2)).maxAttempts(1)
                        .build()) {
            long started = System.nanoTime();

            TechnicalException e = catchThrowableOfType(TechnicalException.class, () -> mmc.about(ORGANIZER));

            assertThat(e.getCode()).isEqualTo(TechnicalException.TIMEOUT);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("2 s, not CXF's 60 s default")
                    .isLessThan(Duration.ofSeconds(20));
        }
    }

    @Test
    void theSdkNamesItselfAndSendsItsOwnCredentials() throws Exception {
        try (RawHttpServer server = new RawHttpServer(request -> RawHttpServer.Reply.keep(
                RawHttpServer.soapAnswer(200, RawHttpServer.aboutEnvelope("V1.4"))));
                Mmc mmc = Mmc.builder().serviceUrl(server.url()).maxAttempts(1).build()) {

            assertThat(mmc.about(ORGANIZER)).isEqualTo("V1.4");

            assertThat(server.requests.get(0).header("User-Agent")).startsWith("mmc-sdk-java/");
            assertThat(server.requests.get(0).header("Authorization")).startsWith("Basic ");
        }
    }
}
