package com.orange.api.mmc.model;

/** An audio conference that was open from its creation. */
public final class InstantaneousAudioConference extends AudioConference {

    public InstantaneousAudioConference(long identifier, String password) {
        super(identifier, password);
    }
}
