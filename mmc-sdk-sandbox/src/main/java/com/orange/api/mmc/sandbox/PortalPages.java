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
 *       audio numbers), in the guest's {@code cultureName}, whether they can take part yet, and once in, the
 *       "leave the conference" button;</li>
 *   <li>{@code GET /portal/exit?...}: the page after an error in the conference, with "join the conference";</li>
 *   <li>{@code GET /portal/audio?id=&token=}: the audio pilot page ({@link AudioPilot});</li>
 *   <li>{@code /portal/diagnostic} ({@link DiagnosticTool}), {@code /portal/session} (the session-loss page),
 *       {@code /portal/help}, {@code /portal/contact}, {@code /portal/legal}, {@code /portal/faq}: with
 *       {@code ?lang=fr-FR} or en-US, and the viewer's {@code id}/{@code participant} and {@code token}.</li>
 * </ul>
 * Every page opens with the header ({@link PortalPage}); organizer pages speak the conference's
 * {@code audioCulture}, French when it has none. A button pressed more than {@link PortalSessions#TIMEOUT}
 * after its page was made leads to the session-loss page (the manual's 1.2). The page layout is
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
    private static final Set<String> SHOWN = Set.of("start", "join", "exit", "audio", "diagnostic", "session", "help",
            "contact", "legal", "faq");
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
    private final PortalSessions sessions = new PortalSessions();
    private final AudioPilot pilot = new AudioPilot(sessions);
    private final DiagnosticTool diagnostics = new DiagnosticTool();

    PortalPages(ConferenceRegistry registry) {
        this.registry = registry;
    }

    /** @return a page with the header for {@code viewer} at the sandbox's current time */
    private PortalPage page(PortalTexts texts, String titleKey, PortalViewer viewer) {
        return new PortalPage(texts, titleKey, viewer, registry.now());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            SECURITY_HEADERS.forEach(exchange.getResponseHeaders()::set);
            String page = exchange.getRequestURI().getPath().replaceFirst("^/portal/?", "");
            String method = exchange.getRequestMethod();
            boolean post = "POST".equals(method);
            if (!SHOWN.contains(page) && !POSTED.contains(page)) {
                send(exchange, notFound());
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
        return switch (page) {
            case "start" -> withBooking(query, false, this::organizer);
            case "join" -> guest(query);
            case "exit" -> errorExit(query);
            case "audio" -> withBooking(query, true, booking -> Answer.page(200, pilot.page(booking, registry.now())));
            case "diagnostic" -> diagnostic(query);
            case "session" -> sessionLost(query);
            default -> {
                PortalViewer viewer = viewer(query);
                PortalTexts lang = language(query, viewer);
                yield Answer.page(200, page(lang, page, viewer).message(lang.get(page + "Text")));
            }
        };
    }

    private Answer act(String page, Map<String, String> form) {
        if (page.equals("diagnostic")) {
            return diagnosticAction(form);
        }
        if (page.equals("leave") && form.containsKey("participant")) {
            return guestLeave(form);
        }
        Booking booking = booking(form, page.equals("audio"));
        if (booking == null) {
            return notFound();
        }
        return registry.read(booking, locked -> {
            PortalSessions.Check session = sessions.check(PortalSessions.subject(booking), form.get("session"),
                    registry.now());
            if (!sameToken(booking.formToken, form.get("form")) || session == PortalSessions.Check.FORGED) {
                return Answer.page(403, summary(page(texts(booking), "summary", organizerViewer(booking)), booking, true)
                        .message(texts(booking).get("forbidden")));
            }
            if (session == PortalSessions.Check.EXPIRED) {
                return Answer.seeOther(organizerViewer(booking).link("/portal/session", texts(booking)));
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
                    return Answer.page(200, summary(page(texts, "summary", organizerViewer(booking)), booking, true)
                            .message(texts.get("left")).diagnosticLink());
                }
                default -> {
                    AudioPilot.Outcome outcome = pilot.act(booking, form);
                    if (outcome.closed()) {
                        registry.stop(booking);
                    }
                    return outcome.refusal() != null
                            ? Answer.page(400, pilot.page(booking, registry.now()).message(outcome.refusal()))
                            : Answer.seeOther("/portal/audio?id=" + booking.id + "&token=" + booking.token);
                }
            }
        });
    }

    /** The organizer's summary: start button in the slot, out-of-slot message outside, leave button once started. */
    private Answer organizer(Booking booking) {
        return registry.read(booking, locked -> {
            PortalTexts texts = texts(booking);
            PortalViewer viewer = organizerViewer(booking);
            PortalPage page = summary(page(texts, "summary", viewer), booking, true).diagnosticLink();
            Map<String, String> form = viewer.with(Map.of("form", booking.formToken, "session",
                    sessions.issue(PortalSessions.subject(booking), registry.now())));
            return switch (booking.state) {
                case STARTED -> Answer.page(200, page.message(texts.get("inConference"))
                        .form("/portal/leave", "leaveButton", form));
                case NOT_STARTED -> startable(booking)
                        ? Answer.page(200, page.message(texts.get("details")).form("/portal/start", "startButton", form))
                        : Answer.page(409, page.message(texts.get("outOfSlot")));
                default -> Answer.page(409, page.message(texts.get("cannotStart", texts.get(booking.state.name()))));
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
            PortalViewer viewer = guestViewer(invitation);
            PortalPage page = summary(page(texts, "summary", viewer), booking, false).diagnosticLink();
            return switch (booking.state) {
                case STARTED -> Answer.page(200, page.message(texts.get("guestIn")).form("/portal/leave", "leaveButton",
                        viewer.with(Map.of("session", sessions.issue(PortalSessions.subject(invitation),
                                registry.now())))));
                case NOT_STARTED -> Answer.page(409, page.message(texts.get("guestNotStarted")));
                default -> Answer.page(409, page.message(texts.get("guestOver")));
            };
        });
    }

    /**
     * A guest leaving the conference (1.4): the guest's summary with "You have just left the conference." and a
     * way back in; the conference goes on for the others.
     */
    private Answer guestLeave(Map<String, String> form) {
        Invitation invitation = invitation(form);
        if (invitation == null) {
            return notFound();
        }
        PortalTexts texts = PortalTexts.of(invitation.cultureName());
        PortalViewer viewer = guestViewer(invitation);
        PortalSessions.Check session = sessions.check(PortalSessions.subject(invitation), form.get("session"),
                registry.now());
        Booking booking = registry.find(invitation.conferenceId());
        if (session == PortalSessions.Check.EXPIRED) {
            return Answer.seeOther(viewer.link("/portal/session", texts));
        }
        return registry.read(booking, locked -> {
            PortalPage page = summary(page(texts, "summary", viewer), locked, false);
            if (session == PortalSessions.Check.FORGED) {
                return Answer.page(403, page.message(texts.get("forbidden")));
            }
            return Answer.page(200, page.message(texts.get("left")).link(viewer.home(), "rejoinButton")
                    .diagnosticLink());
        });
    }

    /** The session-loss page (1.2): authenticate again, which here is opening one's own page again. */
    private Answer sessionLost(Map<String, String> query) {
        PortalViewer viewer = viewer(query);
        PortalTexts texts = language(query, viewer);
        PortalPage page = page(texts, "sessionTitle", viewer).block("<section class=\"authentication\"><h2>"
                + PortalPage.escape(texts.get("authentication")) + "</h2><p class=\"message\">"
                + PortalPage.escape(texts.get("sessionLost")) + "</p></section>");
        if (viewer.home() != null) {
            page.link(viewer.home(), "authenticateAgain");
        }
        return Answer.page(200, page);
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
            PortalViewer viewer = invitation != null ? guestViewer(invitation) : organizerViewer(booking);
            PortalPage page = summary(page(texts, "summary", viewer), booking, invitation == null)
                    .message(texts.get("errorExit", booking.name)).diagnosticLink();
            if (booking.state == State.STARTED || booking.state == State.NOT_STARTED) {
                page.link(invitation != null ? "/portal/join?participant=" + invitation.id() + "&token="
                        + invitation.token() : startPath(booking), "rejoinButton");
            }
            return Answer.page(200, page);
        });
    }

    /**
     * The diagnostic tool (1.7): its launch page, or with {@code run=} the run's progress or result; a page
     * opened with {@code fail=<step>} launches a run whose step fails, to show the failure view.
     */
    private Answer diagnostic(Map<String, String> query) {
        PortalViewer viewer = viewer(query);
        PortalTexts texts = language(query, viewer);
        PortalPage page = page(texts, "diagnosticButton", viewer);
        Map<String, String> form = viewer.with(Map.of("lang", texts.culture()));
        String fail = query.get("fail");
        if (!DiagnosticTool.knownStep(fail)) {
            return Answer.page(400, page.message(texts.get("diagnosticUnknownStep", fail,
                    String.join(", ", DiagnosticTool.STEPS))));
        }
        if (diagnostics.knows(query.get("run"))) {
            diagnostics.page(page, query.get("run"), registry.now(), form);
            return Answer.page(200, page);
        }
        Map<String, String> launch = new LinkedHashMap<>(form);
        if (fail != null) {
            launch.put("fail", fail);
        }
        launch.put("action", "run");
        return Answer.page(200, page.message(texts.get("diagnosticIntro"))
                .form("/portal/diagnostic", "diagnosticLaunch", launch));
    }

    /** The diagnostic tool's buttons: launch a run, or stop one while it runs; then its page (303). */
    private Answer diagnosticAction(Map<String, String> form) {
        PortalViewer viewer = viewer(form);
        PortalTexts texts = language(form, viewer);
        String run = form.get("run");
        if ("run".equals(form.get("action"))) {
            String fail = form.get("fail");
            if (!DiagnosticTool.knownStep(fail)) {
                return Answer.page(400, page(texts, "diagnosticButton", viewer).message(texts.get(
                        "diagnosticUnknownStep", fail, String.join(", ", DiagnosticTool.STEPS))));
            }
            run = diagnostics.launch(registry.now(), fail);
        } else {
            diagnostics.stop(run, registry.now());
        }
        return Answer.seeOther(viewer.link("/portal/diagnostic", texts) + (run == null ? "" : "&run="
                + PortalPage.encode(run)));
    }

    /** Fills the description table: the organizer's whole summary, or the guest's (no code, count or audio). */
    private PortalPage summary(PortalPage page, Booking booking, boolean organizer) {
        PortalTexts texts = page.texts();
        page.row("name", booking.name);
        if (organizer) {
            page.row("accessCode", booking.accessCode);
        }
        page.row("visibility", texts.get("Private".equals(booking.parameters.get("conferenceVisibility")) ? "Private"
                : "Public"));
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

    private Answer notFound() {
        return Answer.page(404, page(PortalTexts.FRENCH, "summary", PortalViewer.NOBODY)
                .message(PortalTexts.FRENCH.get("notFound")));
    }

    /**
     * @return the organizer of a conference: of a web one named as the answers name its host, of an audio one
     *         as its host attendee. Call under its lock.
     */
    private static PortalViewer organizerViewer(Booking booking) {
        return booking.audio ? AudioPilot.viewer(booking) : PortalViewer.organizer(booking.owner.serviceAccount(),
                booking.parameters.get("audioCulture"), booking.id, booking.token, false);
    }

    private static PortalViewer guestViewer(Invitation invitation) {
        return PortalViewer.guest(invitation.firstName() + " " + invitation.lastName(), invitation.cultureName(),
                invitation.id(), invitation.token());
    }

    /** @return who a page's {@code id}/{@code participant} and {@code token} fields name, or nobody */
    private PortalViewer viewer(Map<String, String> fields) {
        Invitation invitation = invitation(fields);
        if (invitation != null) {
            return guestViewer(invitation);
        }
        Long id = parseLong(fields.get("id"));
        Booking booking = id == null ? null : registry.find(id);
        return booking != null && sameToken(booking.token, fields.get("token"))
                ? registry.read(booking, PortalPages::organizerViewer) : PortalViewer.NOBODY;
    }

    /** @return the page's {@code lang}, else the viewer's culture, else French */
    private static PortalTexts language(Map<String, String> fields, PortalViewer viewer) {
        return PortalTexts.of(fields.containsKey("lang") ? fields.get("lang") : viewer.culture());
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
