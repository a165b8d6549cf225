package com.orange.api.mmc.internal.transport;

import com.orange.api.common.ApiCredentials;

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

    /** Element text: characters and CDATA sections, up to the closing tag. */
    private static final String TEXT = "(?:<!\\[CDATA\\[.*?\\]\\]>|[^<]++)*";
    private static final Pattern PASSWORD_ELEMENT = Pattern.compile(
            "(<(?:[\\w.-]+:)?[\\w.-]*[pP]assword(?:\\s[^>]*)?>)" + TEXT + "(</)", Pattern.DOTALL);
    private static final Pattern ACCOUNT_PASSWORD_ENTRY = Pattern.compile(
            "(<(?:[\\w.-]+:)?key(?:\\s[^>]*)?>\\s*Partner_API_Account_Pwd\\s*</(?:[\\w.-]+:)?key>\\s*"
                    + "<(?:[\\w.-]+:)?value(?:\\s[^>]*)?>)" + TEXT + "(</)", Pattern.DOTALL);

    private WireLog() {
    }

    static boolean enabled() {
        return LOG.isDebugEnabled();
    }

    /**
     * @param secrets the call's secrets (credentials, conference passwords), masked wherever they appear (a
     *                server may echo them)
     * @return the envelope with every secret replaced by {@value #MASK}
     */
    static String mask(byte[] envelope, CallSecrets secrets) {
        String text = new String(envelope, StandardCharsets.UTF_8);
        text = PASSWORD_ELEMENT.matcher(text).replaceAll("$1" + MASK + "$2");
        text = ACCOUNT_PASSWORD_ENTRY.matcher(text).replaceAll("$1" + MASK + "$2");
        return secrets.mask(text);
    }

    static void request(String operationUri, String soapAction, ApiCredentials credentials, CallSecrets secrets,
            byte[] body) {
        if (enabled()) {
            LOG.debug("--> POST {}\nSOAPAction: {}\nAuthorization: Basic {}:{}\n{}", operationUri, soapAction,
                    credentials == null ? null : credentials.accessKey(), MASK, mask(body, secrets));
        }
    }

    static void response(int status, String contentType, long millis, byte[] body, CallSecrets secrets) {
        if (enabled()) {
            LOG.debug("<-- {} {} ({} ms)\n{}", status, contentType, millis, mask(body, secrets));
        }
    }
}
