package com.orange.api.mmc.internal.mapping;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * Converts between {@code java.time} and the {@code xsd:dateTime} values of the generated types, through
 * their ISO-8601 lexical form so that no precision is lost (a {@code GregorianCalendar} would keep only
 * milliseconds). The {@link DatatypeFactory} is looked up once: its lookup scans the classpath.
 */
public final class WireDates {

    private static final DatatypeFactory FACTORY;

    static {
        try {
            FACTORY = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private WireDates() {
    }

    /** @return the same instant with its offset, or {@code null} for {@code null} */
    public static XMLGregorianCalendar toWire(OffsetDateTime value) {
        return value == null ? null : FACTORY.newXMLGregorianCalendar(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
    }

    /**
     * @return the same instant with the offset it was sent with; a value sent without an offset is read as
     *         UTC, the service's time zone ({@code StartDateTimeLaterThanUtcNow}); {@code null} for {@code null}
     */
    public static OffsetDateTime fromWire(XMLGregorianCalendar value) {
        if (value == null) {
            return null;
        }
        String lexical = value.toXMLFormat();
        return value.getTimezone() == DatatypeConstants.FIELD_UNDEFINED
                ? LocalDateTime.parse(lexical).atOffset(ZoneOffset.UTC)
                : OffsetDateTime.parse(lexical);
    }
}
