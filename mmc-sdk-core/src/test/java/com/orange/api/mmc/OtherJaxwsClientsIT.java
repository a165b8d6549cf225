package com.orange.api.mmc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.orange.api.mmc.webservice.ApplicationContext;
import com.orange.api.mmc.webservice.MultimediaConferencePortType;
import com.orange.api.mmc.webservice.MultimediaConferenceService;

import java.time.Duration;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;

import org.junit.jupiter.api.Test;

/**
 * The SDK changes nothing for other JAX-WS clients of the JVM: a plain Metro port created beside an
 * {@code Mmc} keeps Metro's own transport, User-Agent and timeouts.
 */
class OtherJaxwsClientsIT {

    private static MultimediaConferencePortType plainPort(RawHttpServer server, int requestTimeoutMillis) {
        MultimediaConferencePortType port = new MultimediaConferenceService(
                OtherJaxwsClientsIT.class.getResource("/com/orange/api/mmc/wsdl/MultimediaConference.wsdl"))
                .getMultimediaConferencePort();
        BindingProvider provider = (BindingProvider) port;
        provider.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, server.url().toString());
        provider.getRequestContext().put("com.sun.xml.ws.request.timeout", requestTimeoutMillis);
        return port;
    }

    @Test
    void aPlainMetroPortBesideAnMmcKeepsMetrosTransport() throws Exception {
        try (RawHttpServer server = new RawHttpServer(request -> RawHttpServer.Reply.keep(
                RawHttpServer.soapAnswer(200, RawHttpServer.aboutEnvelope("V1.4"))));
                Mmc mmc = Mmc.builder().serviceUrl(server.url()).maxAttempts(1).build()) {
            assertThat(mmc.about(SoapStubs.organizer())).isEqualTo("V1.4");

            assertThat(plainPort(server, 10_000).about(new ApplicationContext())).isEqualTo("V1.4");

            assertThat(server.requests.get(0).header("User-Agent")).startsWith("mmc-sdk-java/");
            assertThat(server.requests.get(1).header("User-Agent")).doesNotContain("mmc-sdk");
            assertThat(server.requests.get(1).header("Authorization")).as("no SDK credentials").isNull();
        }
    }

    @Test
    void aPlainMetroPortKeepsItsOwnTimeout() throws Exception {
        try (RawHttpServer server = new RawHttpServer(request -> RawHttpServer.Reply.hang());
                Mmc mmc = Mmc.builder().serviceUrl(server.url()).requestTimeout(Duration.ofSeconds(60)).build()) {
            long started = System.nanoTime();

            Throwable failure = catchThrowable(() -> plainPort(server, 500).about(new ApplicationContext()));

            assertThat(failure).isInstanceOf(WebServiceException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("its own 500 ms, not the SDK's 60 s")
                    .isLessThan(Duration.ofSeconds(30));
        }
    }
}
