package com.orange.api.mmc.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the service needs to create (or modify) an audio conference: name, password (at least four
 * characters), host, attendees, real duration in minutes (at most 24 hours) and optional parameters
 * ({@code audioCulture}, {@code audioType}). As in the manual, the values are set one by one:
 *
 * <pre>{@code
 * InstantaneousAudioConferenceInfo info = new InstantaneousAudioConferenceInfo();
 * info.getAttendees().add(new Attendee("+33123456789", "joey", "blackey", "joey.blackey@never.land"));
 * info.setHost(new Attendee("+33123456780", "joe", "black", "joe.black@never.land"));
 * info.setName("confname");
 * info.setPassword("confpwd");
 * info.setRealDuration(60);
 * info.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_TYPE, AudioType.APAC.toString());
 * }</pre>
 */
public abstract sealed class AudioConferenceInfo permits InstantaneousAudioConferenceInfo, ScheduledAudioConferenceInfo {

    /** The longest duration the service accepts, in minutes (error code MMC_542). */
    public static final int MAX_REAL_DURATION_MINUTES = 24 * 60;

    private String name;
    private String password;
    private Attendee host;
    private final List<Attendee> attendees = new ArrayList<>();
    private int realDuration;
    private final Map<ConferenceOptionalParameter, String> optionalParameters = new OptionalParameters();

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

    public Attendee getHost() {
        return host;
    }

    public void setHost(Attendee host) {
        this.host = host;
    }

    /** @return the guests, modifiable, in order */
    public List<Attendee> getAttendees() {
        return attendees;
    }

    /** @return the planned duration in minutes */
    public int getRealDuration() {
        return realDuration;
    }

    /** @param realDuration the planned duration in minutes, from 1 to {@value #MAX_REAL_DURATION_MINUTES} */
    public void setRealDuration(int realDuration) {
        this.realDuration = realDuration;
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
        return ModelFormat.of(this).field("Name", name).secret("Password", password).field("Host", host == null ? null
                : host.getFirstName() + " " + host.getLastName()).field("Attendees", attendees.size())
                .field("RealDuration", realDuration);
    }

    @Override
    public String toString() {
        return format().parameters(optionalParameters).toString();
    }
}
