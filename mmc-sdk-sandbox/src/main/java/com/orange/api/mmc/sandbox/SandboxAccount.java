package com.orange.api.mmc.sandbox;

import java.util.Objects;

/**
 * A service account the sandbox accepts in the {@code ApplicationContext} header. Conferences belong to
 * the account that created them; accounts of the same contract see each other's conferences in details,
 * lists and licence usage, but only the creator may modify, delete or start one ({@code MMC_44}).
 *
 * <p>An account names its contract, or brings it: a contract named but declared nowhere
 * ({@link MmcSandbox.Builder#contract(SandboxContract)}) allows everything.
 *
 * <pre>{@code
 * SandboxContract noChat = SandboxContract.builder("no-chat").chat(false).build();
 * MmcSandbox sandbox = MmcSandbox.builder()
 *         .account(new SandboxAccount("booking-service", "password", 1, "sandbox"))   // allows everything
 *         .account(new SandboxAccount("kiosk", "password", 2, noChat))
 *         .start();
 * }</pre>
 */
public final class SandboxAccount {

    private final String serviceAccount;
    private final String password;
    private final long hostId;
    private final String contract;
    /** The contract this account brought, or, once the sandbox has resolved it, the one it follows. */
    private final SandboxContract rules;
    private final boolean blocked;

    /**
     * @param serviceAccount the {@code Partner_API_Account_ID}, also the host login of its conferences
     * @param password       the {@code Partner_API_Account_Pwd}
     * @param hostId         the user identifier that {@code getConferencesList} filters on
     * @param contract       the name of the contract the account belongs to
     */
    public SandboxAccount(String serviceAccount, String password, long hostId, String contract) {
        this(serviceAccount, password, hostId, Objects.requireNonNull(contract, "contract"), null, false);
    }

    /**
     * @param serviceAccount the {@code Partner_API_Account_ID}, also the host login of its conferences
     * @param password       the {@code Partner_API_Account_Pwd}
     * @param hostId         the user identifier that {@code getConferencesList} filters on
     * @param contract       the contract the account belongs to, with its options
     */
    public SandboxAccount(String serviceAccount, String password, long hostId, SandboxContract contract) {
        this(serviceAccount, password, hostId, Objects.requireNonNull(contract, "contract").name(), contract, false);
    }

    private SandboxAccount(String serviceAccount, String password, long hostId, String contract, SandboxContract rules,
            boolean blocked) {
        this.serviceAccount = Objects.requireNonNull(serviceAccount, "serviceAccount");
        this.password = Objects.requireNonNull(password, "password");
        this.hostId = hostId;
        this.contract = contract;
        this.rules = rules;
        this.blocked = blocked;
    }

    /** @return the {@code Partner_API_Account_ID} */
    public String serviceAccount() {
        return serviceAccount;
    }

    /** @return the {@code Partner_API_Account_Pwd} */
    public String password() {
        return password;
    }

    /** @return the user identifier that {@code getConferencesList} filters on */
    public long hostId() {
        return hostId;
    }

    /** @return the name of the contract the account belongs to */
    public String contract() {
        return contract;
    }

    /** @return the contract brought by the constructor, or null when only named */
    SandboxContract declaredContract() {
        return rules;
    }

    /** @return the contract whose options this account's calls follow */
    SandboxContract rules() {
        return rules != null ? rules : SandboxContract.allowingEverything(contract);
    }

    /** @return whether the account is blocked: its calls are answered {@code MMC_80} */
    boolean blocked() {
        return blocked;
    }

    /** @return this account following {@code contract}, blocked or not, as the sandbox's settings say */
    SandboxAccount resolved(SandboxContract contract, boolean blocked) {
        return new SandboxAccount(serviceAccount, password, hostId, this.contract, contract, blocked);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SandboxAccount that && serviceAccount.equals(that.serviceAccount)
                && password.equals(that.password) && hostId == that.hostId && contract.equals(that.contract)
                && Objects.equals(rules, that.rules) && blocked == that.blocked;
    }

    @Override
    public int hashCode() {
        return Objects.hash(serviceAccount, password, hostId, contract);
    }

    @Override
    public String toString() {
        return "SandboxAccount[serviceAccount=" + serviceAccount + ", password=****, hostId=" + hostId + ", contract="
                + contract + "]";
    }
}
