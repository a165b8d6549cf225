package com.orange.api.mmc.sandbox;

import com.orange.api.mmc.sandbox.ConferenceRegistry.Booking;

import java.util.function.Function;

/**
 * How the portal's pages read a booking's changing fields outside the page methods that already hold its lock:
 * under the same lock the registry changes them with, so a page never shows a half-made change.
 */
final class PortalReads {

    private PortalReads() {
    }

    /** @return what {@code reader} reads from {@code booking}, under the booking's lock */
    static <T> T read(Booking booking, Function<Booking, T> reader) {
        synchronized (booking) {
            return reader.apply(booking);
        }
    }
}
