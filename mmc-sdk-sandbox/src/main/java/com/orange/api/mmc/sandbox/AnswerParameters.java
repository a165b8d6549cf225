package com.orange.api.mmc.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** The optional parameters that details and lists answer, as the manual's sample outputs show them. */
final class AnswerParameters {

    private AnswerParameters() {
    }

    /**
     * The parameters an answer carries, shaped as the manual's samples print them: a list gives the visibility
     * and, with audio, the audio type; details add the bridge's numbers, the audio culture and the service's
     * defaults (webcam, chat, auto-launch), in the samples' order. {@code audioConfEnabled=true} is shown as the
     * audio type it stands for ({@code Apac}), never as itself.
     */
    static Map<String, String> shown(Map<String, String> stored, boolean details) {
        boolean audio = stored.containsKey("audioRoomNumber");
        Map<String, String> shown = new LinkedHashMap<>();
        copy(stored, shown, "conferenceVisibility", null);
        if (details && audio) {
            copy(stored, shown, "audioAccessNumber", null);
            copy(stored, shown, "audioRoomNumber", null);
            copy(stored, shown, "audioCulture", "en-US");
        }
        if (audio) {
            copy(stored, shown, "audioType", "Apac");
        }
        if (details) {
            copy(stored, shown, "conferenceWebcam", "AirAnyWebcam");
            copy(stored, shown, "conferenceChat", "Participants");
            copy(stored, shown, "conferenceAutoLaunched", "False");
            stored.forEach((key, value) -> {
                if (!key.equals("audioConfEnabled")) {
                    shown.putIfAbsent(key, value);
                }
            });
        }
        return shown;
    }

    private static void copy(Map<String, String> from, Map<String, String> to, String key, String byDefault) {
        String value = from.getOrDefault(key, byDefault);
        if (value != null) {
            to.put(key, value);
        }
    }
}
