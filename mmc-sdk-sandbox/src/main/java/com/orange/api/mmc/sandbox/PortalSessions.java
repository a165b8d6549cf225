package com.orange.api.mmc.sandbox;

import com.orange.api.mmc.sandbox.ConferenceRegistry.Booking;
import com.orange.api.mmc.sandbox.ConferenceRegistry.Invitation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The portal's sessions, without memory: a page with buttons carries a session token that says when the page
 * was made and for whom ({@code issuedMillis.mac}, an HMAC-SHA256 under a key drawn when the sandbox starts).
 * A button pressed more than {@link #TIMEOUT} after its page was made (on the sandbox's clock) finds its
 * session lost, the manual's 1.2; a token that was not made here is forged. Thread-safe; opening a page only
 * computes a token, it stores nothing.
 */
final class PortalSessions {

    /** How long a page's buttons keep their session: ASP.NET's default session time-out, the manual giving none. */
    static final Duration TIMEOUT = Duration.ofMinutes(20);

    /** What a presented token is worth. */
    enum Check {
        VALID, EXPIRED, FORGED
    }

    private final SecretKeySpec key;

    PortalSessions() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** @return the subject of a conference's organizer pages (summary, pilot) */
    static String subject(Booking booking) {
        return "booking:" + booking.id;
    }

    /** @return the subject of a guest's pages */
    static String subject(Invitation invitation) {
        return "participant:" + invitation.id();
    }

    /** @return a token for {@code subject} (who the page is for) made at {@code now} */
    String issue(String subject, Instant now) {
        String issued = String.valueOf(now.toEpochMilli());
        return issued + "." + mac(subject, issued);
    }

    /** @return whether {@code token} was made here for {@code subject}, and within {@link #TIMEOUT} of {@code now} */
    Check check(String subject, String token, Instant now) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0) {
            return Check.FORGED;
        }
        String issued = token.substring(0, dot);
        if (!MessageDigest.isEqual(mac(subject, issued).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Check.FORGED;
        }
        try {
            return now.isAfter(Instant.ofEpochMilli(Long.parseLong(issued)).plus(TIMEOUT)) ? Check.EXPIRED : Check.VALID;
        } catch (NumberFormatException e) {
            return Check.FORGED;
        }
    }

    private String mac(String subject, String issued) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((subject + "|" + issued).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256, which every JDK has, is missing", e);
        }
    }
}
