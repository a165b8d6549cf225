package com.orange.api.mmc.internal.transport;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.codehaus.stax2.XMLInputFactory2;

/**
 * The StAX parser of the SDK's answers: Woodstox, created by the SDK for itself, whatever StAX implementation
 * the JVM's lookup or Metro's own choice would give (those depend on the classpath and on JVM-wide system
 * properties, which the SDK neither reads nor sets). It reads the bytes itself, without a
 * {@code java.io.Reader} between it and the connection, and its names are interned, which the XML binding
 * relies on to compare them by identity. Configured as Metro configures Woodstox (DTDs and external
 * entities off, the same limits on attributes and depth).
 */
final class AnswerParser {

    private static final XMLInputFactory FACTORY = factory();

    private AnswerParser() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory2.P_INTERN_NAMES, Boolean.TRUE);
        factory.setProperty(XMLInputFactory2.P_INTERN_NS_URIS, Boolean.TRUE);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 500);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 512 * 1024);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, 500);
        factory.setProperty(WstxInputProperties.P_RETURN_NULL_FOR_DEFAULT_NAMESPACE, Boolean.TRUE);
        return factory;
    }

    /** @return true when the media type is SOAP 1.1's {@code text/xml}, whatever its parameters */
    static boolean isSoap11(String contentType) {
        return contentType.split(";")[0].trim().equalsIgnoreCase("text/xml");
    }

    /**
     * @return for a plain SOAP 1.1 envelope ({@code text/xml}) in UTF-8, which this parser reads: the
     *         charset declared, or "" when none is (the parser then reads the document's own declaration);
     *         null for anything else (multipart, another charset, another media type), which Metro's own
     *         codec decodes or refuses
     */
    static String plainSoapCharset(String contentType) {
        String[] parts = contentType.split(";");
        if (!parts[0].trim().equalsIgnoreCase("text/xml")) {
            return null;
        }
        String charset = "";
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            int equals = parameter.indexOf('=');
            if (equals < 0) {
                return null;
            }
            String name = parameter.substring(0, equals).trim().toLowerCase(Locale.ROOT);
            String value = parameter.substring(equals + 1).trim().replace("\"", "");
            if (name.equals("charset")) {
                if (!value.equalsIgnoreCase("utf-8")) {
                    return null;
                }
                charset = StandardCharsets.UTF_8.name();
            }
        }
        return charset;
    }

    /** @return a reader at the start of the document, decoding the charset {@link #plainSoapCharset} gave */
    static XMLStreamReader open(InputStream body, String charset) throws XMLStreamException {
        return charset.isEmpty() ? FACTORY.createXMLStreamReader(body) : FACTORY.createXMLStreamReader(body, charset);
    }
}
