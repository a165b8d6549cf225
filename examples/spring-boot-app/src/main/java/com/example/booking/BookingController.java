package com.example.booking;

import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.MmcException;
import com.orange.api.mmc.model.ScheduledConference;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /conferences?name=...&password=...&start=2026-12-01T10:00:00Z&minutes=60} books a conference. */
@RestController
public class BookingController {

    /** What a booking answers. */
    public record Booking(long id, String name, String url) {
    }

    private final BookingService bookings;

    public BookingController(BookingService bookings) {
        this.bookings = bookings;
    }

    @PostMapping("/conferences")
    public Booking book(@RequestParam String name, @RequestParam String password,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime start,
            @RequestParam(defaultValue = "60") int minutes) {
        ScheduledConference conference = bookings.book(name, password, start, Duration.ofMinutes(minutes));
        return new Booking(conference.getIdentifier(), name, conference.getUrl());
    }

    /** The service (or the SDK) refused the booking: 422 with the MMC code. */
    @ExceptionHandler(MmcException.class)
    public ResponseEntity<Map<String, String>> refused(MmcException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(Map.of("code", e.getCode(), "message", e.getMessage()));
    }

    /** The MMC service could not be reached: 502. */
    @ExceptionHandler(TechnicalException.class)
    public ResponseEntity<Map<String, String>> unreachable(TechnicalException e) {
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(Map.of("code", e.getCode()));
    }
}
