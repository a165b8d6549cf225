package com.orange.api.mmc.sandbox;

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

/** Opens portal pages and presses their buttons as a browser without scripts would: GET, then POST the form. */
final class PortalBrowser {

    private static final Pattern FORM = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\">(.*?)</form>");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
    private static final Pattern BUTTON = Pattern.compile("<button type=\"submit\" name=\"([^\"]+)\" value=\"([^\"]+)\">");

    private final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> open(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Presses the button named {@code button} (its value) on a page, with {@code typed} (name, value, name,
     * value...) in its visible inputs, and follows the 303 that comes back.
     *
     * @throws AssertionError when the page has no such button
     */
    HttpResponse<String> press(HttpResponse<String> page, String button, String... typed)
            throws IOException, InterruptedException {
        Matcher form = FORM.matcher(page.body());
        while (form.find()) {
            Matcher pressed = BUTTON.matcher(form.group(2));
            if (pressed.find() && pressed.group(2).equals(button)) {
                StringJoiner fields = new StringJoiner("&");
                Matcher hidden = HIDDEN.matcher(form.group(2));
                while (hidden.find()) {
                    fields.add(encode(hidden.group(1)) + "=" + encode(unescape(hidden.group(2))));
                }
                for (int i = 0; i < typed.length; i += 2) {
                    fields.add(encode(typed[i]) + "=" + encode(typed[i + 1]));
                }
                fields.add(encode(pressed.group(1)) + "=" + encode(button));
                URI action = page.uri().resolve(unescape(form.group(1)));
                HttpResponse<String> answer = post(action, fields.toString());
                return answer.statusCode() == 303
                        ? open(action.resolve(answer.headers().firstValue("Location").orElseThrow()).toString())
                        : answer;
            }
        }
        throw new AssertionError("no button " + button + " on " + page.uri());
    }

    HttpResponse<String> post(URI action, String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
