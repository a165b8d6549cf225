package com.example.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.sandbox.MmcSandbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.apache.hc.core5.util.VersionInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application's context, on Spring Boot's managed versions, books a conference in the MMC sandbox. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class BookingApplicationTest {

    private static final MmcSandbox SANDBOX = MmcSandbox.start();

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry registry) {
        registry.add("booking.mmc.service-url", () -> SANDBOX.serviceUrl().toString());
        registry.add("booking.mmc.access-key", SANDBOX::accessKey);
        registry.add("booking.mmc.access-key-password", SANDBOX::accessKeyPassword);
        registry.add("booking.mmc.service-account", SANDBOX::serviceAccount);
        registry.add("booking.mmc.service-account-password", SANDBOX::serviceAccountPassword);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @Autowired
    BookingService bookings;

    @Test
    void booksAndListsAConferenceOnBootsManagedHttpClient() {
        System.out.printf("Spring Boot %s, Apache HttpClient %s%n", SpringBootVersion.getVersion(),
                VersionInfo.loadVersionInfo("org.apache.hc.client5", getClass().getClassLoader()).getRelease());
        assertThat(bookings.serviceVersion()).isEqualTo("V1.4");

        OffsetDateTime start = OffsetDateTime.now().plusHours(2).truncatedTo(ChronoUnit.SECONDS);
        ScheduledConference weekly = bookings.book("weekly", "s3cret", start, Duration.ofHours(1));

        assertThat(weekly.getIdentifier()).isPositive();
        assertThat(bookings.between(start.minusHours(1), start.plusHours(2)))
                .extracting(Conference::getIdentifier).contains(weekly.getIdentifier());
    }
}
