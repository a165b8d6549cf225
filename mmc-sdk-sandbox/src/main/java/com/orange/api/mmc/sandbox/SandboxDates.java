package com.orange.api.mmc.sandbox;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * The sandbox's own reading and writing of {@code xsd:dateTime} values, through their lexical form: the
 * server side does not share the SDK's internal mapping, so that each side can be checked against the other.
 */
final class SandboxDates {

    private static final DatatypeFactory FACTORY;

    static {
        try {
            FACTORY = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private SandboxDates() {
    }

    /** @return the instant a request carries; a value without an offset is UTC, the service's zone; null for null */
    static OffsetDateTime read(XMLGregorianCalendar value) {
        if (value == null) {
            return null;
        }
        boolean midnightOfNextDay = value.getHour() == 24;
        XMLGregorianCalendar copy = (XMLGregorianCalendar) value.clone();
        if (midnightOfNextDay) {
            copy.setHour(0);
        }
        String text = copy.toXMLFormat();
        OffsetDateTime date = value.getTimezone() == DatatypeConstants.FIELD_UNDEFINED
                ? LocalDateTime.parse(text).atOffset(ZoneOffset.UTC)
                : OffsetDateTime.parse(text);
        return midnightOfNextDay ? date.plusDays(1) : date;
    }

    /** @return the same instant with its offset; null for null */
    static XMLGregorianCalendar write(OffsetDateTime value) {
        return value == null ? null : FACTORY.newXMLGregorianCalendar(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
    }
}
