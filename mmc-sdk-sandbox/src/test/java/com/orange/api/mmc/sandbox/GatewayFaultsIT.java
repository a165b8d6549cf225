package com.orange.api.mmc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

/**
 * Requests the service cannot read, sent as raw SOAP, as a client the SDK's authors did not write may send
 * them: each is answered with a fault whose {@code mmcFault} detail carries a code of the manual's table A.5,
 * like every other fault, and leaves one log line, the access line.
 */
class GatewayFaultsIT {

    private static final String ENVELOPE = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:mmc=\"http://api.orange.com/mmc/1\"><soapenv:Header><mmc:ApplicationContext>"
            + "<mmc:entry><mmc:key>Partner_API_Account_ID</mmc:key><mmc:value>" + MmcSandbox.DEFAULT_SERVICE_ACCOUNT
            + "</mmc:value></mmc:entry><mmc:entry><mmc:key>Partner_API_Account_Pwd</mmc:key><mmc:value>"
            + MmcSandbox.DEFAULT_SERVICE_ACCOUNT_PASSWORD + "</mmc:value></mmc:entry>"
            + "</mmc:ApplicationContext></soapenv:Header><soapenv:Body>%s</soapenv:Body></soapenv:Envelope>";

    private final ListAppender<ILoggingEvent> slf4j = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private ch.qos.logback.classic.Level rootLevel;
    private final List<String> jul = Collections.synchronizedList(new ArrayList<>());
    private final java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
    private final Handler julHandler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            jul.add(record.getLevel() + " " + record.getLoggerName() + " " + record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private MmcSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = MmcSandbox.start();
        slf4j.start();
        root.addAppender(slf4j);
        rootLevel = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.INFO);
        julHandler.setLevel(Level.INFO);
        julRoot.addHandler(julHandler);
    }

    @AfterEach
    void stop() {
        sandbox.close();
        root.detachAppender(slf4j);
        root.setLevel(rootLevel);
        julRoot.removeHandler(julHandler);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an unknown operation | <mmc:operation_C/> | GENERAL",
        "a body naming no operation | | GENERAL",
        "truncated XML | <mmc:about/></soapenv:Body></soapenv:Envelope | GENERAL",
        "not a SOAP envelope | <mmc:about/>&lt;/x&gt; | GENERAL",
        "abc for an xsd:long | <mmc:getConferenceDetails><mmc:getConferenceDetailsInput><mmc:conferenceID>abc"
                + "</mmc:conferenceID></mmc:getConferenceDetailsInput></mmc:getConferenceDetails>"
                + " | REQ.SCHEMA_VALIDATION_ERROR"})
    void aRequestTheServiceCannotReadIsAGatewayFaultWithOneLogLine(String what, String body, String code)
            throws Exception {
        String request = what.equals("truncated XML")
                ? String.format(ENVELOPE, "").replace("</soapenv:Body></soapenv:Envelope>", "") + body
                : what.equals("not a SOAP envelope") ? "<mmc:about xmlns:mmc=\"http://api.orange.com/mmc/1\"/>"
                : String.format(ENVELOPE, body == null ? "" : body);

        HttpResponse<String> answer = post(request);

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.body()).contains("<faultcode>S:Server</faultcode>")
                .containsPattern("<detail><(\\w+:)?mmcFault [^>]*\"http://api.orange.com/mmc/1\"><(\\w+:)?code>"
                        + code.replace(".", "\\.") + "</");
        assertThat(sandbox.journal().calls()).singleElement()
                .satisfies(call -> assertThat(call.code()).isEqualTo(code));
        List<String> lines = logLines();
        assertThat(lines).singleElement().asString().contains("status=500 code=" + code);
        assertThat(jul).as("nothing from the SOAP runtime").isEmpty();
    }

    private HttpResponse<String> post(String envelope) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(sandbox.serviceUrl())
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (sandbox.accessKey() + ":" + sandbox.accessKeyPassword()).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every line logged, waiting for the access line, written once the answer has gone (up to 5 s). */
    private List<String> logLines() throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline && lines().stream().noneMatch(line -> line.contains("status="))) {
            Thread.sleep(10);
        }
        return lines();
    }

    private List<String> lines() {
        synchronized (slf4j) {
            return slf4j.list.stream().filter(event -> !event.getLoggerName().startsWith("com.orange.api.mmc.sandbox.MmcSandbox"))
                    .map(event -> event.getLevel() + " " + event.getLoggerName() + " " + event.getFormattedMessage())
                    .toList();
        }
    }
}
