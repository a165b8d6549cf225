package com.example.booking;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application that books MMC conferences, on the versions Spring Boot manages. The SDK's
 * starter makes the {@code Mmc} client and the {@code Organizer} from the {@code mmc.*} properties.
 */
@SpringBootApplication
public class BookingApplication {

    public static void main(String[] args) {
        SpringApplication.run(BookingApplication.class, args);
    }
}
