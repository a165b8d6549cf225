package com.orange.api.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the {@code appSettings} of a .NET configuration file, the form of the .NET SDK's configuration file:
 * {@code <configuration><appSettings><add key="serviceUrl" value="..."/>...</appSettings></configuration>},
 * with {@code <remove key="..."/>} and {@code <clear/>} as .NET reads them. Other sections (log4net...) are
 * ignored. A document type declaration is refused, so no entity is ever expanded.
 */
final class XmlAppSettings {

    private XmlAppSettings() {
    }

    /**
     * @return the entries, in file order (a key given twice keeps its last value)
     * @throws ConfigurationException naming the file when it is not well-formed or has no appSettings
     */
    static Map<String, String> read(byte[] content, String description) throws IOException {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            root = builder.parse(new ByteArrayInputStream(content)).getDocumentElement();
        } catch (SAXException | ParserConfigurationException e) {
            throw new ConfigurationException("Malformed XML settings in " + description + ": " + e.getMessage(), null,
                    description, e);
        }
        NodeList sections = root.getElementsByTagName("appSettings");
        if (!"configuration".equals(root.getTagName()) || sections.getLength() == 0) {
            throw new ConfigurationException("No <configuration><appSettings> in " + description
                    + ": an XML settings file is a .NET configuration file, as the .NET SDK reads", null, description);
        }
        Map<String, String> entries = new LinkedHashMap<>();
        for (Node node = sections.item(0).getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element element)) {
                continue;
            }
            switch (element.getTagName()) {
                case "add" -> entries.put(required(element, "key", description), element.getAttribute("value"));
                case "remove" -> entries.remove(required(element, "key", description));
                case "clear" -> entries.clear();
                default -> throw new ConfigurationException("Unexpected <" + element.getTagName() + "> in the appSettings"
                        + " of " + description + ": only add, remove and clear are allowed", null, description);
            }
        }
        return entries;
    }

    private static String required(Element element, String attribute, String description) {
        String value = element.getAttribute(attribute);
        if (value.isBlank()) {
            throw new ConfigurationException("An <" + element.getTagName() + "> without " + attribute + " in the"
                    + " appSettings of " + description, null, description);
        }
        return value;
    }
}
