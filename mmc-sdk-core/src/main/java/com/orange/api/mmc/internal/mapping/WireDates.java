package com.orange.api.mmc.internal.mapping;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * Converts between {@code java.time} and the {@code xsd:dateTime} values of the generated types, field by
 * field: no precision is lost (a {@code GregorianCalendar} would keep only milliseconds) and no text is
 * formatted or parsed (which, for a list of a hundred conferences, allocated more than the rest of the
 * call). The {@link DatatypeFactory} is looked up once: its lookup scans the classpath.
 */
public final class WireDates {

    private static final DatatypeFactory FACTORY;
    private static final int NANOS_SCALE = 9;
    /** The largest offset an xsd:dateTime can write: 14 hours. */
    private static final int MAX_OFFSET_SECONDS = 14 * 3600;

    static {
        try {
            FACTORY = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private WireDates() {
    }

    /** @return the same instant with its offset (in whole minutes, as xsd:dateTime has it); null for null */
    /**
     * The wire form of a date, denoting exactly the same instant: its own offset when XML can write it
     * (whole minutes, at most 14 hours), else UTC.
     *
     * @param field the request field, named when the date cannot be sent (a year outside 0001 to 9999)
     */
    public static XMLGregorianCalendar toWire(OffsetDateTime value, String field) {
        if (value == null) {
            return null;
        }
        int offsetSeconds = value.getOffset().getTotalSeconds();
        OffsetDateTime sent = offsetSeconds % 60 != 0 || Math.abs(offsetSeconds) > MAX_OFFSET_SECONDS
                ? value.withOffsetSameInstant(ZoneOffset.UTC) : value;
        if (sent.getYear() < 1 || sent.getYear() > 9999) {
            throw InvalidWireValue.input(InvalidWireValue.INVALID_DATE, field, field + " " + value
                    + " is outside the years 0001 to 9999 that the service's dates can hold");
        }
        BigDecimal fraction = sent.getNano() == 0 ? null : BigDecimal.valueOf(sent.getNano(), NANOS_SCALE).stripTrailingZeros();
        return FACTORY.newXMLGregorianCalendar(BigInteger.valueOf(sent.getYear()), sent.getMonthValue(),
                sent.getDayOfMonth(), sent.getHour(), sent.getMinute(), sent.getSecond(), fraction,
                sent.getOffset().getTotalSeconds() / 60);
    }

    /**
     * The date of an answer, mapped exactly: a value that is not a whole date and time (a year alone, a
     * 30th of February, a 60th second) fails the call naming the element, rather than being guessed.
     *
     * @param element the answer element, named when its value cannot be mapped
     */
    public static OffsetDateTime fromWire(XMLGregorianCalendar value, String element) {
        if (value == null) {
            return null;
        }
        if (value.getXMLSchemaType() != DatatypeConstants.DATETIME) {
            throw InvalidWireValue.answer(element, element + " holds '" + value.toXMLFormat()
                    + "', which is not a date and time");
        }
        int timezone = value.getTimezone();
        try {
            ZoneOffset offset = timezone == DatatypeConstants.FIELD_UNDEFINED ? ZoneOffset.UTC
                    : ZoneOffset.ofTotalSeconds(timezone * 60);
            BigDecimal fraction = value.getFractionalSecond();
            int nanos = fraction == null ? 0 : fraction.movePointRight(NANOS_SCALE).intValueExact();
            int hour = value.getHour();
            OffsetDateTime date = OffsetDateTime.of(value.getYear(), value.getMonth(), value.getDay(),
                    hour == 24 ? 0 : hour, value.getMinute(), value.getSecond(), nanos, offset);
            // xsd:dateTime allows 24:00:00, the first instant of the next day.
            return hour == 24 ? date.plusDays(1) : date;
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw InvalidWireValue.answer(element, element + " holds '" + value.toXMLFormat()
                    + "', which is not a valid date and time (" + e.getMessage() + ")");
        }
    }

}
