package com.orange.api.mmc.sandbox;

import com.orange.api.mmc.sandbox.ConferenceRegistry.Booking;
import com.orange.api.mmc.sandbox.ConferenceRegistry.Invitation;
import com.orange.api.mmc.sandbox.ConferenceRegistry.State;
import com.orange.api.mmc.webservice.MmcServiceFault;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The portal pages the start, join and audio URLs lead to, as the manual's chapter 6 shows them. A GET never
 * changes anything: starting, leaving and piloting are buttons whose forms POST with the page's anti-forgery
 * token, then lead back to the page (303).
 * <ul>
 *   <li>{@code GET /portal/start?id=&token=}: the organizer's summary, with the "start the conference" button
 *       inside the slot (from an hour before it; at any time for an instantaneous conference), the out-of-slot
 *       message outside it, and the "leave the conference" button once started;</li>
 *   <li>{@code GET /portal/join?participant=&token=}: the guest's summary (no access code, participant count or
 *       audio numbers), in the guest's {@code cultureName}, and whether they can take part yet;</li>
 *   <li>{@code GET /portal/exit?...}: the page after an error in the conference, with "join the conference";</li>
 *   <li>{@code GET /portal/audio?id=&token=}: the audio pilot page: attendees, mute, unmute, disconnect;</li>
 *   <li>{@code /portal/diagnostic}, {@code /portal/help}, {@code /portal/contact}, {@code /portal/legal},
 *       {@code /portal/faq}: the diagnostic tool (emulated) and the footer's pages, {@code ?lang=fr-FR} or en-US.</li>
 * </ul>
 * Organizer pages speak the conference's {@code audioCulture} (English by default).
 *
 * <p>Its length is the chapter's page list, one short method per page and its form; the page layout is
 * {@link PortalPage}'s and the two languages' texts are {@link PortalTexts}'.
 */
final class PortalPages implements HttpHandler {

    /**
     * Sent with every page: no script, style only inline, forms post to the sandbox only, never framed, never
     * cached, and no Referer (the URLs carry tokens).
     */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self';"
                    + " frame-ancestors 'none'; base-uri 'none'",
            "X-Frame-Options", "DENY",
            "X-Content-Type-Options", "nosniff",
            "Cache-Control", "no-store",
            "Referrer-Policy", "no-referrer");

    /** Pages that take a POST (their buttons), and pages that show on a GET. */
    private static final Set<String> POSTED = Set.of("start", "leave", "audio", "diagnostic");
    private static final Set<String> SHOWN = Set.of("start", "join", "exit", "audio", "diagnostic", "help", "contact",
            "legal", "faq");
    private static final int MAX_FORM = 4096;

    /** A page to send, or a redirection (303) to {@code location}. */
    private record Answer(int status, String html, String location) {
        static Answer page(int status, PortalPage page) {
            return new Answer(status, page.html(), null);
        }

        static Answer seeOther(String location) {
            return new Answer(303, "", location);
        }
    }

    private final ConferenceRegistry registry;

    PortalPages(ConferenceRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            SECURITY_HEADERS.forEach(exchange.getResponseHeaders()::set);
            String page = exchange.getRequestURI().getPath().replaceFirst("^/portal/?", "");
            String method = exchange.getRequestMethod();
            boolean post = "POST".equals(method);
            if (!SHOWN.contains(page) && !POSTED.contains(page)) {
                send(exchange, Answer.page(404, new PortalPage(PortalTexts.ENGLISH, "summary")
                        .message(PortalTexts.ENGLISH.get("notFound"))));
                return;
            }
            if (!("GET".equals(method) && SHOWN.contains(page)) && !(post && POSTED.contains(page))) {
                exchange.getResponseHeaders().set("Allow", !SHOWN.contains(page) ? "POST"
                        : POSTED.contains(page) ? "GET, POST" : "GET");
                RequestGate.plain(exchange, 405, "Method not allowed: " + RequestGate.printable(method));
                return;
            }
            Map<String, String> fields = post ? Forms.read(exchange, MAX_FORM) : Forms.parse(exchange.getRequestURI().getRawQuery());
            if (fields == null) {
                RequestGate.plain(exchange, 413, "The form is larger than " + MAX_FORM + " bytes");
                return;
            }
            send(exchange, post ? act(page, fields) : show(page, fields));
        }
    }

    private Answer show(String page, Map<String, String> query) {
        PortalTexts lang = PortalTexts.of(query.get("lang"));
        return switch (page) {
            case "start" -> withBooking(query, false, this::organizer);
            case "join" -> guest(query);
            case "exit" -> errorExit(query);
            case "audio" -> withBooking(query, true, booking -> Answer.page(200, AudioPilot.page(booking, texts(booking))));
            case "diagnostic" -> Answer.page(200, new PortalPage(lang, "diagnosticButton")
                    .message(lang.get("diagnosticIntro")).form("/portal/diagnostic", "diagnosticLaunch",
                            Map.of("lang", lang.culture(), "action", "run")));
            default -> Answer.page(200, new PortalPage(lang, page).message(lang.get(page + "Text")));
        };
    }

    private Answer act(String page, Map<String, String> form) {
        if (page.equals("diagnostic")) {
            return diagnostic(PortalTexts.of(form.get("lang")), "run".equals(form.get("action")));
        }
        Booking booking = booking(form, page.equals("audio"));
        if (booking == null) {
            return notFound();
        }
        return registry.read(booking, locked -> {
            if (!sameToken(booking.formToken, form.get("form"))) {
                return Answer.page(403, summary(new PortalPage(texts(booking), "summary"), booking, true)
                        .message(texts(booking).get("forbidden")));
            }
            switch (page) {
                case "start" -> {
                    try {
                        registry.start(booking);
                    } catch (MmcServiceFault refused) {
                        return organizer(booking);
                    }
                    return Answer.seeOther(startPath(booking));
                }
                case "leave" -> {
                    registry.stop(booking);
                    PortalTexts texts = texts(booking);
                    return Answer.page(200, summary(new PortalPage(texts, "summary"), booking, true)
                            .message(texts.get("left")).diagnosticLink());
                }
                default -> {
                    AudioPilot.act(booking, form);
                    return Answer.seeOther("/portal/audio?id=" + booking.id + "&token=" + booking.token);
                }
            }
        });
    }

    /** The organizer's summary: start button in the slot, out-of-slot message outside, leave button once started. */
    private Answer organizer(Booking booking) {
        return registry.read(booking, locked -> {
            PortalTexts texts = texts(booking);
            PortalPage page = summary(new PortalPage(texts, "summary"), booking, true).diagnosticLink();
            Map<String, String> form = Map.of("id", String.valueOf(booking.id), "token", booking.token, "form",
                    booking.formToken);
            return switch (booking.state) {
                case STARTED -> Answer.page(200, page.message(texts.get("inConference"))
                        .form("/portal/leave", "leaveButton", form));
                case NOT_STARTED -> startable(booking)
                        ? Answer.page(200, page.message(texts.get("details")).form("/portal/start", "startButton", form))
                        : Answer.page(409, page.message(texts.get("outOfSlot")));
                default -> Answer.page(409, page.message(texts.get("cannotStart", booking.state.wire)));
            };
        });
    }

    private boolean startable(Booking booking) {
        return !booking.scheduled || (!registry.now().isBefore(booking.start.toInstant().minus(ConferenceRegistry.EARLY_START))
                && registry.now().isBefore(booking.end.toInstant()));
    }

    /** The guest's summary, in the guest's language: whether they can take part yet. */
    private Answer guest(Map<String, String> query) {
        Invitation invitation = invitation(query);
        if (invitation == null) {
            return notFound();
        }
        Booking booking = registry.find(invitation.conferenceId());
        return registry.read(booking, locked -> {
            PortalTexts texts = PortalTexts.of(invitation.cultureName());
            PortalPage page = summary(new PortalPage(texts, "summary"), booking, false)
                    .welcome(invitation.firstName() + " " + invitation.lastName()).diagnosticLink();
            return switch (booking.state) {
                case STARTED -> Answer.page(200, page.message(texts.get("guestIn")));
                case NOT_STARTED -> Answer.page(409, page.message(texts.get("guestNotStarted")));
                default -> Answer.page(409, page.message(texts.get("guestOver")));
            };
        });
    }

    /** The page after an error in the conference (1.6), for the organizer or a guest, with a way back in. */
    private Answer errorExit(Map<String, String> query) {
        Invitation invitation = invitation(query);
        Booking booking = invitation != null ? registry.find(invitation.conferenceId()) : booking(query, false);
        if (booking == null) {
            return notFound();
        }
        return registry.read(booking, locked -> {
            PortalTexts texts = invitation != null ? PortalTexts.of(invitation.cultureName()) : texts(booking);
            PortalPage page = summary(new PortalPage(texts, "summary"), booking, invitation == null)
                    .message(texts.get("errorExit", booking.name)).diagnosticLink();
            if (booking.state == State.STARTED || booking.state == State.NOT_STARTED) {
                page.link(invitation != null ? "/portal/join?participant=" + invitation.id() + "&token="
                        + invitation.token() : startPath(booking), "rejoinButton");
            }
            return Answer.page(200, page);
        });
    }

    /** The diagnostic tool's result (1.7): emulated steps, nothing of the user's computer examined. */
    private static Answer diagnostic(PortalTexts texts, boolean run) {
        PortalPage page = new PortalPage(texts, "diagnosticButton");
        if (!run) {
            return Answer.page(200, page.message(texts.get("diagnosticStopped"))
                    .form("/portal/diagnostic", "diagnosticLaunch", Map.of("lang", texts.culture(), "action", "run")));
        }
        StringBuilder steps = new StringBuilder("<ul class=\"diagnostic\">");
        for (String step : List.of("Hardware", "SystemSoftware", "UserSoftware", "eDataComponents", "LocalUser",
                "NetworkPerfs")) {
            steps.append("<li>Diagnostic ").append(step).append(": OK</li>");
        }
        return Answer.page(200, page.message(texts.get("diagnosticDone")).block(steps.append("</ul>").toString())
                .form("/portal/diagnostic", "diagnosticStop", Map.of("lang", texts.culture(), "action", "stop")));
    }

    /** Fills the description table: the organizer's whole summary, or the guest's (no code, count or audio). */
    private PortalPage summary(PortalPage page, Booking booking, boolean organizer) {
        PortalTexts texts = page.texts();
        page.row("name", booking.name);
        if (organizer) {
            page.row("accessCode", booking.accessCode);
        }
        page.row("visibility", texts.get("Public".equals(booking.parameters.get("conferenceVisibility")) ? "Public"
                : "Private"));
        page.row("type", texts.get(booking.scheduled ? "Scheduled" : "Instantaneous"));
        page.row("start", booking.scheduled ? texts.date(booking.start)
                : booking.startedAt == null ? texts.get("notStarted") : texts.date(booking.startedAt.atOffset(ZoneOffset.UTC)));
        if (booking.scheduled) {
            page.row("startMode", texts.get(booking.autoLaunched() ? "automatic" : "manual"));
        }
        if (organizer) {
            long participants = registry.participants(booking.id);
            page.row("participants", participants == 0 ? texts.get("none") : String.valueOf(participants));
            page.row("audio", booking.parameters.containsKey("audioRoomNumber")
                    ? texts.get("audioNumbers", booking.parameters.get("audioAccessNumber"),
                            booking.parameters.get("audioRoomNumber"))
                    : texts.get("noAudio"));
        }
        return page;
    }

    private interface BookingPage {
        Answer show(Booking booking);
    }

    private Answer withBooking(Map<String, String> query, boolean audio, BookingPage page) {
        Booking booking = booking(query, audio);
        return booking == null ? notFound() : page.show(booking);
    }

    private static Answer notFound() {
        return Answer.page(404, new PortalPage(PortalTexts.ENGLISH, "summary").message(PortalTexts.ENGLISH.get("notFound")));
    }

    private static PortalTexts texts(Booking booking) {
        return PortalTexts.of(booking.parameters.get("audioCulture"));
    }

    private static String startPath(Booking booking) {
        return "/portal/start?id=" + booking.id + "&token=" + booking.token;
    }

    private Booking booking(Map<String, String> fields, boolean audio) {
        Long id = parseLong(fields.get("id"));
        Booking booking = id == null ? null : registry.find(id);
        return booking != null && booking.audio == audio && sameToken(booking.token, fields.get("token")) ? booking : null;
    }

    private Invitation invitation(Map<String, String> query) {
        Long id = parseLong(query.get("participant"));
        Invitation invitation = id == null ? null : registry.invitation(id);
        return invitation != null && sameToken(invitation.token(), query.get("token")) ? invitation : null;
    }

    private static boolean sameToken(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private static Long parseLong(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        if (answer.location() != null) {
            exchange.getResponseHeaders().set("Location", answer.location());
            exchange.sendResponseHeaders(303, -1);
            return;
        }
        byte[] body = answer.html().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
