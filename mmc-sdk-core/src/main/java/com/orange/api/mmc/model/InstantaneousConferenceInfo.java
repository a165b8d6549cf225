package com.orange.api.mmc.model;

/** What the service needs to create a conference that starts at once. */
public final class InstantaneousConferenceInfo extends ConferenceInfo {

    /**
     * @param name     the conference name, not empty
     * @param password the conference password, at least four characters
     */
    public InstantaneousConferenceInfo(String name, String password) {
        super(name, password);
    }
}
