package com.orange.api.mmc.model;

/**
 * The keys of a conference's optional parameters, sent in {@code parameters} and printed by the samples as
 * {@code [Parameter]} blocks. The manual's samples use {@code audioConfEnabled}, {@code conferenceVisibility},
 * {@code audioCulture} and {@code audioType}; its error table names the others.
 */
public enum ConferenceOptionalParameter implements WireValue {
    /** {@code true} or {@code false}: add an audio bridge to a web conference. */
    AUDIO_CONF_ENABLED("audioConfEnabled"),
    /** {@link ConferenceVisibility}: {@code Public} or {@code Private}. */
    CONFERENCE_VISIBILITY("conferenceVisibility"),
    /** {@link AudioType} of the bridge. */
    AUDIO_TYPE("audioType"),
    /** {@link CultureName} of the audio bridge's announcements. */
    AUDIO_CULTURE("audioCulture"),
    /** Phone number to dial into the audio bridge (returned by the service). */
    AUDIO_ACCESS_NUMBER("audioAccessNumber"),
    /** Room number of the audio bridge (returned by the service). */
    AUDIO_ROOM_NUMBER("audioRoomNumber"),
    /** Access code of the audio bridge. */
    AUDIO_CODE("audioCode"),
    /** {@link ConferenceWebcamMode}. */
    CONFERENCE_WEBCAM("conferenceWebcam"),
    /** {@link ConferenceChatMode}. */
    CONFERENCE_CHAT("conferenceChat"),
    /** {@code True} or {@code False}: the conference launches itself; goes with the next key. */
    CONFERENCE_AUTO_LAUNCHED("conferenceAutoLaunched"),
    /** {@link ConferenceAutoLaunchedDuration}: how early it launches itself. */
    CONFERENCE_AUTO_LAUNCHED_DURATION("conferenceAutoLaunchedDuration"),
    /** {@link CultureName} of a participant's invitation. */
    CULTURE_NAME("cultureName"),
    /**
     * A key of an answer this version of the SDK does not know. It has no wire spelling, so it is never sent:
     * a conference info's {@code getOptionalParameters()} refuses it with {@link IllegalArgumentException}.
     */
    UNKNOWN_TO_SDK_VERSION(null);

    private final String wireValue;

    ConferenceOptionalParameter(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** @return the key for a wire spelling; {@link #UNKNOWN_TO_SDK_VERSION} when unknown; null for null */
    public static ConferenceOptionalParameter fromWireValue(String value) {
        return WireValue.fromWireValue(ConferenceOptionalParameter.class, value);
    }

    @Override
    public String toString() {
        return wireValue == null ? name() : wireValue;
    }
}
