package com.orange.api.mmc.sandbox;

import java.util.Objects;

/**
 * A service account the sandbox accepts in the {@code ApplicationContext} header. Conferences belong to
 * the account that created them; accounts of the same contract see each other's conferences in details,
 * lists and licence usage, but only the creator may modify, delete or start one ({@code MMC_44}).
 *
 * @param serviceAccount the {@code Partner_API_Account_ID}, also the host login of its conferences
 * @param password       the {@code Partner_API_Account_Pwd}
 * @param hostId         the user identifier that {@code getConferencesList} filters on
 * @param contract       the contract the account belongs to
 */
public record SandboxAccount(String serviceAccount, String password, long hostId, String contract) {

    public SandboxAccount {
        Objects.requireNonNull(serviceAccount, "serviceAccount");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(contract, "contract");
    }

    @Override
    public String toString() {
        return "SandboxAccount[serviceAccount=" + serviceAccount + ", password=****, hostId=" + hostId + ", contract="
                + contract + "]";
    }
}
