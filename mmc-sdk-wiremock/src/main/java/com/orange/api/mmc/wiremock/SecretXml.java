package com.orange.api.mmc.wiremock;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The secrets of an MMC SOAP message: password elements (any element whose name ends with
 * {@code password} or {@code pwd}, whatever its case) and the {@code ApplicationContext} entries whose key
 * names a password, secret or token. {@link MmcRecordingScrubber}'s XML half.
 */
final class SecretXml {

    /** XMLUnit's placeholder for "any text here", which WireMock's {@code equalToXml} honours. */
    static final String IGNORED = "${xmlunit.ignore}";

    private static final Pattern SECRET_ELEMENT = Pattern.compile("(?i).*(password|pwd)");
    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|pwd|secret|token).*");
    private static final int SHORTEST_SECRET = 4;

    private SecretXml() {
    }

    /** A message with its secrets taken out, and the secrets found. */
    record Scrubbed(String xml, Set<String> secrets) {
    }

    /**
     * @return the request with each secret's text replaced by {@link #IGNORED}, so that an {@code equalToXml}
     *         comparison with placeholders accepts any value there; null when {@code xml} is not XML
     */
    static Scrubbed maskRequest(String xml) {
        Document document = parse(xml);
        if (document == null) {
            return null;
        }
        Set<String> secrets = new LinkedHashSet<>();
        for (Element secret : secretElements(document)) {
            String text = secret.getTextContent();
            if (!text.isEmpty() && !text.equals(IGNORED)) {
                secrets.add(text);
                secret.setTextContent(IGNORED);
            }
        }
        // A secret repeated elsewhere (a name equal to a password): that text is ignored too.
        for (Node text : texts(document)) {
            if (holds(text.getNodeValue(), secrets)) {
                text.setNodeValue(IGNORED);
            }
        }
        return new Scrubbed(write(document, xml), secrets);
    }

    /**
     * @param known the secrets found in the request, masked wherever the answer repeats them (but in numbers)
     * @return the answer without its password elements (the contract makes them optional); null when
     *         {@code xml} is not XML or holds no secret
     */
    static Scrubbed removeFromAnswer(String xml, Set<String> known) {
        if (!xml.stripLeading().startsWith("<")) {
            return null;
        }
        Document document = parse(xml);
        if (document == null) {
            return null;
        }
        Set<String> secrets = new LinkedHashSet<>();
        boolean changed = false;
        for (Element secret : secretElements(document)) {
            if (!secret.getTextContent().isEmpty()) {
                secrets.add(secret.getTextContent());
            }
            secret.getParentNode().removeChild(secret);
            changed = true;
        }
        Set<String> all = new LinkedHashSet<>(known);
        all.addAll(secrets);
        for (Node text : texts(document)) {
            String value = text.getNodeValue();
            if (!value.chars().allMatch(Character::isDigit) && holds(value, all)) {
                text.setNodeValue(MmcRecordingScrubber.mask(value, longEnough(all)));
                changed = true;
            }
        }
        // An answer without secrets is kept as it came, byte for byte.
        return changed ? new Scrubbed(write(document, xml), secrets) : null;
    }

    private static boolean holds(String text, Set<String> secrets) {
        return longEnough(secrets).stream().anyMatch(text::contains);
    }

    private static Set<String> longEnough(Set<String> secrets) {
        Set<String> kept = new LinkedHashSet<>();
        secrets.stream().filter(secret -> secret.length() >= SHORTEST_SECRET).forEach(kept::add);
        return kept;
    }

    /** @return the password elements, and the values of the context entries that hold a password */
    private static List<Element> secretElements(Document document) {
        List<Element> found = new ArrayList<>();
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String name = element.getLocalName();
            if (SECRET_ELEMENT.matcher(name).matches() && !hasChildElements(element)) {
                found.add(element);
            } else if (name.equals("entry")) {
                Element key = child(element, "key");
                Element value = child(element, "value");
                if (key != null && value != null && SECRET_KEY.matcher(key.getTextContent().trim()).matches()) {
                    found.add(value);
                }
            }
        }
        return found;
    }

    private static boolean hasChildElements(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                return true;
            }
        }
        return false;
    }

    private static Element child(Element parent, String localName) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    private static List<Node> texts(Node node) {
        List<Node> texts = new ArrayList<>();
        collectTexts(node, texts);
        return texts;
    }

    private static void collectTexts(Node node, List<Node> into) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                into.add(child);
            } else {
                collectTexts(child, into);
            }
        }
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception notXml) {
            return null;
        }
    }

    private static String write(Document document, String original) {
        try {
            document.setXmlStandalone(true);
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION,
                    original.stripLeading().startsWith("<?xml") ? "no" : "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("cannot write back a scrubbed SOAP message", e);
        }
    }
}
