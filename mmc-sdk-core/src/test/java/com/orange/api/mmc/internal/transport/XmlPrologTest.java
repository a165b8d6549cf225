package com.orange.api.mmc.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XmlPrologTest {

    private static final String ENVELOPE = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
            + "<!-- <!DOCTYPE in a comment of the body --><m:x>&lt;!DOCTYPE as text</m:x></s:Body></s:Envelope>";

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16BE", "UTF-16LE", "UTF-16"})
    void aDtdBeforeTheRootElementIsFoundInEveryEncodingSoapAllows(String encoding) {
        Charset charset = Charset.forName(encoding);
        assertThat(declares("<!DOCTYPE foo [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + ENVELOPE, charset)).isTrue();
        assertThat(declares("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz>" + ENVELOPE, charset)).isTrue();
        assertThat(declares("<?xml version=\"1.0\"?><!-- a > b <c> --> \r\n<?pi x?><!DOCTYPE x>" + ENVELOPE, charset))
                .isTrue();
        assertThat(declares("<!ENTITY x \"y\">" + ENVELOPE, charset)).as("any markup declaration").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16BE", "UTF-16LE", "UTF-16"})
    void aDocumentWithoutDtdPassesWhateverItsBodySays(String encoding) {
        Charset charset = Charset.forName(encoding);
        assertThat(declares(ENVELOPE, charset)).isFalse();
        assertThat(declares("<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n<!-- <!DOCTYPE x> -->" + ENVELOPE,
                charset)).isFalse();
        assertThat(declares("", charset)).isFalse();
        assertThat(declares("<!-- never closed <!DOCTYPE", charset)).isFalse();
    }

    @Test
    void aUtf8ByteOrderMarkIsSkipped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "<!DOCTYPE x>".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(body, 0, both, bom.length, body.length);
        assertThat(XmlProlog.scan(both, both.length, true)).isEqualTo(XmlProlog.Verdict.DTD);
    }

    private static boolean declares(String document, Charset charset) {
        byte[] bytes = document.getBytes(charset);
        return XmlProlog.scan(bytes, bytes.length, true) == XmlProlog.Verdict.DTD;
    }

    @Test
    void aPrologCutShortAsksForMoreBytesUnlessTheDocumentIsWhole() {
        for (String cut : List.of("", "<", "<!", "<!D", "<?xml version=\"1.0\"?>", "<!-- a comment not yet closed",
                "<?xml version=\"1.0\"?><!-")) {
            byte[] bytes = cut.getBytes(StandardCharsets.UTF_8);
            assertThat(XmlProlog.scan(bytes, bytes.length, false)).as(cut).isEqualTo(XmlProlog.Verdict.UNDECIDED);
            assertThat(XmlProlog.scan(bytes, bytes.length, true)).as(cut).isNotEqualTo(XmlProlog.Verdict.UNDECIDED);
        }
        byte[] doctype = "<!DOCTYPE x>".getBytes(StandardCharsets.UTF_8);
        assertThat(XmlProlog.scan(doctype, 4, false)).isEqualTo(XmlProlog.Verdict.DTD);
        byte[] root = "<s:Envelope>".getBytes(StandardCharsets.UTF_8);
        assertThat(XmlProlog.scan(root, 4, false)).isEqualTo(XmlProlog.Verdict.NONE);
    }
}
