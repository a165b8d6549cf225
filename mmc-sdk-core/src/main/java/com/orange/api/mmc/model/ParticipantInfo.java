package com.orange.api.mmc.model;

/**
 * What the service needs to invite someone to a conference: first name, last name, mail, and the
 * conference's identifier and password. The invitation's language is {@link #getCultureName()}; when it is
 * {@code null} the default of the contract applies.
 */
public final class ParticipantInfo {

    private final String firstName;
    private final String lastName;
    private final String email;
    private final long conferenceId;
    private final String conferencePassword;
    private CultureName cultureName;

    public ParticipantInfo(String firstName, String lastName, String email, long conferenceId,
            String conferencePassword) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.conferenceId = conferenceId;
        this.conferencePassword = conferencePassword;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public long getConferenceId() {
        return conferenceId;
    }

    public String getConferencePassword() {
        return conferencePassword;
    }

    /** @return the invitation's language, or {@code null} for the contract's default */
    public CultureName getCultureName() {
        return cultureName;
    }

    /** @param cultureName the invitation's language; {@code null} for the contract's default */
    public void setCultureName(CultureName cultureName) {
        if (cultureName == CultureName.UNKNOWN_TO_SDK_VERSION) {
            throw new IllegalArgumentException("cultureName cannot be UNKNOWN_TO_SDK_VERSION: it has no wire value");
        }
        this.cultureName = cultureName;
    }

    @Override
    public String toString() {
        return ModelFormat.of(this).field("ConferenceId", conferenceId).secret("ConferencePassword", conferencePassword)
                .field("CultureName", cultureName).field("Email", email).field("FirstName", firstName)
                .field("LastName", lastName).toString();
    }
}
