package com.orange.api.mmc.wiremock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.StubMappingTransformer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A WireMock extension that takes every credential and password out of the mappings WireMock records, so
 * that a recorded MMC session can be kept in a repository and replayed by the SDK:
 * <ul>
 *   <li>the {@code Authorization} and {@code Proxy-Authorization} header conditions, and basic-auth
 *       conditions, are removed (the SDK sends its credentials anyway; a replay accepts any);</li>
 *   <li>in request bodies, the {@code ApplicationContext}'s {@code Partner_API_Account_Pwd} and every
 *       password element (conference, audio conference, connection) become XMLUnit's
 *       {@code ${xmlunit.ignore}}, and the body condition compares the rest exactly
 *       ({@code equalToXml} with placeholders): a replay matches whatever passwords the SDK sends;</li>
 *   <li>in answers, password elements are removed (they are optional in the contract: the SDK then keeps
 *       the password its caller gave, so a replayed create returns what the recorded one did);</li>
 *   <li>any other occurrence of a secret found above (a password echoed in a URL or a message, a header)
 *       is masked, or its condition dropped.</li>
 * </ul>
 * The service account ({@code Partner_API_Account_ID}) stays: it names the account, it authenticates
 * nothing (the SDK reports it in every call context and log line), and a replay keeps matching per account.
 *
 * <p>Register it with {@code wireMockConfig().extensions(new MmcRecordingScrubber())}; it applies to every
 * recording and snapshot of that server. It changes nothing else, and a mapping without secrets comes out
 * as it went in.
 */
public final class MmcRecordingScrubber extends StubMappingTransformer {

    /** The extension's name, for {@code transformers(...)} in a record spec. */
    public static final String NAME = "mmc-recording-scrubber";

    /** What replaces a secret outside the XML. */
    static final String MASK = "****";
    private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "proxy-authorization");
    private static final List<String> STRING_PATTERNS = List.of("equalTo", "contains", "matches", "doesNotMatch",
            "doesNotContain", "equalToXml", "binaryEqualTo");
    /** The shortest secret looked for in free text: shorter ones would mask unrelated text. */
    private static final int SHORTEST_SECRET = 4;

    /** A scrubber, for WireMock's configuration. */
    public MmcRecordingScrubber() {
        // WireMock instantiates extensions itself too.
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public StubMapping transform(StubMapping stubMapping, FileSource files, Parameters parameters) {
        JsonNode root = Json.node(Json.writePrivate(stubMapping));
        Set<String> secrets = new LinkedHashSet<>();
        if (root.get("request") instanceof ObjectNode request) {
            scrubRequest(request, secrets);
        }
        if (root.get("response") instanceof ObjectNode response) {
            scrubResponse(response, secrets);
        }
        Set<String> findable = new LinkedHashSet<>();
        secrets.stream().filter(secret -> secret.length() >= SHORTEST_SECRET).forEach(findable::add);
        if (root.get("request") instanceof ObjectNode request) {
            dropConditionsHolding(request, findable);
        }
        if (root.get("response") instanceof ObjectNode response) {
            maskText(response, findable, Set.of("body", "base64Body"));
        }
        return StubMapping.buildFrom(root.toString());
    }

    private static void scrubRequest(ObjectNode request, Set<String> secrets) {
        if (request.get("headers") instanceof ObjectNode headers) {
            for (Iterator<Map.Entry<String, JsonNode>> each = headers.fields(); each.hasNext();) {
                Map.Entry<String, JsonNode> header = each.next();
                if (CREDENTIAL_HEADERS.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
                    collectTexts(header.getValue(), secrets);
                    each.remove();
                }
            }
        }
        JsonNode basic = request.remove("basicAuthCredentials");
        if (basic != null) {
            collectTexts(basic, secrets);
        }
        if (request.get("bodyPatterns") instanceof ArrayNode patterns) {
            for (int i = 0; i < patterns.size(); i++) {
                if (patterns.get(i) instanceof ObjectNode pattern) {
                    String xml = xmlOf(pattern);
                    SecretXml.Scrubbed scrubbed = xml == null ? null : SecretXml.maskRequest(xml);
                    if (scrubbed != null) {
                        secrets.addAll(scrubbed.secrets());
                        patterns.set(i, equalToXml(pattern, scrubbed.xml()));
                    }
                }
            }
        }
        // A decoded basic credential: its password (after the colon) is a secret of its own.
        for (String secret : Set.copyOf(secrets)) {
            String decoded = basicDecoded(secret);
            if (decoded != null) {
                secrets.add(decoded);
                int colon = decoded.indexOf(':');
                if (colon >= 0) {
                    secrets.add(decoded.substring(colon + 1));
                }
            }
        }
    }

    /** @return the XML a body condition compares the body to, or null when it is not such a condition */
    private static String xmlOf(ObjectNode pattern) {
        String text = null;
        if (pattern.get("equalToXml") instanceof TextNode xml) {
            text = xml.asText();
        } else if (pattern.get("equalTo") instanceof TextNode equal) {
            text = equal.asText();
        } else if (pattern.get("binaryEqualTo") instanceof TextNode binary) {
            try {
                text = new String(Base64.getDecoder().decode(binary.asText()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
        return text != null && text.stripLeading().startsWith("<") ? text : null;
    }

    private static ObjectNode equalToXml(ObjectNode recorded, String xml) {
        ObjectNode pattern = Json.getObjectMapper().createObjectNode();
        pattern.put("equalToXml", xml);
        pattern.put("enablePlaceholders", true);
        if (recorded.has("equalToXml")) {
            recorded.fields().forEachRemaining(option -> {
                if (!option.getKey().equals("equalToXml") && !option.getKey().startsWith("placeholder")
                        && !option.getKey().equals("enablePlaceholders")) {
                    pattern.set(option.getKey(), option.getValue());
                }
            });
        }
        return pattern;
    }

    private static void scrubResponse(ObjectNode response, Set<String> secrets) {
        if (response.get("body") instanceof TextNode body) {
            SecretXml.Scrubbed scrubbed = SecretXml.removeFromAnswer(body.asText(), secrets);
            if (scrubbed != null) {
                secrets.addAll(scrubbed.secrets());
                response.put("body", scrubbed.xml());
            }
        } else if (response.get("base64Body") instanceof TextNode base64) {
            String text = new String(Base64.getDecoder().decode(base64.asText()), StandardCharsets.UTF_8);
            SecretXml.Scrubbed scrubbed = SecretXml.removeFromAnswer(text, secrets);
            if (scrubbed != null) {
                secrets.addAll(scrubbed.secrets());
                byte[] bytes = scrubbed.xml().getBytes(StandardCharsets.UTF_8);
                response.put("base64Body", Base64.getEncoder().encodeToString(bytes));
            }
        }
    }

    /**
     * Request conditions are compared with what the SDK sends on replay: one that still holds a secret is
     * dropped (a header, a cookie, a query parameter) or, for a body, its secret becomes "anything".
     */
    private static void dropConditionsHolding(ObjectNode request, Set<String> secrets) {
        for (String part : List.of("headers", "cookies", "queryParameters", "formParameters")) {
            if (request.get(part) instanceof ObjectNode conditions) {
                for (Iterator<Map.Entry<String, JsonNode>> each = conditions.fields(); each.hasNext();) {
                    if (holds(each.next().getValue(), secrets)) {
                        each.remove();
                    }
                }
            }
        }
        if (request.get("bodyPatterns") instanceof ArrayNode patterns) {
            for (int i = 0; i < patterns.size(); i++) {
                JsonNode pattern = patterns.get(i);
                if (pattern.has("equalToXml") || !holds(pattern, secrets)) {
                    continue;
                }
                String key = STRING_PATTERNS.stream().filter(pattern::has).findFirst().orElse(null);
                if (key == null || key.equals("binaryEqualTo")) {
                    patterns.remove(i--);
                    continue;
                }
                String text = pattern.get(key).asText();
                boolean regex = key.equals("matches") || key.equals("doesNotMatch");
                String replacement = regex ? mask(text, secrets, ".+") : anythingFor(Pattern.quote(text), secrets);
                if (key.equals("contains") || key.equals("doesNotContain")) {
                    replacement = "(?s).*" + replacement + ".*";
                }
                ObjectNode replaced = Json.getObjectMapper().createObjectNode();
                replaced.put(key.startsWith("doesNot") ? "doesNotMatch" : "matches", replacement);
                patterns.set(i, replaced);
            }
        }
        if (request.get("url") instanceof TextNode url && holds(url, secrets)) {
            request.put("url", mask(url.asText(), secrets));
        }
    }

    /** @return the quoted text {@code quoted} as a regular expression where each secret matches any text */
    private static String anythingFor(String quoted, Set<String> secrets) {
        return mask(quoted, secrets, "\\E.+\\Q");
    }

    private static boolean holds(JsonNode node, Set<String> secrets) {
        if (node.isTextual()) {
            String text = node.asText();
            return secrets.stream().anyMatch(text::contains);
        }
        for (JsonNode child : node) {
            if (holds(child, secrets)) {
                return true;
            }
        }
        return false;
    }

    /** Masks every secret in the text values under {@code node}, but for the fields named (already done). */
    private static void maskText(ObjectNode node, Set<String> secrets, Set<String> skipped) {
        node.fields().forEachRemaining(entry -> {
            if (skipped.contains(entry.getKey())) {
                return;
            }
            JsonNode value = entry.getValue();
            if (value.isTextual() && holds(value, secrets)) {
                entry.setValue(TextNode.valueOf(mask(value.asText(), secrets)));
            } else if (value instanceof ObjectNode object) {
                maskText(object, secrets, Set.of());
            } else if (value instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    if (array.get(i).isTextual() && holds(array.get(i), secrets)) {
                        array.set(i, TextNode.valueOf(mask(array.get(i).asText(), secrets)));
                    } else if (array.get(i) instanceof ObjectNode object) {
                        maskText(object, secrets, Set.of());
                    }
                }
            }
        });
    }

    static String mask(String text, Set<String> secrets) {
        return mask(text, secrets, MASK);
    }

    private static String mask(String text, Set<String> secrets, String replacement) {
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, replacement);
        }
        return masked;
    }

    private static void collectTexts(JsonNode node, Set<String> into) {
        if (node.isTextual()) {
            into.add(node.asText());
        }
        for (JsonNode child : node) {
            collectTexts(child, into);
        }
    }

    /** @return the {@code user:password} of a {@code Basic} credential, or null */
    private static String basicDecoded(String value) {
        String trimmed = value.trim();
        if (!trimmed.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            return new String(Base64.getDecoder().decode(trimmed.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
