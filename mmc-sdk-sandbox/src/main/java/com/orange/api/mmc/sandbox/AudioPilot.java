package com.orange.api.mmc.sandbox;

import com.orange.api.mmc.sandbox.ConferenceRegistry.Booking;
import com.orange.api.mmc.sandbox.ConferenceRegistry.Line;
import com.orange.api.mmc.sandbox.ConferenceRegistry.LineState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The audio conference's pilot page (the manual's 1.5): who pilots which conference (its conference number,
 * the {@code audioRoomNumber} the answers give), the conference-level controls (close the conference, outgoing
 * call, close or open all microphones, turn the chime off or on), the count of lines in the conference, in the
 * side room and not connected, and each line with its place, microphone and right to vote and the buttons that
 * change them. Every change persists and shows the next time the page opens; opening the page changes nothing.
 */
final class AudioPilot {

    /** The most lines one conference keeps: its booked attendees and its outgoing calls. */
    static final int MAX_LINES = 50;
    private static final int MAX_NAME = 100;

    /** What the pilot keeps of an audio conference beyond its booked lines. Read and changed under the booking's lock. */
    private static final class Board {
        boolean chime = true;
        boolean closed;
        final List<Line> called = new ArrayList<>();
        /** Keyed by line: a modification that replaces the booked lines lets their marks go. */
        final Set<Line> aside = Collections.newSetFromMap(new WeakHashMap<>());
        final Set<Line> noVote = Collections.newSetFromMap(new WeakHashMap<>());
    }

    /** What a pressed button did: nothing to add, the conference closed, or a refusal to show (in the page's words). */
    record Outcome(boolean closed, String refusal) {
        static final Outcome DONE = new Outcome(false, null);
    }

    private final Map<Long, Board> boards = new ConcurrentHashMap<>();
    private final PortalSessions sessions;

    AudioPilot(PortalSessions sessions) {
        this.sessions = sessions;
    }

    /**
     * @return the pilot's viewer: the conference's host, as the manual's "vous êtes : Guilhem Martin". Call under
     *         the booking's lock.
     */
    static PortalViewer viewer(Booking booking) {
        String host = booking.lines.isEmpty() ? booking.owner.serviceAccount() : booking.lines.get(0).name;
        return PortalViewer.organizer(host, booking.parameters.get("audioCulture"), booking.id, booking.token, true);
    }

    /** @return the conference number the pilot shows: the booking's room number, never its identifier */
    static String conferenceNumber(Booking booking) {
        String room = booking.parameters.get("audioRoomNumber");
        return room != null ? room : String.valueOf(100000 + Math.floorMod(booking.id + 652_389, 900_000));
    }

    /** @return the pilot page: the conference-level controls, every line with its state and what can be done to it */
    PortalPage page(Booking booking, Instant now) {
        return ConferenceRegistry.locked(booking, () -> {
            PortalTexts texts = PortalTexts.of(booking.parameters.get("audioCulture"));
            Board board = boards.getOrDefault(booking.id, new Board());
            PortalViewer viewer = viewer(booking);
            Map<String, String> form = new LinkedHashMap<>(viewer.fields());
            form.put("form", booking.formToken);
            form.put("session", sessions.issue(PortalSessions.subject(booking), now));
            List<Line> lines = lines(booking, board);
            PortalPage page = new PortalPage(texts, "pilotTitle", viewer, now).block("<p class=\"pilot\">"
                    + PortalPage.escape(texts.get("pilotWelcome", viewer.name(), conferenceNumber(booking))) + "</p>");
            if (board.closed) {
                page.message(texts.get("conferenceClosed"));
            } else {
                page.block("<div class=\"controls\">" + button(form, texts, "closeConference", null)
                        + call(form, texts)
                        + button(form, texts, lines.stream().anyMatch(line -> line.state == LineState.CONNECTED)
                                ? "muteAll" : "unmuteAll", null)
                        + button(form, texts, board.chime ? "chimeOff" : "chimeOn", null) + "<p class=\"chime\">"
                        + PortalPage.escape(texts.get(board.chime ? "chimeIsOn" : "chimeIsOff")) + "</p></div>");
            }
            long notConnected = lines.stream().filter(line -> line.state == LineState.DISCONNECTED).count();
            long aside = lines.stream().filter(line -> line.state != LineState.DISCONNECTED && board.aside.contains(line))
                    .count();
            page.block("<ul class=\"sections\">" + section("conference", texts.get("placeConference"),
                    lines.size() - notConnected - aside) + section("aside", texts.get("placeAside"), aside)
                    + section("notConnected", texts.get("notConnected"), notConnected) + "</ul>");
            return page.block(table(lines, board, texts, form));
        });
    }

    private static String section(String name, String label, long count) {
        return "<li data-section=\"" + name + "\">" + PortalPage.escape(label) + " <span class=\"count\">" + count
                + "</span></li>";
    }

    private static String table(List<Line> lines, Board board, PortalTexts texts, Map<String, String> form) {
        StringBuilder table = new StringBuilder("<table class=\"lines\"><tr>");
        for (String column : List.of("attendee", "phone", "place", "line", "vote")) {
            table.append("<th>").append(PortalPage.escape(texts.get(column))).append("</th>");
        }
        table.append("<th></th></tr>");
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean connected = line.state != LineState.DISCONNECTED;
            boolean aside = board.aside.contains(line);
            boolean vote = !board.noVote.contains(line);
            table.append("<tr class=\"line\" data-state=\"").append(line.state).append("\" data-place=\"")
                    .append(!connected ? "none" : aside ? "aside" : "conference").append("\"><td>")
                    .append(PortalPage.escape(line.name)).append("</td><td>").append(PortalPage.escape(line.phone))
                    .append("</td><td class=\"place\">")
                    .append(PortalPage.escape(texts.get(!connected ? "placeNone"
                            : aside ? "placeAside" : "placeConference")))
                    .append("</td><td class=\"state\">").append(PortalPage.escape(texts.get(line.state.name())))
                    .append("</td><td class=\"vote\">").append(PortalPage.escape(texts.get(vote ? "yes" : "no")))
                    .append("</td><td>");
            if (connected && !board.closed) {
                table.append(button(form, texts, line.state == LineState.MUTED ? "unmute" : "mute", i))
                        .append(button(form, texts, vote ? "voteOff" : "voteOn", i))
                        .append(button(form, texts, aside ? "back" : "aside", i))
                        .append(button(form, texts, "disconnect", i));
            }
            table.append("</td></tr>");
        }
        return table.append("</table>").toString();
    }

    private static String button(Map<String, String> form, PortalTexts texts, String action, Integer line) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (line != null) {
            fields.put("line", String.valueOf(line));
        }
        return PortalPage.form("/portal/audio", fields, "", "action", action, texts.get(action));
    }

    private static String call(Map<String, String> form, PortalTexts texts) {
        String inputs = "<label>" + PortalPage.escape(texts.get("attendee")) + " <input type=\"text\" name=\"name\""
                + " maxlength=\"" + MAX_NAME + "\" required></label> <label>" + PortalPage.escape(texts.get("phone"))
                + " <input type=\"tel\" name=\"phone\" maxlength=\"21\" required></label> ";
        return PortalPage.form("/portal/audio", form, inputs, "action", "call", texts.get("call"));
    }

    /**
     * Applies a pressed button to the conference: a line's ({@code line}, {@code action}) or the conference's
     * ({@code action}, and {@code name} and {@code phone} for an outgoing call). Call under the booking's lock.
     */
    Outcome act(Booking booking, Map<String, String> form) {
        Board board = boards.computeIfAbsent(booking.id, id -> new Board());
        if (board.closed) {
            return Outcome.DONE;
        }
        PortalTexts texts = PortalTexts.of(booking.parameters.get("audioCulture"));
        List<Line> lines = lines(booking, board);
        String action = form.getOrDefault("action", "");
        switch (action) {
            case "closeConference" -> {
                board.closed = true;
                lines.forEach(line -> line.state = LineState.DISCONNECTED);
                return new Outcome(true, null);
            }
            case "muteAll", "unmuteAll" -> lines.stream().filter(line -> line.state != LineState.DISCONNECTED)
                    .forEach(line -> line.state = action.equals("muteAll") ? LineState.MUTED : LineState.CONNECTED);
            case "chimeOff", "chimeOn" -> board.chime = action.equals("chimeOn");
            case "call" -> {
                return call(board, lines.size(), form, texts);
            }
            default -> line(lines, board, form, action);
        }
        return Outcome.DONE;
    }

    private static Outcome call(Board board, int lines, Map<String, String> form, PortalTexts texts) {
        String name = form.getOrDefault("name", "").strip();
        String phone = form.getOrDefault("phone", "").strip();
        boolean nameOk = !name.isEmpty() && name.length() <= MAX_NAME;
        if (!nameOk || !phone.matches("\\+?[0-9]{1,20}")) {
            String culprit = nameOk ? phone : name;
            return new Outcome(false, texts.get("badCall", "\"" + (culprit.length() > 30 ? culprit.substring(0, 30)
                    + "..." : culprit) + "\""));
        }
        if (lines >= MAX_LINES) {
            return new Outcome(false, texts.get("tooManyLines", MAX_LINES));
        }
        board.called.add(new Line(name, phone));
        return Outcome.DONE;
    }

    private static void line(List<Line> lines, Board board, Map<String, String> form, String action) {
        int index;
        try {
            index = Integer.parseInt(form.getOrDefault("line", "-1"));
        } catch (NumberFormatException e) {
            return;
        }
        if (index < 0 || index >= lines.size() || lines.get(index).state == LineState.DISCONNECTED) {
            return;
        }
        Line line = lines.get(index);
        switch (action) {
            case "mute" -> line.state = LineState.MUTED;
            case "unmute" -> line.state = LineState.CONNECTED;
            case "disconnect" -> line.state = LineState.DISCONNECTED;
            case "aside" -> board.aside.add(line);
            case "back" -> board.aside.remove(line);
            case "voteOff" -> board.noVote.add(line);
            case "voteOn" -> board.noVote.remove(line);
            default -> {
                // An unknown action changes nothing.
            }
        }
    }

    private static List<Line> lines(Booking booking, Board board) {
        List<Line> lines = new ArrayList<>(booking.lines);
        lines.addAll(board.called);
        return lines;
    }
}
