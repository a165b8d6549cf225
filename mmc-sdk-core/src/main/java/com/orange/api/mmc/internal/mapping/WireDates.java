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

    /**
     * @return the same instant with its offset when xsd:dateTime can carry it (whole minutes, at most
     *         &plusmn;14:00), else the same instant in UTC; null for null
     * @throws IllegalArgumentException when the year, in UTC, is outside 0001–9999
     */
    public static XMLGregorianCalendar toWire(OffsetDateTime value) {
        if (value == null) {
            return null;
        }
        int offsetSeconds = value.getOffset().getTotalSeconds();
        if (offsetSeconds % 60 != 0 || Math.abs(offsetSeconds) > MAX_OFFSET_SECONDS) {
            value = value.withOffsetSameInstant(ZoneOffset.UTC);
        }
        int utcYear = value.withOffsetSameInstant(ZoneOffset.UTC).getYear();
        if (utcYear < 1 || utcYear > 9999 || value.getYear() < 1 || value.getYear() > 9999) {
            throw new IllegalArgumentException("year " + utcYear + " (UTC) is outside 0001-9999");
        }
        BigDecimal fraction = value.getNano() == 0 ? null : BigDecimal.valueOf(value.getNano(), NANOS_SCALE).stripTrailingZeros();
        return FACTORY.newXMLGregorianCalendar(BigInteger.valueOf(value.getYear()), value.getMonthValue(),
                value.getDayOfMonth(), value.getHour(), value.getMinute(), value.getSecond(), fraction,
                value.getOffset().getTotalSeconds() / 60);
    }

    /**
     * @return the same instant with the offset it was sent with; a value sent without an offset is read as
     *         UTC, the service's time zone ({@code StartDateTimeLaterThanUtcNow}); {@code null} for {@code null}
     */
    public static OffsetDateTime fromWire(XMLGregorianCalendar value) {
        if (value == null) {
            return null;
        }
        if (value.getYear() == DatatypeConstants.FIELD_UNDEFINED || value.getMonth() == DatatypeConstants.FIELD_UNDEFINED
                || value.getDay() == DatatypeConstants.FIELD_UNDEFINED || value.getHour() == DatatypeConstants.FIELD_UNDEFINED
                || value.getMinute() == DatatypeConstants.FIELD_UNDEFINED) {
            throw new java.time.DateTimeException("not a complete xsd:dateTime");
        }
        int timezone = value.getTimezone();
        ZoneOffset offset = timezone == DatatypeConstants.FIELD_UNDEFINED ? ZoneOffset.UTC
                : ZoneOffset.ofTotalSeconds(timezone * 60);
        BigDecimal fraction = value.getFractionalSecond();
        int nanos = fraction == null ? 0 : fraction.movePointRight(NANOS_SCALE).intValue();
        int hour = defined(value.getHour());
        OffsetDateTime date = OffsetDateTime.of(value.getYear(), value.getMonth(), value.getDay(), hour == 24 ? 0 : hour,
                defined(value.getMinute()), defined(value.getSecond()), nanos, offset);
        // xsd:dateTime allows 24:00:00, the first instant of the next day.
        return hour == 24 ? date.plusDays(1) : date;
    }

    private static int defined(int field) {
        return field == DatatypeConstants.FIELD_UNDEFINED ? 0 : field;
    }
}
