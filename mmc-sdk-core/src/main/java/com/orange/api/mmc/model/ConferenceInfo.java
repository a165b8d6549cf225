package com.orange.api.mmc.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the service needs to create (or modify) a web conference: a name, a password of at least four
 * characters, and optional parameters in the order they were added.
 *
 * <pre>{@code
 * InstantaneousConferenceInfo info = new InstantaneousConferenceInfo("weekly", "s3cret");
 * info.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CONF_ENABLED, "true");
 * info.getOptionalParameters().put(ConferenceOptionalParameter.CONFERENCE_VISIBILITY, "Public");
 * }</pre>
 */
public abstract sealed class ConferenceInfo permits InstantaneousConferenceInfo, ScheduledConferenceInfo {

    private String name;
    private String password;
    private final Map<ConferenceOptionalParameter, String> optionalParameters = new LinkedHashMap<>();

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

    /** @return the optional parameters, modifiable, in insertion order */
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
