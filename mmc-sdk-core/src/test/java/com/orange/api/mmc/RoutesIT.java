package com.orange.api.mmc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.orange.api.common.ProxySettings;
import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.RawHttpServer.Reply;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Which way a call goes (DESIGN section 6): straight to the service, or through the HTTP proxy the JVM's
 * proxy selector names, asked on every call; what each way puts on the wire; and how long a connection
 * the service keeps open is reused.
 */
class RoutesIT {

    private static final String ABOUT = RawHttpServer.soapAnswer(200, RawHttpServer.aboutEnvelope("V1.4"));

    private final Organizer organizer = new Organizer("access-key", "access-key-password", "service-account",
            "service-account-password");

    /** Runs {@code calls} with the JVM's default proxy selector answering {@code answer}, and returns what it was asked. */
    private static List<URI> withSelector(AtomicReference<Proxy> answer, ThrowingCallable calls) throws Throwable {
        List<URI> asked = new CopyOnWriteArrayList<>();
        ProxySelector previous = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                asked.add(uri);
                return List.of(answer.get());
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException failure) {
                // Nothing to learn here.
            }
        });
        try {
            calls.call();
        } finally {
            ProxySelector.setDefault(previous);
        }
        // The JDK's sockets ask it too, about socket:// addresses, when they connect.
        return asked.stream().filter(uri -> uri.getScheme().startsWith("http")).toList();
    }

    @Test
    void theSystemProxySelectorIsAskedOnceOnEveryCallAndBothWaysSendTheSameRequest() throws Throwable {
        AtomicReference<Proxy> answer = new AtomicReference<>(Proxy.NO_PROXY);
        try (RawHttpServer service = new RawHttpServer(request -> Reply.keep(ABOUT));
                RawHttpServer proxy = new RawHttpServer(request -> Reply.keep(ABOUT))) {
            List<URI> asked = withSelector(answer, () -> {
                try (Mmc mmc = Mmc.builder().serviceUrl(service.url()).proxy(ProxySettings.system()).build()) {
                    assertThat(mmc.about(organizer)).isEqualTo("V1.4");
                    answer.set(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", proxy.url().getPort())));
                    assertThat(mmc.about(organizer)).isEqualTo("V1.4");
                    answer.set(Proxy.NO_PROXY);
                    assertThat(mmc.about(organizer)).isEqualTo("V1.4");
                }
            });

            URI host = URI.create("http://127.0.0.1:" + service.url().getPort());
            assertThat(asked).as("the selector is asked about the service's host once a call").containsExactly(host, host, host);
            assertThat(service.requests).extracting(RawHttpServer.Request::requestLine)
                    .containsExactly("POST /mmc HTTP/1.1", "POST /mmc HTTP/1.1");
            assertThat(proxy.requests).extracting(RawHttpServer.Request::requestLine)
                    .containsExactly("POST " + service.url() + " HTTP/1.1");

            Map<String, String> direct = service.requests.get(0).headers();
            assertThat(direct).containsEntry("host", "127.0.0.1:" + service.url().getPort())
                    .containsEntry("connection", "keep-alive")
                    .containsEntry("content-type", "text/xml; charset=utf-8")
                    .containsKeys("authorization", "soapaction", "content-length");
            assertThat(direct.get("user-agent")).startsWith("mmc-sdk-java/");
            // Through a proxy that is not a tunnel the library leaves the Connection header out: the rest is the same.
            Map<String, String> directButConnection = new TreeMap<>(direct);
            directButConnection.remove("connection");
            assertThat(proxy.requests.get(0).headers()).isEqualTo(directButConnection);
            assertThat(proxy.requests.get(0).headerNames()).as("in the same order")
                    .isEqualTo(service.requests.get(0).headerNames().stream().filter(name -> !name.equals("connection")).toList());
            assertThat(proxy.requests.get(0).body()).isEqualTo(service.requests.get(0).body());
        }
    }

    @Test
    void theSelectorIsAskedAboutTheHostAsTheUrlWritesItWithoutAddingTheDefaultPort() throws Throwable {
        // Nothing listens on port 443 here: the call fails, the question asked is what matters.
        List<URI> asked = withSelector(new AtomicReference<>(Proxy.NO_PROXY), () -> {
            try (Mmc mmc = Mmc.builder().serviceUrl(URI.create("https://127.0.0.1/mmc")).proxy(ProxySettings.system())
                    .maxAttempts(1).build()) {
                assertThat(catchThrowable(() -> mmc.about(organizer))).isInstanceOf(TechnicalException.class);
            }
        });
        assertThat(asked).containsExactly(URI.create("https://127.0.0.1"));
    }

    @Test
    void aKeepAliveTimeoutTheServiceAnnouncesIsHonoured() throws Exception {
        try (RawHttpServer announcing = new RawHttpServer(request -> Reply.keep(
                        RawHttpServer.soapAnswer(200, RawHttpServer.aboutEnvelope("V1.4"), "Keep-Alive: timeout=1")));
                RawHttpServer silent = new RawHttpServer(request -> Reply.keep(ABOUT));
                Mmc announced = Mmc.builder().serviceUrl(announcing.url()).build();
                Mmc unannounced = Mmc.builder().serviceUrl(silent.url()).build()) {
            announced.about(organizer);
            unannounced.about(organizer);
            Thread.sleep(1_300);
            announced.about(organizer);
            unannounced.about(organizer);

            assertThat(announcing.connections()).as("a connection idle past the announced timeout is not reused")
                    .isEqualTo(2);
            assertThat(silent.connections()).as("without an announced timeout the open connection is reused")
                    .isEqualTo(1);
        }
    }
    @Test
    void aConnectionGivenBackAtTheEndOfItsAnswerIsLeftAloneByTheCallThatGaveItBack() throws Exception {
        // With the wire log on, a body is read whole before it is decoded: its connection goes back to the pool at
        // its end, and another thread may lease it while the first call still decodes. The first call's end must not
        // then shorten that connection's read timeout under the other call, whose answer takes 150 ms.
        Logger wire = (Logger) LoggerFactory.getLogger("com.orange.api.mmc.wire");
        Level level = wire.getLevel();
        boolean additive = wire.isAdditive();
        wire.setLevel(Level.DEBUG);
        wire.setAdditive(false);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (RawHttpServer server = new RawHttpServer(request -> {
                    try {
                        Thread.sleep(150);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return Reply.keep(ABOUT);
                });
                Mmc mmc = Mmc.builder().serviceUrl(server.url()).requestTimeout(Duration.ofSeconds(5)).maxAttempts(1).build()) {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(threads.submit(() -> {
                    for (int call = 0; call < 25; call++) {
                        assertThat(mmc.about(organizer)).isEqualTo("V1.4");
                    }
                    return null;
                }));
            }
            for (Future<?> call : calls) {
                call.get(60, TimeUnit.SECONDS);
            }
            assertThat(server.requests).hasSize(200);
        } finally {
            threads.shutdownNow();
            wire.setLevel(level);
            wire.setAdditive(additive);
        }
    }
}
