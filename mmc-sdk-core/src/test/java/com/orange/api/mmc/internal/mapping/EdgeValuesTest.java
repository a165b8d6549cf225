package com.orange.api.mmc.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Values at the edges of what the wire carries: sent exactly or refused locally; read exactly or refused. */
class EdgeValuesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2030-05-01T10:00:00+00:09:21", "2030-05-01T10:00:00-17:59", "2030-05-01T10:00:00.123456789+02:00",
            "2030-12-31T23:30:00-14:00", "0001-01-01T12:00:00Z", "9999-12-31T10:00:00Z"})
    void everyDateSentDenotesExactlyTheSameInstant(String text) {
        OffsetDateTime sent = OffsetDateTime.parse(text);

        XMLGregorianCalendar wire = WireDates.toWire(sent, "startDate");

        assertThat(WireDates.fromWire(wire, "startDateTime").toInstant()).isEqualTo(sent.toInstant());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"+10000-01-01T00:00:00Z", "0000-12-31T10:00:00Z", "-0005-06-01T00:00:00Z"})
    void aYearTheWireCannotCarryIsRefusedNamingTheField(String text) {
        InvalidWireValue refused = catchThrowableOfType(InvalidWireValue.class,
                () -> WireDates.toWire(OffsetDateTime.parse(text), "conferenceInfo.startDate"));

        assertThat(refused.code()).isEqualTo(InvalidWireValue.INVALID_DATE);
        assertThat(refused.field()).isEqualTo("conferenceInfo.startDate");
        assertThat(refused.inAnswer()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"a year alone, 2024, 0, 0, 0, 0, 0", "a date without a time, 2024, 2, 10, -1, 0, 0",
            "a 60th second, 2024, 6, 30, 23, 59, 60"})
    void anAnswerDateThatIsNotExactlyOneIsRefusedNamingTheElement(String name, int year, int month, int day, int hour,
            int minute, int second) throws Exception {
        DatatypeFactory factory = DatatypeFactory.newInstance();
        XMLGregorianCalendar wire = month == 0 ? factory.newXMLGregorianCalendar(BigInteger.valueOf(year),
                DatatypeConstants.FIELD_UNDEFINED, DatatypeConstants.FIELD_UNDEFINED, DatatypeConstants.FIELD_UNDEFINED,
                DatatypeConstants.FIELD_UNDEFINED, DatatypeConstants.FIELD_UNDEFINED, null, 0)
                : hour < 0 ? factory.newXMLGregorianCalendarDate(year, month, day, 0)
                : factory.newXMLGregorianCalendar(BigInteger.valueOf(year), month, day, hour, minute, second, null, 0);

        InvalidWireValue refused = catchThrowableOfType(InvalidWireValue.class,
                () -> WireDates.fromWire(wire, "conference.startDateTime"));

        assertThat(refused.inAnswer()).isTrue();
        assertThat(refused.field()).isEqualTo("conference.startDateTime");
        assertThat(refused.getMessage()).contains("conference.startDateTime").contains(Integer.toString(year));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a lone high surrogate inside | x\\uD800y | 1",
            "a lone high surrogate at the end | xy\\uD800 | 2",
            "a lone low surrogate | \\uDC00x | 0",
            "NUL | ab\\u0000 | 2",
            "a vertical tab | a\\u000Bb | 1",
            "U+FFFE | \\uFFFE | 0",
            "U+FFFF | ok\\uFFFF | 2"})
    void textXmlCannotCarryIsRefusedNamingTheFieldAndPosition(String name, String escaped, int position) {
        String text = unescape(escaped);

        InvalidWireValue refused = catchThrowableOfType(InvalidWireValue.class,
                () -> WireText.check("conferenceInfo.name", text));

        assertThat(refused.code()).isEqualTo(InvalidWireValue.INVALID_TEXT);
        assertThat(refused.field()).isEqualTo("conferenceInfo.name");
        assertThat(refused.getMessage()).contains("position " + position);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"a surrogate pair | x\\uD800\\uDC79y", "tabs and new lines | a\\tb\\nc\\rd",
            "accents and symbols | réunion €", "the last BMP character allowed | \\uFFFD"})
    void textXmlCarriesPassesByteForByte(String name, String escaped) {
        String text = unescape(escaped);

        assertThat(WireText.check("conferenceInfo.name", text)).isSameAs(text);
    }

    @ParameterizedTest(name = "offset {0}")
    @ValueSource(strings = {"+00:09:21", "-03:30:15"})
    void anOffsetWithSecondsIsSentInUtc(String offset) {
        OffsetDateTime sent = OffsetDateTime.of(2030, 5, 1, 10, 0, 0, 0, ZoneOffset.of(offset));

        XMLGregorianCalendar wire = WireDates.toWire(sent, "startDate");

        assertThat(wire.getTimezone()).isZero();
    }

    private static String unescape(String escaped) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && escaped.charAt(i + 1) == 'u') {
                text.append((char) Integer.parseInt(escaped.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\') {
                char next = escaped.charAt(++i);
                text.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
