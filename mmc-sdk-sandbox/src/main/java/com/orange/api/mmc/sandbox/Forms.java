package com.orange.api.mmc.sandbox;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code application/x-www-form-urlencoded} text: a query string or a posted form. */
final class Forms {

    private Forms() {
    }

    /** @return the fields in order; a field without {@code =} has an empty value; the last of a repeated name wins */
    static Map<String, String> parse(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int at = pair.indexOf('=');
                try {
                    String key = URLDecoder.decode(at < 0 ? pair : pair.substring(0, at), StandardCharsets.UTF_8);
                    values.put(key, at < 0 ? "" : URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    // A malformed escape: the field is ignored, as a missing one.
                }
            }
        }
        return values;
    }

    /** @return the fields of a posted form, or null when its body is longer than {@code maxBytes} */
    static Map<String, String> read(HttpExchange exchange, int maxBytes) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            return body.length > maxBytes ? null : parse(new String(body, StandardCharsets.UTF_8));
        }
    }
}
