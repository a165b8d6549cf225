package com.example.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.sandbox.MmcSandbox;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.hc.core5.util.VersionInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application, on Spring Boot's managed versions and the SDK's starter, books a conference in the MMC
 * sandbox through its REST endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BookingApplicationTest {

    private static final MmcSandbox SANDBOX = MmcSandbox.start();

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry registry) {
        registry.add("mmc.service-url", () -> SANDBOX.serviceUrl().toString());
        registry.add("mmc.organizer.access-key", SANDBOX::accessKey);
        registry.add("mmc.organizer.access-key-password", SANDBOX::accessKeyPassword);
        registry.add("mmc.organizer.service-account", SANDBOX::serviceAccount);
        registry.add("mmc.organizer.service-account-password", SANDBOX::serviceAccountPassword);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    BookingService bookings;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theEndpointBooksAConferenceInTheSandbox() throws Exception {
        System.out.printf("Spring Boot %s, Apache HttpClient %s%n", SpringBootVersion.getVersion(),
                VersionInfo.loadVersionInfo("org.apache.hc.client5", getClass().getClassLoader()).getRelease());
        assertThat(bookings.serviceVersion()).isEqualTo("V1.4");
        OffsetDateTime start = OffsetDateTime.now().plusHours(2).truncatedTo(ChronoUnit.SECONDS);

        HttpResponse<String> answer = post("weekly", "s3cret", start);

        assertThat(answer.statusCode()).isEqualTo(200);
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(answer.body());
        assertThat(id.find()).as(answer.body()).isTrue();
        assertThat(answer.body()).contains("\"name\":\"weekly\"");
        assertThat(bookings.between(start.minusHours(1), start.plusHours(2)))
                .extracting(Conference::getIdentifier).contains(Long.parseLong(id.group(1)));
    }

    @Test
    void aBookingTheManualRefusesAnswers422WithItsCode() throws Exception {
        HttpResponse<String> answer = post("", "s3cret", OffsetDateTime.now().plusHours(2));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("\"code\":\"MMC_");
    }

    @Test
    void theHealthEndpointShowsTheMmcIndicatorUp() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        // The component's members come in a different order on Boot 3 and Boot 4.
        Matcher mmc = Pattern.compile("\"mmc\":\\{(\"details\":\\{[^}]*},)?\"status\":\"([A-Z]+)\"(,\"details\":\\{[^}]*})?}")
                .matcher(health.body());
        assertThat(mmc.find()).as(health.body()).isTrue();
        assertThat(mmc.group(2)).isEqualTo("UP");
        assertThat(mmc.group()).contains("\"version\":\"V1.4\"");
    }

    private HttpResponse<String> post(String name, String password, OffsetDateTime start) throws Exception {
        String query = "name=" + encode(name) + "&password=" + encode(password) + "&start=" + encode(start.toString())
                + "&minutes=60";
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/conferences?" + query))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
