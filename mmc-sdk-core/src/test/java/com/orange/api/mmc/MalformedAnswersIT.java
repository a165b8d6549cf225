package com.orange.api.mmc;

import static com.orange.api.mmc.RawHttpServer.aboutEnvelope;
import static com.orange.api.mmc.RawHttpServer.soapAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.orange.api.common.ProxySettings;
import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.model.ScheduledConference;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * Answers that are framed wrongly, connections a server closes behind the client's back, redirects and
 * deadlines, each against a raw-socket server that sends exactly the bytes the case needs. The cases are one
 * table run three ways, with the same outcome: logging off and every logger at TRACE (the wire log
 * included) on the direct route, and logging off through the library's client (the proxied route).
 */
class MalformedAnswersIT {

    /** How much is logged while a case runs. */
    enum Logging {
        OFF(Level.OFF), TRACE(Level.TRACE);

        private final Level level;

        Logging(Level level) {
            this.level = level;
        }

        /** Sets every logger, the wire log's and the libraries' included, to this level. */
        void apply() {
            context().getLogger("com.orange.api.mmc.wire");
            for (Logger logger : context().getLoggerList()) {
                logger.setLevel(level);
            }
        }
    }

    private static LoggerContext context() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }

    private final Map<Logger, Level> levels = new HashMap<>();

    @BeforeEach
    void rememberLogging() {
        context().getLogger("com.orange.api.mmc.wire");
        for (Logger logger : context().getLoggerList()) {
            levels.put(logger, logger.getLevel());
        }
    }

    @AfterEach
    void restoreLogging() {
        levels.forEach(Logger::setLevel);
    }

    private static final Organizer ORGANIZER = SoapStubs.organizer();

    /**
     * How a call reaches the raw server: straight (the SDK's direct route), or through the library's whole
     * client with the server as its HTTP proxy (the route every proxied call takes).
     */
    enum Route {
        DIRECT, PROXIED;

        Mmc.Builder builder(URI url) {
            return Mmc.builder().serviceUrl(url).proxy(this == DIRECT ? ProxySettings.disabled()
                    : ProxySettings.explicit(url.getHost(), url.getPort(), null, null));
        }
    }

    /** Each case with logging off and at TRACE on the direct route, and with logging off on the proxied one. */
    static Stream<Arguments> ways() {
        return Stream.of(Arguments.of(Logging.OFF, Route.DIRECT), Arguments.of(Logging.TRACE, Route.DIRECT),
                Arguments.of(Logging.OFF, Route.PROXIED));
    }

    private Route route = Route.DIRECT;

    private Mmc client(URI url, Duration requestTimeout, int maxAttempts) {
        return route.builder(url).requestTimeout(requestTimeout).maxAttempts(maxAttempts).build();
    }

    @ParameterizedTest(name = "logging {0}, {1} route")
    @MethodSource("ways")
    void bytesPastAnAnswersDeclaredLengthAreNeverReadAsTheNextCallsAnswer(Logging logging, Route route) throws Exception {
        logging.apply();
        this.route = route;
        String smuggled = soapAnswer(200, aboutEnvelope("SMUGGLED"));
        try (RawHttpServer server = new RawHttpServer(request -> request.index() == 1
                ? RawHttpServer.Reply.keep(soapAnswer(200, aboutEnvelope("V1.4")) + smuggled)
                : RawHttpServer.Reply.keep(soapAnswer(200, aboutEnvelope("V1.4"))));
                Mmc mmc = client(server.url(), Duration.ofSeconds(10), 1)) {

            assertThat(mmc.about(ORGANIZER)).isEqualTo("V1.4");
            assertThat(mmc.about(ORGANIZER)).as("the second call reads its own answer").isEqualTo("V1.4");
            assertThat(server.connections()).as("the connection with extra bytes was closed").isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "logging {0}, {1} route")
    @MethodSource("ways")
    void aBodyShorterThanItsDeclaredLengthDoesNotHoldTheCallAndItsConnectionIsNotReused(Logging logging, Route route) throws Exception {
        logging.apply();
        this.route = route;
        String envelope = aboutEnvelope("V1.4");
        String shortBody = soapAnswer(200, envelope).replace("Content-Length: " + envelope.length(),
                "Content-Length: " + (envelope.length() + 100));
        try (RawHttpServer server = new RawHttpServer(request -> RawHttpServer.Reply.keep(shortBody));
                Mmc mmc = client(server.url(), Duration.ofSeconds(30), 1)) {

            long started = System.nanoTime();
            assertThat(mmc.about(ORGANIZER)).isEqualTo("V1.4");
            assertThat(mmc.about(ORGANIZER)).isEqualTo("V1.4");

            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("well before the 30 s request timeout")
                    .isLessThan(Duration.ofSeconds(10));
            assertThat(server.connections()).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "logging {0}, {1} route")
    @MethodSource("ways")
    void connectionsTheServerClosesWhenIdleAreNeverWrittenTo(Logging logging, Route route) throws Exception {
        logging.apply();
        this.route = route;
        String deleted = soapAnswer(200, SoapStubs.envelope("<m:deleteScheduledConferenceResponse xmlns:m=\""
                + SoapStubs.NS + "\"/>"));
        try (RawHttpServer server = new RawHttpServer(
                request -> RawHttpServer.Reply.closeWhenIdle(deleted, Duration.ofMillis(100)));
                Mmc mmc = client(server.url(), Duration.ofSeconds(10), 1)) {
            int succeeded = 0;
            for (int i = 0; i < 20; i++) {
                mmc.deleteConference(ORGANIZER, new ScheduledConference(1000 + i, "s3cret"));
                succeeded++;
                Thread.sleep(300);
            }

            assertThat(succeeded).isEqualTo(20);
            assertThat(server.requests).as("no request sent twice, none lost").hasSize(20);
        }
    }

    @ParameterizedTest(name = "logging {0}, {1} route")
    @MethodSource("ways")
    void aRedirectIsReportedWithItsStatusAndLocation(Logging logging, Route route) throws Exception {
        logging.apply();
        this.route = route;
        try (RawHttpServer server = new RawHttpServer(request -> RawHttpServer.Reply.keep(
                "HTTP/1.1 302 Found\r\nLocation: https://elsewhere.example/mmc\r\nContent-Length: 0\r\n\r\n"));
                Mmc mmc = client(server.url(), Duration.ofSeconds(10), 1)) {

            TechnicalException e = catchThrowableOfType(TechnicalException.class, () -> mmc.about(ORGANIZER));

            assertThat(e.getHttpStatus()).isEqualTo(302);
            assertThat(e.getCode()).isEqualTo("HTTP_302");
            assertThat(e.getMessage()).contains("https://elsewhere.example/mmc");
            assertThat(server.requests).as("not followed").hasSize(1);
        }
    }

    @ParameterizedTest(name = "logging {0}, {1} route")
    @MethodSource("ways")
    void aRequestTimeoutShorterThanTheReaperTickStillHolds(Logging logging, Route route) throws Exception {
        logging.apply();
        this.route = route;
        try (RawHttpServer server = new RawHttpServer(request -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return RawHttpServer.Reply.keep(soapAnswer(200, aboutEnvelope("V1.4")));
        }); Mmc mmc = client(server.url(), Duration.ofMillis(5), 1)) {

            TechnicalException e = catchThrowableOfType(TechnicalException.class, () -> mmc.about(ORGANIZER));

            assertThat(e.getCode()).isEqualTo(TechnicalException.TIMEOUT);
        }
    }

    @ParameterizedTest(name = "logging {0}, {1} route")
    @MethodSource("ways")
    void a503sRetryAfterIsWaitedBeforeTheNextAttempt(Logging logging, Route route) throws Exception {
        logging.apply();
        this.route = route;
        try (RawHttpServer server = new RawHttpServer(request -> request.index() == 1
                ? RawHttpServer.Reply.keep("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 0\r\n\r\n")
                : RawHttpServer.Reply.keep(soapAnswer(200, aboutEnvelope("V1.4"))));
                Mmc mmc = client(server.url(), Duration.ofSeconds(10), 2)) {

            assertThat(mmc.about(ORGANIZER)).isEqualTo("V1.4");

            long waited = server.requests.get(1).receivedNanos() - server.requests.get(0).receivedNanos();
            assertThat(Duration.ofNanos(waited)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        }
    }

    @ParameterizedTest(name = "logging {0}, {1} route")
    @MethodSource("ways")
    void theCallTimeoutBoundsAWholeCallWhateverItsRequestTimeout(Logging logging, Route route) throws Exception {
        logging.apply();
        this.route = route;
        try (RawHttpServer server = new RawHttpServer(request -> RawHttpServer.Reply.hang());
                Mmc mmc = route.builder(server.url()).requestTimeout(Duration.ofSeconds(60))
                        .callTimeout(Duration.ofSeconds(1)).build()) {
            long started = System.nanoTime();

            TechnicalException e = catchThrowableOfType(TechnicalException.class, () -> mmc.about(ORGANIZER));

            assertThat(e.getCode()).isEqualTo(TechnicalException.TIMEOUT);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("1 s, not 3 attempts of 60 s")
                    .isLessThan(Duration.ofSeconds(20));
        }
    }

    @ParameterizedTest(name = "logging {0}, {1} route")
    @MethodSource("ways")
    void aRetryAfterBeyondTheCallTimeoutEndsTheCallAtOnce(Logging logging, Route route) throws Exception {
        logging.apply();
        this.route = route;
        try (RawHttpServer server = new RawHttpServer(request -> RawHttpServer.Reply.keep(
                "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 30\r\nContent-Length: 0\r\n\r\n"));
                Mmc mmc = route.builder(server.url()).callTimeout(Duration.ofSeconds(5)).maxAttempts(3)
                        .build()) {

            TechnicalException e = catchThrowableOfType(TechnicalException.class, () -> mmc.about(ORGANIZER));

            assertThat(e.getCode()).isEqualTo("HTTP_503");
            assertThat(server.requests).as("no wait of 30 s inside a 5 s call: no second attempt").hasSize(1);
        }
    }
}
