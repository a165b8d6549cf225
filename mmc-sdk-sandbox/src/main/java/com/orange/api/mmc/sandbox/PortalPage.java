package com.orange.api.mmc.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One portal page laid out as the manual's screenshots: the header (welcome with the viewer's name, the
 * current date and time on the sandbox's clock, the time zone), a title with the help link, messages, the
 * conference's description table, buttons (forms that POST, or links that GET), and the footer's contact,
 * legal and FAQ links. The help, footer and diagnostic links keep the viewer. Every value is escaped.
 */
final class PortalPage {

    private static final String STYLE = "body{font-family:sans-serif;margin:2em;max-width:56em}"
            + "header .banner{display:flex;justify-content:space-between;border-bottom:1px solid #f60;padding:.3em 0}"
            + "table{border-collapse:collapse}th,td{text-align:left;padding:.2em 1em .2em 0}"
            + ".message{font-weight:bold}footer{margin-top:2em;font-size:small}.failed{color:#b00}"
            + "form,.button{display:inline-block;margin-right:1em}";

    private final PortalTexts texts;
    private final String title;
    private final PortalViewer viewer;
    private final Instant now;
    private Integer refreshSeconds;
    private final List<String> messages = new ArrayList<>();
    private final Map<String, String> rows = new LinkedHashMap<>();
    private final List<String> actions = new ArrayList<>();
    private final List<String> blocks = new ArrayList<>();

    /**
     * @param viewer who the header welcomes, and who the links keep
     * @param now    the sandbox's clock, for the header's date and time
     */
    PortalPage(PortalTexts texts, String titleKey, PortalViewer viewer, Instant now) {
        this.texts = texts;
        this.title = texts.get(titleKey);
        this.viewer = viewer;
        this.now = now;
    }

    PortalTexts texts() {
        return texts;
    }

    PortalViewer viewer() {
        return viewer;
    }

    /** Adds a message, in the page's language, under the title. */
    PortalPage message(String text) {
        messages.add(text);
        return this;
    }

    /** Makes a browser open the page again after {@code seconds} (a GET: it changes nothing). */
    PortalPage refresh(int seconds) {
        this.refreshSeconds = seconds;
        return this;
    }

    /** Adds a row of the description table: a label key and a value already in the page's language. */
    PortalPage row(String labelKey, String value) {
        rows.put(texts.get(labelKey), value);
        return this;
    }

    /** Adds a button that POSTs {@code fields} (hidden) to {@code path}. */
    PortalPage form(String path, String buttonKey, Map<String, String> fields) {
        actions.add(form(path, fields, "", "button", buttonKey, texts.get(buttonKey)));
        return this;
    }

    /**
     * @param inputs HTML of the visible inputs, already escaped
     * @return a form that POSTs {@code fields} (hidden), {@code inputs} and the button's {@code name=value}
     */
    static String form(String path, Map<String, String> fields, String inputs, String name, String value, String label) {
        StringBuilder form = new StringBuilder("<form method=\"post\" action=\"").append(escape(path)).append("\">");
        fields.forEach((field, text) -> form.append("<input type=\"hidden\" name=\"").append(escape(field))
                .append("\" value=\"").append(escape(text)).append("\">"));
        return form.append(inputs).append("<button type=\"submit\" name=\"").append(escape(name)).append("\" value=\"")
                .append(escape(value)).append("\">").append(escape(label)).append("</button></form>").toString();
    }

    /** Adds a button-like link (a GET, which changes nothing). */
    PortalPage link(String url, String buttonKey) {
        actions.add("<a class=\"button\" href=\"" + escape(url) + "\">" + escape(texts.get(buttonKey)) + "</a>");
        return this;
    }

    /** Adds the diagnostic tool's button, in the page's language, for the same viewer. */
    PortalPage diagnosticLink() {
        return link(viewer.link("/portal/diagnostic", texts), "diagnosticButton");
    }

    /** Adds HTML built by the caller (already escaped). */
    PortalPage block(String html) {
        blocks.add(html);
        return this;
    }

    String html() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(texts.htmlLang())
                .append("\"><head><meta charset=\"utf-8\">");
        if (refreshSeconds != null) {
            html.append("<meta http-equiv=\"refresh\" content=\"").append(refreshSeconds).append("\">");
        }
        html.append("<title>MMC sandbox: ").append(escape(title)).append("</title><style>").append(STYLE)
                .append("</style></head><body><header><div class=\"banner\"><p class=\"welcome\">")
                .append(escape(viewer.name() == null ? texts.get("welcomeNobody") : texts.get("welcome", viewer.name())))
                .append("</p><p class=\"clock\"><time datetime=\"").append(now).append("\">")
                .append(escape(texts.clock(now))).append("</time> <span class=\"zone\">").append(escape(texts.zone(now)))
                .append("</span></p></div><h1>").append(escape(title)).append("</h1><a class=\"help\" href=\"")
                .append(escape(viewer.link("/portal/help", texts))).append("\">").append(escape(texts.get("help")))
                .append("</a></header><main>");
        messages.forEach(message -> html.append("<p class=\"message\">").append(escape(message)).append("</p>"));
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
            html.append("<a href=\"").append(escape(viewer.link("/portal/" + page, texts))).append("\">")
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
