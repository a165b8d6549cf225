package com.orange.api.mmc.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which answers the SDK's own parser reads, and how it reads them. */
class AnswerParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "text/xml; charset=utf-8          | UTF-8",
            "TEXT/XML;charset=\"UTF-8\"       | UTF-8",
            "text/xml                         | ''",
            "text/xml; charset=iso-8859-1     | NULL",
            "text/xml; charset=utf-16         | NULL",
            "application/soap+xml; charset=utf-8 | NULL",
            "multipart/related; type=\"text/xml\" | NULL",
            "text/xml; broken                 | NULL"})
    void readsOnlyPlainSoap11InUtf8(String contentType, String charset) {
        assertThat(AnswerParser.plainSoapCharset(contentType)).isEqualTo(charset);
    }

    @Test
    void namesAreInternedForTheBinding() throws Exception {
        XMLStreamReader reader = AnswerParser.open(bytes("<a:envelope xmlns:a=\"urn:x\"><a:body>é</a:body></a:envelope>"),
                "UTF-8");
        reader.nextTag();
        reader.nextTag();

        assertThat(reader.getLocalName()).isSameAs("body");
        assertThat(reader.getNamespaceURI()).isSameAs("urn:x");
        assertThat(reader.getElementText()).isEqualTo("é");
    }

    @Test
    void withNoCharsetDeclaredTheDocumentsOwnDeclarationIsRead() throws Exception {
        byte[] latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\u00e9</a>".getBytes(StandardCharsets.ISO_8859_1);
        XMLStreamReader reader = AnswerParser.open(new ByteArrayInputStream(latin), "");
        reader.nextTag();

        assertThat(reader.getElementText()).isEqualTo("é");
    }

    @Test
    void bytesThatAreNotUtf8FailAsUndecodableNotAsABrokenConnection() throws Exception {
        byte[] document = "<a>x</a>".getBytes(StandardCharsets.UTF_8);
        document[4] = (byte) 0xFF;

        Throwable thrown = catchThrowable(() -> {
            XMLStreamReader reader = AnswerParser.open(new ByteArrayInputStream(document), "UTF-8");
            while (reader.next() != XMLStreamConstants.END_DOCUMENT) {
                // read to the end
            }
        });

        assertThat(thrown).hasRootCauseInstanceOf(CharConversionException.class);
    }

    private static ByteArrayInputStream bytes(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
