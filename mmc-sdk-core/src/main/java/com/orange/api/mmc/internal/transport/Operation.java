package com.orange.api.mmc.internal.transport;

/**
 * The 14 wire operations, with the SDK method that calls each (for logs and messages) and whether the
 * operation only reads: a read may be repeated after any transient failure, a write only when the request
 * provably never reached the service.
 */
public enum Operation {
    ABOUT("about", "about", true),
    CREATE_INSTANTANEOUS_CONFERENCE("createConference", "createInstantaneousConference", false),
    CREATE_SCHEDULED_CONFERENCE("createConference", "createScheduledConference", false),
    MODIFY_SCHEDULED_CONFERENCE("modifyConference", "modifyScheduledConference", false),
    DELETE_SCHEDULED_CONFERENCE("deleteConference", "deleteScheduledConference", false),
    START_SCHEDULED_CONFERENCE("startConference", "startScheduledConference", false),
    JOIN_CONFERENCE("joinConference", "joinConference", false),
    GET_CONFERENCE_DETAILS("getConferenceDetails", "getConferenceDetails", true),
    GET_CONFERENCES_LIST("getConferencesList", "getConferencesList", true),
    GET_LICENCES_USAGE("getLicencesUsage", "getLicencesUsage", true),
    CREATE_INSTANTANEOUS_AUDIO_CONFERENCE("createAudioConference", "createInstantaneousAudioConference", false),
    CREATE_SCHEDULED_AUDIO_CONFERENCE("createAudioConference", "createScheduledAudioConference", false),
    MODIFY_SCHEDULED_AUDIO_CONFERENCE("modifyAudioConference", "modifyScheduledAudioConference", false),
    START_SCHEDULED_AUDIO_CONFERENCE("startAudioConference", "startScheduledAudioConference", false);

    private final String method;
    private final String wireName;
    private final boolean readOnly;

    Operation(String method, String wireName, boolean readOnly) {
        this.method = method;
        this.wireName = wireName;
        this.readOnly = readOnly;
    }

    /** @return the {@code Mmc} method that calls this operation */
    public String method() {
        return method;
    }

    /** @return the WSDL operation name (what interceptors and metrics report as the operation) */
    public String wireName() {
        return wireName;
    }

    /** @return whether repeating the operation cannot change anything on the service */
    public boolean readOnly() {
        return readOnly;
    }
}
