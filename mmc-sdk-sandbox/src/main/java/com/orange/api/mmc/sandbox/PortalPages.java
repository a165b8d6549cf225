package com.orange.api.mmc.sandbox;

import com.orange.api.mmc.sandbox.ConferenceRegistry.Booking;
import com.orange.api.mmc.sandbox.ConferenceRegistry.Invitation;
import com.orange.api.mmc.sandbox.ConferenceRegistry.State;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The portal pages the start and join URLs lead to, as the manual's chapter 6 describes them: the
 * organizer starts a conference (not earlier than an hour before its slot), a guest joins one (not before
 * the organizer started it), and whoever leaves sees that the conference is over.
 *
 * <ul>
 *   <li>{@code /portal/start?id=&token=}: starts the conference, or explains why it cannot;</li>
 *   <li>{@code /portal/join?participant=&token=}: joins a started conference;</li>
 *   <li>{@code /portal/leave?id=&token=}: the organizer leaves, which stops the conference;</li>
 *   <li>{@code /portal/audio?id=&token=}: the audio conference's pilot page.</li>
 * </ul>
 */
final class PortalPages implements HttpHandler {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private final ConferenceRegistry registry;

    PortalPages(ConferenceRegistry registry) {
        this.registry = registry;
    }

    /**
     * Sent with every page: no script, style only inline, forms post to the sandbox only, never framed, never
     * cached, and no Referer (the URLs carry tokens).
     */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self';"
                    + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            "X-Frame-Options", "DENY",
            "X-Content-Type-Options", "nosniff",
            "Cache-Control", "no-store",
            "Referrer-Policy", "no-referrer");

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            SECURITY_HEADERS.forEach(exchange.getResponseHeaders()::set);
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                RequestGate.plain(exchange, 405, "Method not allowed: " + RequestGate.printable(exchange.getRequestMethod()));
                return;
            }
            page(exchange);
        }
    }

    private void page(HttpExchange exchange) throws IOException {
        Map<String, String> query = Forms.parse(exchange.getRequestURI().getRawQuery());
        String page = exchange.getRequestURI().getPath().replaceFirst("^/portal/?", "");
        Response response = switch (page) {
            case "start" -> start(query);
            case "join" -> join(query);
            case "leave" -> leave(query);
            case "audio" -> audio(query);
            default -> new Response(404, "Not found", "There is no such page.", null);
        };
        byte[] body = response.html().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(response.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private Response start(Map<String, String> query) {
        Booking booking = booking(query, false);
        if (booking == null) {
            return new Response(404, "Summary", "There is no such conference.", null);
        }
        synchronized (booking) {
            if (booking.state == State.STARTED) {
                return new Response(200, "Conference in progress", "You are in the conference.", booking);
            }
            if (booking.state != State.NOT_STARTED) {
                return new Response(409, "Summary", "You cannot start this conference: it is "
                        + booking.state.wire + ".", booking);
            }
            try {
                registry.start(booking);
                return new Response(200, "Conference in progress", "The conference is started; guests can join.", booking);
            } catch (com.orange.api.mmc.webservice.MmcServiceFault e) {
                return new Response(409, "Summary", "You cannot start this conference: the current time is not"
                        + " within the conference's booking slot.", booking);
            }
        }
    }

    private Response join(Map<String, String> query) {
        Invitation invitation = parseLong(query.get("participant")) == null ? null
                : registry.invitation(parseLong(query.get("participant")));
        if (invitation == null || !invitation.token().equals(query.get("token"))) {
            return new Response(404, "Summary", "There is no such invitation.", null);
        }
        Booking booking = registry.find(invitation.conferenceId());
        synchronized (booking) {
            if (booking.state != State.STARTED) {
                return new Response(409, "Summary", "You cannot take part in this conference: "
                        + (booking.state == State.NOT_STARTED ? "it has not started yet." : "it is " + booking.state.wire
                                + "."), booking);
            }
            return new Response(200, "Conference in progress", "Welcome " + escape(invitation.firstName()) + " "
                    + escape(invitation.lastName()) + ", you are in the conference.", booking);
        }
    }

    private Response leave(Map<String, String> query) {
        Booking booking = booking(query, false);
        if (booking == null) {
            return new Response(404, "Summary", "There is no such conference.", null);
        }
        registry.stop(booking);
        return new Response(200, "Summary", "You have just left the conference.", booking);
    }

    private Response audio(Map<String, String> query) {
        Booking booking = booking(query, true);
        if (booking == null) {
            return new Response(404, "Summary", "There is no such audio conference.", null);
        }
        return new Response(200, "Audio conference", "You are piloting audio conference " + booking.id + ".", booking);
    }

    private Booking booking(Map<String, String> query, boolean audio) {
        Long id = parseLong(query.get("id"));
        Booking booking = id == null ? null : registry.find(id);
        return booking != null && booking.audio == audio && booking.token.equals(query.get("token")) ? booking : null;
    }

    private static Long parseLong(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A page: its status, title, message and the summary of the conference it is about. */
    private record Response(int status, String title, String message, Booking booking) {

        String html() {
            StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>MMC sandbox: ")
                    .append(title).append("</title></head><body><h1>").append(title).append("</h1><p class=\"message\">")
                    .append(message).append("</p>");
            if (booking != null) {
                synchronized (booking) {
                    html.append("<table class=\"summary\">")
                            .append(row("conference name", escape(booking.name)))
                            .append(row("access code", booking.accessCode))
                            .append(row("visibility", escape(booking.parameters.getOrDefault("conferenceVisibility", "Private"))))
                            .append(row("conference", booking.scheduled ? "Scheduled" : "Instantaneous"))
                            .append(row("start", booking.start == null ? "Not started" : WHEN.format(booking.start)))
                            .append(row("state", booking.state.wire))
                            .append(row("audio", booking.parameters.containsKey("audioRoomNumber")
                                    ? "Access number: " + escape(booking.parameters.get("audioAccessNumber")) + ", room: "
                                            + escape(booking.parameters.get("audioRoomNumber"))
                                    : "No audio"))
                            .append("</table>");
                }
            }
            return html.append("</body></html>").toString();
        }

        private static String row(String name, String value) {
            return "<tr><th>" + name + "</th><td>" + value + "</td></tr>";
        }
    }
}
