package com.orange.api.mmc.internal.transport;

/**
 * The 14 wire operations, with the SDK method that calls each (for logs and messages) and whether the
 * operation only reads: a read may be repeated after any transient failure, a write only when the request
 * provably never reached the service.
 */
public enum Operation {
    ABOUT("about", true),
    CREATE_INSTANTANEOUS_CONFERENCE("createConference", false),
    CREATE_SCHEDULED_CONFERENCE("createConference", false),
    MODIFY_SCHEDULED_CONFERENCE("modifyConference", false),
    DELETE_SCHEDULED_CONFERENCE("deleteConference", false),
    START_SCHEDULED_CONFERENCE("startConference", false),
    JOIN_CONFERENCE("joinConference", false),
    GET_CONFERENCE_DETAILS("getConferenceDetails", true),
    GET_CONFERENCES_LIST("getConferencesList", true),
    GET_LICENCES_USAGE("getLicencesUsage", true),
    CREATE_INSTANTANEOUS_AUDIO_CONFERENCE("createAudioConference", false),
    CREATE_SCHEDULED_AUDIO_CONFERENCE("createAudioConference", false),
    MODIFY_SCHEDULED_AUDIO_CONFERENCE("modifyAudioConference", false),
    START_SCHEDULED_AUDIO_CONFERENCE("startAudioConference", false);

    private final String method;
    private final boolean readOnly;

    Operation(String method, boolean readOnly) {
        this.method = method;
        this.readOnly = readOnly;
    }

    /** @return the {@code Mmc} method that calls this operation */
    public String method() {
        return method;
    }

    /** @return whether repeating the operation cannot change anything on the service */
    public boolean readOnly() {
        return readOnly;
    }
}
