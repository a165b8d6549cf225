package com.orange.api.mmc.model;

/**
 * An invited participant: identifier, language, the URL they open to join the conference, and the conference
 * they were invited to. Immutable.
 */
public final class Participant {

    private final long identifier;
    private final String cultureName;
    private final String conferenceUrl;
    private final long conferenceId;

    /**
     * A participant whose conference is not known ({@link #getConferenceId()} is 0).
     *
     * @param cultureName the language as the service spells it ({@code en-US}), or {@code null}
     */
    public Participant(long identifier, String cultureName, String conferenceUrl) {
        this(identifier, cultureName, conferenceUrl, 0);
    }

    /**
     * @param cultureName  the language as the service spells it ({@code en-US}), or {@code null}
     * @param conferenceId the conference the participant was invited to, 0 when not known
     */
    public Participant(long identifier, String cultureName, String conferenceUrl, long conferenceId) {
        this.identifier = identifier;
        this.cultureName = cultureName;
        this.conferenceUrl = conferenceUrl;
        this.conferenceId = conferenceId;
    }

    public long getIdentifier() {
        return identifier;
    }

    /** @return the language; {@code null} when not sent; {@code UNKNOWN_TO_SDK_VERSION} for a new value */
    public CultureName getCultureName() {
        return CultureName.fromWireValue(cultureName);
    }

    /** @return the language exactly as the service sent it */
    public String getCultureNameValue() {
        return cultureName;
    }

    /** @return the URL the participant opens to join the conference */
    public String getConferenceUrl() {
        return conferenceUrl;
    }

    /**
     * @return the identifier of the conference the participant was invited to (the one
     *         {@code Mmc.joinConference} was given; the service's answer does not repeat it), 0 when not known
     */
    public long getConferenceId() {
        return conferenceId;
    }

    @Override
    public String toString() {
        return ModelFormat.of(this).field("ConferenceUrl", conferenceUrl).field("CultureName", cultureName)
                .field("Identifier", identifier).toString();
    }
}
