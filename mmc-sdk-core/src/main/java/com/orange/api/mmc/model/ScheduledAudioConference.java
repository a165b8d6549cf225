package com.orange.api.mmc.model;

/**
 * An audio conference booked for a time slot. To modify or start one created earlier, build it from its
 * identifier and password: {@code new ScheduledAudioConference(27500, "confpwd")}.
 */
public final class ScheduledAudioConference extends AudioConference {

    public ScheduledAudioConference(long identifier, String password) {
        super(identifier, password);
    }
}
