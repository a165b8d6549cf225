package com.orange.api.mmc.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;

import com.github.tomakehurst.wiremock.matching.ContentPattern;
import com.github.tomakehurst.wiremock.matching.MatchesXPathPattern;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.orange.api.mmc.internal.mapping.RequestMapper;
import com.orange.api.mmc.internal.mapping.WireDates;
import com.orange.api.mmc.internal.mapping.WireNumbers;
import com.orange.api.mmc.wiremock.WireOperation.Field;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The request conditions of {@link MmcStubs} and {@link MmcRequests}, defined once: each turns a value into
 * the pattern that matches the SDK's request holding it, written as the SDK writes it (dates and numbers
 * through core's own wire forms).
 */
final class Matchers {

    /** The MMC namespace. */
    static final String MMC_NS = "http://api.orange.com/mmc/1";
    /** SOAP 1.1's envelope namespace. */
    static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final Map<String, String> NAMESPACES = Map.of("soap", SOAP_NS, "m", MMC_NS);
    private static final String ACCOUNT = "/soap:Envelope/soap:Header/m:ApplicationContext/m:entry[m:key='"
            + RequestMapper.ACCOUNT_ID_KEY + "']/m:value";

    private Matchers() {
    }

    /** @return the {@code SOAPAction} header of the operation, quoted or not */
    static StringValuePattern soapAction(WireOperation operation) {
        return matching("\"?" + Pattern.quote("urn:" + operation.wireName()) + "\"?");
    }

    /** @return the body holds the operation's wrapper element */
    static ContentPattern<?> operation(WireOperation operation) {
        return new MatchesXPathPattern("/soap:Envelope/soap:Body/m:" + operation.wireName(), NAMESPACES, null);
    }

    /** @return the ApplicationContext names {@code serviceAccount} */
    static ContentPattern<?> serviceAccount(String serviceAccount) {
        return xpath(ACCOUNT, equalTo(Objects.requireNonNull(serviceAccount, "serviceAccount")));
    }

    static ContentPattern<?> text(WireOperation operation, Field field, String value) {
        return xpath(operation.path(field), equalTo(Objects.requireNonNull(value, field.name().toLowerCase(Locale.ROOT))));
    }

    static ContentPattern<?> number(WireOperation operation, Field field, long value) {
        return xpath(operation.path(field), equalTo(WireNumbers.toWire(value)));
    }

    /** @return the date as the SDK writes {@code value}: the same instant, in core's wire form */
    static ContentPattern<?> date(WireOperation operation, Field field, OffsetDateTime value) {
        String name = field == Field.START_DATE ? "startDate" : "endDate";
        return xpath(operation.path(field), equalTo(WireDates.toWire(Objects.requireNonNull(value, name), name)));
    }

    /** @return the element at {@code path} has a text that {@code value} matches */
    private static ContentPattern<?> xpath(String path, StringValuePattern value) {
        return new MatchesXPathPattern(path + "/text()", NAMESPACES, value);
    }
}
