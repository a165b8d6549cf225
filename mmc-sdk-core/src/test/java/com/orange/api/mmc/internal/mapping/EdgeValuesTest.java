package com.orange.api.mmc.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Values at the edges of what the wire carries: sent exactly or refused locally; read exactly or refused. */
class EdgeValuesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2030-05-01T10:00:00+00:09:21", "2030-05-01T10:00:00-17:59", "2030-05-01T10:00:00.123456789+02:00",
            "2030-12-31T23:30:00-14:00", "0001-01-01T12:00:00Z", "9999-12-31T10:00:00Z"})
    void everyDateSentDenotesExactlyTheSameInstant(String text) {
        OffsetDateTime sent = OffsetDateTime.parse(text);

        String wire = WireDates.toWire(sent, "startDate");

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

    /** Dates whose UTC form java.time cannot hold, or that are far beyond the wire's years in any offset. */
    static Stream<Arguments> datesBeyondWhatJavaTimeConverts() {
        return Stream.of(
                argumentSet("OffsetDateTime.MIN", OffsetDateTime.MIN),
                argumentSet("OffsetDateTime.MAX", OffsetDateTime.MAX),
                argumentSet("the last year, an offset of -18:00", OffsetDateTime.of(LocalDateTime.MAX,
                        ZoneOffset.ofHours(-18))),
                argumentSet("the first year, an offset of +17:59:59", OffsetDateTime.of(LocalDateTime.MIN,
                        ZoneOffset.ofHoursMinutesSeconds(17, 59, 59))),
                argumentSet("the last year in its own offset", OffsetDateTime.of(LocalDateTime.MAX, ZoneOffset.UTC)),
                argumentSet("the first year in its own offset", OffsetDateTime.of(LocalDateTime.MIN,
                        ZoneOffset.ofHours(2))));
    }

    @ParameterizedTest
    @MethodSource("datesBeyondWhatJavaTimeConverts")
    void aDateBeyondWhatJavaTimeConvertsIsRefusedAsADateNotAFailure(OffsetDateTime date) {
        InvalidWireValue refused = catchThrowableOfType(InvalidWireValue.class,
                () -> WireDates.toWire(date, "getConferencesListInput.startDate"));

        assertThat(refused).as("refused as an invalid date").isNotNull();
        assertThat(refused.code()).isEqualTo(InvalidWireValue.INVALID_DATE);
        assertThat(refused.field()).isEqualTo("getConferencesListInput.startDate");
        assertThat(refused.inAnswer()).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "a year alone | 2024",
            "a date without a time | 2024-02-10",
            "a 60th second | 2024-06-30T23:59:60Z",
            "a 30th of February | 2024-02-30T10:00:00Z",
            "not a date at all | not-a-date",
            "an empty value | ''",
            "a 25th hour | 2024-06-30T25:00:00Z",
            "24 as an hour past midnight | 2024-06-30T24:00:01Z",
            "a month 13 | 2024-13-01T10:00:00Z",
            "a two-digit year | 24-06-30T10:00:00Z",
            "year 0000 | 0000-06-30T10:00:00Z",
            "a five-digit year with a leading zero | 02024-06-30T10:00:00Z",
            "an offset beyond 14 hours | 2024-06-30T10:00:00+14:01",
            "an offset without minutes | 2024-06-30T10:00:00+02",
            "a point without digits | 2024-06-30T10:00:00.Z",
            "a tenth digit of a second | 2024-06-30T10:00:00.1234567891Z",
            "non-ASCII digits | \\u0662024-06-30T10:00:00Z",
            "text after the value | 2024-06-30T10:00:00Z x",
            "a space inside | 2024-06-30 10:00:00Z"})
    void anAnswerDateThatIsNotExactlyOneIsRefusedNamingTheElementAndValue(String name, String escaped) {
        String value = unescape(escaped);

        InvalidWireValue refused = catchThrowableOfType(InvalidWireValue.class,
                () -> WireDates.fromWire(value, "conference.startDateTime"));

        assertThat(refused).as(name).isNotNull();
        assertThat(refused.inAnswer()).isTrue();
        assertThat(refused.code()).isEqualTo("BAD_RESPONSE");
        assertThat(refused.field()).isEqualTo("conference.startDateTime");
        assertThat(refused.getMessage()).contains("conference.startDateTime").contains("'" + value.strip() + "'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2030-09-21T13:38:06+02:00 | 2030-09-21T13:38:06+02:00",
            "2030-09-21T13:38:06Z | 2030-09-21T13:38:06Z",
            "2030-09-21T13:38:06-00:00 | 2030-09-21T13:38:06Z",
            "2030-09-21T13:38:06 | 2030-09-21T13:38:06Z",
            "2030-09-21T13:38:06.5+14:00 | 2030-09-21T13:38:06.5+14:00",
            "2030-09-21T13:38:06.123456789000-14:00 | 2030-09-21T13:38:06.123456789-14:00",
            "2009-09-21T24:00:00Z | 2009-09-22T00:00:00Z",
            "'\\n  2030-09-21T13:38:06Z\\t' | 2030-09-21T13:38:06Z",
            "12030-09-21T13:38:06Z | +12030-09-21T13:38:06Z",
            "2024-02-29T10:00:00Z | 2024-02-29T10:00:00Z"})
    void anAnswerDateIsReadExactly(String escaped, String expected) {
        assertThat(WireDates.fromWire(unescape(escaped), "conference.startDateTime"))
                .isEqualTo(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2030-09-21T13:38:06+02:00 | 2030-09-21T13:38:06+02:00",
            "2030-09-21T13:38:00Z | 2030-09-21T13:38:00Z",
            "2030-09-21T13:38:06.152719315-09:30 | 2030-09-21T13:38:06.152719315-09:30",
            "2030-09-21T13:38:06.100+01:00 | 2030-09-21T13:38:06.1+01:00",
            "0001-01-01T00:00:00.000000001Z | 0001-01-01T00:00:00.000000001Z",
            "2030-09-21T13:38:06+00:09:21 | 2030-09-21T13:28:45Z"})
    void aDateIsWrittenAsTheSchemaWritesIt(String value, String wire) {
        assertThat(WireDates.toWire(OffsetDateTime.parse(value), "startDate")).isEqualTo(wire);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "not a number | abc",
            "empty | ''",
            "a sign alone | -",
            "a decimal | 12.5",
            "an exponent | 1e3",
            "beyond a long | 99999999999999999999",
            "non-ASCII digits | \\u0661\\u0662",
            "a space inside | 1 2"})
    void anAnswerIntegerThatIsNotOneIsRefusedNamingTheElementAndValue(String name, String escaped) {
        String value = unescape(escaped);

        InvalidWireValue refused = catchThrowableOfType(InvalidWireValue.class,
                () -> WireNumbers.longValue(value, "licenceUsage.maxConcurrentConnections"));

        assertThat(refused).as(name).isNotNull();
        assertThat(refused.inAnswer()).isTrue();
        assertThat(refused.field()).isEqualTo("licenceUsage.maxConcurrentConnections");
        assertThat(refused.getMessage()).contains("'" + value.strip() + "'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"42 | 42", "+42 | 42", "-7 | -7", "' 9223372036854775807 ' | 9223372036854775807",
            "007 | 7"})
    void anAnswerIntegerIsReadExactly(String value, long expected) {
        assertThat(WireNumbers.longValue(value, "participant.id")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {"not a number | abc", "a point alone | .", "two points | 1.2.3",
            "an exponent | 1E+2", "NaN | NaN", "empty | ''", "a sign alone | +"})
    void anAnswerDecimalThatIsNotOneIsRefused(String name, String value) {
        assertThat(catchThrowableOfType(InvalidWireValue.class, () -> WireNumbers.decimal(value, "licenceUsage.usageRate")))
                .as(name).isNotNull()
                .satisfies(refused -> assertThat(refused.field()).isEqualTo("licenceUsage.usageRate"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"12.50 | 12.50", ".5 | 0.5", "5. | 5", "-0.25 | -0.25", "+3 | 3",
            "123456789012345678901234567890.123 | 123456789012345678901234567890.123"})
    void anAnswerDecimalIsReadExactly(String value, String expected) {
        assertThat(WireNumbers.decimal(value, "licenceUsage.usageRate")).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"licenceUsage.maxConcurrentConnections", "licenceUsage.usageRate"})
    void aMissingRequiredNumberIsRefused(String element) {
        InvalidWireValue refused = catchThrowableOfType(InvalidWireValue.class, () -> WireNumbers.longValue(null, element));

        assertThat(refused.getMessage()).isEqualTo("the answer has no " + element);
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

        String wire = WireDates.toWire(sent, "startDate");

        assertThat(wire).endsWith("Z");
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
