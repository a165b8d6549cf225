package com.orange.api.mmc.model;

import java.util.Map;
import java.util.Optional;

/**
 * An audio conference as the service describes it: identifier, password, the URL to pilot it from the web,
 * and parameters such as {@code audioAccessNumber} and {@code audioRoomNumber}. {@code modifyAudioConference}
 * and {@code startAudioConference} update the instance they are given. {@link #toString()} prints the
 * manual's layout with the password masked.
 */
public abstract sealed class AudioConference permits InstantaneousAudioConference, ScheduledAudioConference {

    private long identifier;
    private String password;
    private String url;
    private ServiceParameters parameters = ServiceParameters.NONE;

    protected AudioConference(long identifier, String password) {
        this.identifier = identifier;
        this.password = password;
    }

    public long getIdentifier() {
        return identifier;
    }

    public void setIdentifier(long identifier) {
        this.identifier = identifier;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    /** @return the parameters the service returned, in its order (read-only) */
    public Map<String, String> getParameters() {
        return parameters;
    }

    /**
     * Replaces the parameters with a read-only copy of {@code parameters}, in their order; a map read before
     * keeps the parameters it had.
     */
    public void setParameters(Map<String, String> parameters) {
        this.parameters = ServiceParameters.copyOf(parameters);
    }

    /** @return one parameter's value, for example {@code getParameter(AUDIO_ACCESS_NUMBER)} */
    public Optional<String> getParameter(ConferenceOptionalParameter key) {
        return Optional.ofNullable(parameters.get(key.wireValue()));
    }

    @Override
    public String toString() {
        return ModelFormat.of(this).field("Identifier", identifier).secret("Password", password).field("Url", url)
                .parameters(parameters).toString();
    }
}
