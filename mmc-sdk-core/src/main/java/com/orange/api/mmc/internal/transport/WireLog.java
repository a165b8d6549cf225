package com.orange.api.mmc.internal.transport;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wire logger {@code com.orange.api.mmc.wire}: at DEBUG, every request and response envelope with its
 * secrets masked. Nothing is built when DEBUG is off.
 *
 * <p>Masked: the text of every element whose name ends in {@code password} or {@code Password} (conference
 * and audio conference passwords), the value of the {@code Partner_API_Account_Pwd} ApplicationContext entry,
 * and the Authorization header (never logged but as {@code Basic ****}).
 */
final class WireLog {

    static final Logger LOG = LoggerFactory.getLogger("com.orange.api.mmc.wire");
    static final String MASK = "****";

    private static final Pattern PASSWORD_ELEMENT = Pattern.compile(
            "(<(?:[\\w.-]+:)?[\\w.-]*[pP]assword(?:\\s[^>]*)?>)[^<]*(</)");
    private static final Pattern ACCOUNT_PASSWORD_ENTRY = Pattern.compile(
            "(<(?:[\\w.-]+:)?key(?:\\s[^>]*)?>\\s*Partner_API_Account_Pwd\\s*</(?:[\\w.-]+:)?key>\\s*"
                    + "<(?:[\\w.-]+:)?value(?:\\s[^>]*)?>)[^<]*(</)");

    private WireLog() {
    }

    static boolean enabled() {
        return LOG.isDebugEnabled();
    }

    /** @return the envelope with every secret replaced by {@value #MASK} */
    static String mask(byte[] envelope) {
        String text = new String(envelope, StandardCharsets.UTF_8);
        text = PASSWORD_ELEMENT.matcher(text).replaceAll("$1" + MASK + "$2");
        return ACCOUNT_PASSWORD_ENTRY.matcher(text).replaceAll("$1" + MASK + "$2");
    }

    static void request(String operationUri, String soapAction, String accessKey, byte[] body) {
        if (enabled()) {
            LOG.debug("--> POST {}\nSOAPAction: {}\nAuthorization: Basic {}:{}\n{}", operationUri, soapAction, accessKey,
                    MASK, mask(body));
        }
    }

    static void response(int status, String contentType, long millis, byte[] body) {
        if (enabled()) {
            LOG.debug("<-- {} {} ({} ms)\n{}", status, contentType, millis, mask(body));
        }
    }
}
