package com.orange.api.mmc.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who a portal page is for, as its header welcomes them: the organizer of a conference, a guest, or nobody
 * known (a page opened without its tokens). The fields that prove it ({@code id} and {@code token}, or
 * {@code participant} and {@code token}) travel in the page's links and forms, so the help, footer, diagnostic
 * and session-loss pages still know whom to welcome.
 *
 * @param name    the name the header shows, or null for nobody known
 * @param culture the viewer's culture ({@code fr-FR}, {@code en-US}), or null
 * @param home    the viewer's own page (start, join or pilot URL path and query), or null
 * @param fields  the identifying fields, in link order
 */
record PortalViewer(String name, String culture, String home, Map<String, String> fields) {

    /** A page opened without tokens: the header welcomes nobody by name. */
    static final PortalViewer NOBODY = new PortalViewer(null, null, null, Map.of());

    PortalViewer {
        fields = Map.copyOf(fields);
    }

    /** @return the organizer of a web conference ({@code start}) or of an audio one ({@code audio}) */
    static PortalViewer organizer(String name, String culture, long id, String token, boolean audio) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", String.valueOf(id));
        fields.put("token", token);
        return new PortalViewer(name, culture, (audio ? "/portal/audio?" : "/portal/start?") + query(fields), fields);
    }

    /** @return an invited guest */
    static PortalViewer guest(String name, String culture, long participant, String token) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("participant", String.valueOf(participant));
        fields.put("token", token);
        return new PortalViewer(name, culture, "/portal/join?" + query(fields), fields);
    }

    /** @return a link to {@code path} in {@code texts}' language that keeps this viewer */
    String link(String path, PortalTexts texts) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("lang", texts.culture());
        all.putAll(fields);
        return path + "?" + query(all);
    }

    /** @return the identifying fields with {@code more} after them, for a form's hidden inputs */
    Map<String, String> with(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putAll(more);
        return all;
    }

    private static String query(Map<String, String> fields) {
        StringBuilder query = new StringBuilder();
        fields.forEach((key, value) -> query.append(query.length() == 0 ? "" : "&").append(PortalPage.encode(key))
                .append('=').append(PortalPage.encode(value)));
        return query.toString();
    }
}
