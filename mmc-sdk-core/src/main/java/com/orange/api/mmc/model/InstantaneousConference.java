package com.orange.api.mmc.model;

/** A conference that started when it was created. */
public final class InstantaneousConference extends Conference {

    public InstantaneousConference(long identifier, String password) {
        super(identifier, password);
    }
}
