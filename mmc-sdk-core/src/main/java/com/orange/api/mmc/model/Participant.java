package com.orange.api.mmc.model;

/**
 * An invited participant: identifier, language, and the URL they open to join the conference. Immutable.
 */
public final class Participant {

    private final long identifier;
    private final String cultureName;
    private final String conferenceUrl;

    /**
     * @param cultureName the language as the service spells it ({@code en-US}), or {@code null}
     */
    public Participant(long identifier, String cultureName, String conferenceUrl) {
        this.identifier = identifier;
        this.cultureName = cultureName;
        this.conferenceUrl = conferenceUrl;
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

    @Override
    public String toString() {
        return ModelFormat.of(this).field("ConferenceUrl", conferenceUrl).field("CultureName", cultureName)
                .field("Identifier", identifier).toString();
    }
}
