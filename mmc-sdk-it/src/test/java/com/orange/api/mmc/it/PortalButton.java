package com.orange.api.mmc.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Presses a button of a sandbox portal page as a browser without scripts: GET the page, POST its form. */
final class PortalButton {

    private static final Pattern FORM = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\">(.*?)</form>");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
    private static final Pattern BUTTON = Pattern.compile("<button type=\"submit\" name=\"([^\"]+)\" value=\"([^\"]+)\">");

    private PortalButton() {
    }

    /** Opens {@code url} and presses the button whose value is {@code button}; returns the answer's status. */
    static int press(String url, String button) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher form = FORM.matcher(page.body());
        while (form.find()) {
            Matcher pressed = BUTTON.matcher(form.group(2));
            if (pressed.find() && pressed.group(2).equals(button)) {
                StringJoiner fields = new StringJoiner("&");
                Matcher hidden = HIDDEN.matcher(form.group(2));
                while (hidden.find()) {
                    fields.add(encode(hidden.group(1)) + "=" + encode(unescape(hidden.group(2))));
                }
                fields.add(encode(pressed.group(1)) + "=" + encode(button));
                URI action = page.uri().resolve(unescape(form.group(1)));
                return http.send(HttpRequest.newBuilder(action)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(fields.toString())).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode();
            }
        }
        throw new AssertionError("no button " + button + " on " + url + " (status " + page.statusCode() + ")");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
