package com.orange.api.mmc.sandbox;

import com.orange.api.mmc.sandbox.ConferenceRegistry.Booking;
import com.orange.api.mmc.sandbox.ConferenceRegistry.Line;
import com.orange.api.mmc.sandbox.ConferenceRegistry.LineState;

import java.util.Map;

/**
 * The audio conference's pilot page (the manual's 1.5): the host's and attendees' lines with their state, and
 * the buttons that close or open a microphone or disconnect an attendee. A change persists in the booking and
 * shows the next time the page opens.
 */
final class AudioPilot {

    private AudioPilot() {
    }

    /** @return the pilot page: every line with its state and what can be done to it */
    static PortalPage page(Booking booking, PortalTexts texts) {
        return ConferenceRegistry.locked(booking, () -> {
            StringBuilder table = new StringBuilder("<table class=\"lines\"><tr><th>")
                    .append(PortalPage.escape(texts.get("attendee"))).append("</th><th>")
                    .append(PortalPage.escape(texts.get("phone"))).append("</th><th>")
                    .append(PortalPage.escape(texts.get("line"))).append("</th><th></th></tr>");
            for (int i = 0; i < booking.lines.size(); i++) {
                Line line = booking.lines.get(i);
                table.append("<tr class=\"line\" data-state=\"").append(line.state).append("\"><td>")
                        .append(PortalPage.escape(line.name)).append("</td><td>").append(PortalPage.escape(line.phone))
                        .append("</td><td class=\"state\">").append(PortalPage.escape(texts.get(line.state.name())))
                        .append("</td><td>");
                if (line.state != LineState.DISCONNECTED) {
                    table.append(lineButton(booking, texts, i, line.state == LineState.MUTED ? "unmute" : "mute"))
                            .append(lineButton(booking, texts, i, "disconnect"));
                }
                table.append("</td></tr>");
            }
            String host = booking.lines.isEmpty() ? booking.owner.serviceAccount() : booking.lines.get(0).name;
            return new PortalPage(texts, "pilotTitle").message(texts.get("pilotWelcome", host, String.valueOf(booking.id)))
                    .block(table.append("</table>").toString());
        });
    }

    private static String lineButton(Booking booking, PortalTexts texts, int line, String action) {
        return "<form method=\"post\" action=\"/portal/audio\"><input type=\"hidden\" name=\"id\" value=\"" + booking.id
                + "\"><input type=\"hidden\" name=\"token\" value=\"" + booking.token + "\"><input type=\"hidden\""
                + " name=\"form\" value=\"" + booking.formToken + "\"><input type=\"hidden\" name=\"line\" value=\"" + line
                + "\"><button type=\"submit\" name=\"action\" value=\"" + action + "\">"
                + PortalPage.escape(texts.get(action)) + "</button></form>";
    }

    /** Applies a pressed button ({@code line}, {@code action}) to the booking. Call under the booking's lock. */
    static void act(Booking booking, Map<String, String> form) {
        int index;
        try {
            index = Integer.parseInt(form.getOrDefault("line", "-1"));
        } catch (NumberFormatException e) {
            return;
        }
        if (index < 0 || index >= booking.lines.size() || booking.lines.get(index).state == LineState.DISCONNECTED) {
            return;
        }
        Line line = booking.lines.get(index);
        switch (form.getOrDefault("action", "")) {
            case "mute" -> line.state = LineState.MUTED;
            case "unmute" -> line.state = LineState.CONNECTED;
            case "disconnect" -> line.state = LineState.DISCONNECTED;
            default -> {
                // An unknown action changes nothing.
            }
        }
    }
}
