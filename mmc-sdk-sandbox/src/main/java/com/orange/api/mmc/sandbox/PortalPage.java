package com.orange.api.mmc.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One portal page laid out as the manual's screenshots: a welcome line, a title with the help link, a message,
 * the conference's description table, buttons (forms that POST, or links that GET), and the footer's contact,
 * legal and FAQ links. Every value is escaped.
 */
final class PortalPage {

    private static final String STYLE = "body{font-family:sans-serif;margin:2em;max-width:50em}"
            + "table{border-collapse:collapse}th,td{text-align:left;padding:.2em 1em .2em 0}"
            + ".message{font-weight:bold}footer{margin-top:2em;font-size:small}"
            + "form,.button{display:inline-block;margin-right:1em}";

    private final PortalTexts texts;
    private final String title;
    private String welcome;
    private String message;
    private final Map<String, String> rows = new LinkedHashMap<>();
    private final List<String> actions = new ArrayList<>();
    private final List<String> blocks = new ArrayList<>();

    PortalPage(PortalTexts texts, String titleKey) {
        this.texts = texts;
        this.title = texts.get(titleKey);
    }

    PortalTexts texts() {
        return texts;
    }

    PortalPage welcome(String who) {
        this.welcome = texts.get("welcome", who);
        return this;
    }

    PortalPage message(String text) {
        this.message = text;
        return this;
    }

    /** Adds a row of the description table: a label key and a value already in the page's language. */
    PortalPage row(String labelKey, String value) {
        rows.put(texts.get(labelKey), value);
        return this;
    }

    /** Adds a button that POSTs {@code fields} (hidden) to {@code path}. */
    PortalPage form(String path, String buttonKey, Map<String, String> fields) {
        StringBuilder form = new StringBuilder("<form method=\"post\" action=\"").append(escape(path)).append("\">");
        fields.forEach((name, value) -> form.append("<input type=\"hidden\" name=\"").append(escape(name))
                .append("\" value=\"").append(escape(value)).append("\">"));
        actions.add(form.append("<button type=\"submit\" name=\"button\" value=\"").append(escape(buttonKey)).append("\">")
                .append(escape(texts.get(buttonKey))).append("</button></form>").toString());
        return this;
    }

    /** Adds a button-like link (a GET, which changes nothing). */
    PortalPage link(String url, String buttonKey) {
        actions.add("<a class=\"button\" href=\"" + escape(url) + "\">" + escape(texts.get(buttonKey)) + "</a>");
        return this;
    }

    /** Adds the diagnostic tool's button, in the page's language. */
    PortalPage diagnosticLink() {
        return link("/portal/diagnostic?lang=" + texts.culture(), "diagnosticButton");
    }

    /** Adds HTML built by the caller (already escaped). */
    PortalPage block(String html) {
        blocks.add(html);
        return this;
    }

    String html() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(texts.htmlLang())
                .append("\"><head><meta charset=\"utf-8\"><title>MMC sandbox: ").append(escape(title))
                .append("</title><style>").append(STYLE).append("</style></head><body><header>");
        if (welcome != null) {
            html.append("<p class=\"welcome\">").append(escape(welcome)).append("</p>");
        }
        html.append("<h1>").append(escape(title)).append("</h1><a class=\"help\" href=\"/portal/help?lang=")
                .append(texts.culture()).append("\">").append(escape(texts.get("help"))).append("</a></header><main>");
        if (message != null) {
            html.append("<p class=\"message\">").append(escape(message)).append("</p>");
        }
        if (!rows.isEmpty()) {
            html.append("<h2>").append(escape(texts.get("description"))).append("</h2><table class=\"summary\">");
            rows.forEach((label, value) -> html.append("<tr><th>").append(escape(label)).append("</th><td>")
                    .append(escape(value)).append("</td></tr>"));
            html.append("</table>");
        }
        blocks.forEach(html::append);
        html.append("<div class=\"actions\">");
        actions.forEach(html::append);
        html.append("</div></main><footer>");
        for (String page : List.of("contact", "legal", "faq")) {
            html.append("<a href=\"/portal/").append(page).append("?lang=").append(texts.culture()).append("\">")
                    .append(escape(texts.get(page))).append("</a> ");
        }
        return html.append(escape(texts.get("poweredBy"))).append("</footer></body></html>").toString();
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
