package com.orange.api.mmc.sandbox;

import java.time.Instant;
import java.util.Objects;

/**
 * One call the sandbox's service received, as its {@link SandboxJournal} keeps it: never a password, a header
 * or a conference's content.
 *
 * @param operation      the WSDL operation the request named ({@code createScheduledConference}), or {@code -}
 *                       when it named none the service knows
 * @param serviceAccount the {@code Partner_API_Account_ID} the request carried, or null when it carried none
 * @param code           the code answered: an {@code MMC_} code, a gateway code of the manual's table A.5
 *                       ({@code REQ.AUTHENTICATION_FAILURE}, {@code GENERAL}...) or {@code HTTP_nnn} for a status
 *                       without one; null when the call succeeded
 * @param at             when the call was received, by the sandbox's clock
 */
public record SandboxCall(String operation, String serviceAccount, String code, Instant at) {

    public SandboxCall {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(at, "at");
    }

    /** @return whether the call was answered without a fault */
    public boolean succeeded() {
        return code == null;
    }
}
