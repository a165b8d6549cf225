package com.orange.api.mmc.model;

import java.util.Map;

/**
 * What the service needs to create (or modify) a web conference: a name, a password of at least four
 * characters, and optional parameters in the order they were added.
 *
 * <pre>{@code
 * InstantaneousConferenceInfo info = new InstantaneousConferenceInfo("weekly", "s3cret");
 * info.setEnableAudio(true);                       // the manual's EnableAudio: audioConfEnabled=true
 * info.getOptionalParameters().put(ConferenceOptionalParameter.CONFERENCE_VISIBILITY, "Public");
 * }</pre>
 */
public abstract sealed class ConferenceInfo permits InstantaneousConferenceInfo, ScheduledConferenceInfo {

    private String name;
    private String password;
    private final Map<ConferenceOptionalParameter, String> optionalParameters = new OptionalParameters();

    protected ConferenceInfo(String name, String password) {
        this.name = name;
        this.password = password;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /**
     * Adds or removes the conference's audio bridge: the manual's {@code EnableAudio} property ("Add audio support
     * by using the EnableAudio property"), which the service reads as the optional parameter
     * {@link ConferenceOptionalParameter#AUDIO_CONF_ENABLED} ({@code audioConfEnabled}), {@code true} or
     * {@code false} as the manual's samples write it. Setting it replaces any {@code audioConfEnabled} value
     * already in {@link #getOptionalParameters()}; the service refuses it beside an {@code audioType} (MMC_140).
     *
     * @param enableAudio true to book an audio bridge with the conference, false to book none
     */
    public void setEnableAudio(boolean enableAudio) {
        optionalParameters.put(ConferenceOptionalParameter.AUDIO_CONF_ENABLED, Boolean.toString(enableAudio));
    }

    /**
     * @return true when the optional parameters ask for an audio bridge ({@code audioConfEnabled} is
     *         {@code true}, in any case), false when they hold {@code false}, another value or no such key
     */
    public boolean isEnableAudio() {
        return Boolean.parseBoolean(optionalParameters.get(ConferenceOptionalParameter.AUDIO_CONF_ENABLED));
    }

    /**
     * @return the optional parameters, modifiable, in insertion order; adding a null key throws
     *         {@link NullPointerException}, adding {@link ConferenceOptionalParameter#UNKNOWN_TO_SDK_VERSION}
     *         {@link IllegalArgumentException}: neither can be sent
     */
    public Map<ConferenceOptionalParameter, String> getOptionalParameters() {
        return optionalParameters;
    }

    ModelFormat format() {
        return ModelFormat.of(this).field("Name", name).secret("Password", password);
    }

    @Override
    public String toString() {
        return format().parameters(optionalParameters).toString();
    }
}
