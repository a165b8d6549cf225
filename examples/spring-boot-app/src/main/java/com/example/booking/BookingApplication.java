package com.example.booking;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;

import java.net.URI;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A Spring Boot application that books MMC conferences, on the versions Spring Boot manages. */
@SpringBootApplication
public class BookingApplication {

    public static void main(String[] args) {
        SpringApplication.run(BookingApplication.class, args);
    }

    /** One client for the application, closed with the context. */
    @Bean(destroyMethod = "close")
    Mmc mmc(@Value("${booking.mmc.service-url}") URI serviceUrl,
            @Value("${booking.mmc.request-timeout:PT30S}") Duration requestTimeout) {
        return Mmc.builder().serviceUrl(serviceUrl).requestTimeout(requestTimeout).build();
    }

    @Bean
    Organizer organizer(@Value("${booking.mmc.access-key}") String accessKey,
            @Value("${booking.mmc.access-key-password}") String accessKeyPassword,
            @Value("${booking.mmc.service-account}") String serviceAccount,
            @Value("${booking.mmc.service-account-password}") String serviceAccountPassword) {
        return new Organizer(accessKey, accessKeyPassword, serviceAccount, serviceAccountPassword);
    }
}
