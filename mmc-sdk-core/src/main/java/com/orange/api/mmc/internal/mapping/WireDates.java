package com.orange.api.mmc.internal.mapping;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * Converts between {@code java.time} and the {@code xsd:dateTime} values of the generated types. The
 * {@link DatatypeFactory} is looked up once: its lookup scans the classpath and is far too slow per call.
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
        return value == null ? null : FACTORY.newXMLGregorianCalendar(GregorianCalendar.from(value.toZonedDateTime()));
    }

    /**
     * @return the same instant; a value sent without an offset is read as UTC, the service's time zone
     *         ({@code StartDateTimeLaterThanUtcNow}); {@code null} for {@code null}
     */
    public static OffsetDateTime fromWire(XMLGregorianCalendar value) {
        if (value == null) {
            return null;
        }
        XMLGregorianCalendar copy = value;
        if (value.getTimezone() == DatatypeConstants.FIELD_UNDEFINED) {
            copy = (XMLGregorianCalendar) value.clone();
            copy.setTimezone(0);
        }
        return copy.toGregorianCalendar().toZonedDateTime().toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.ofTotalSeconds(copy.getTimezone() * 60));
    }
}
