package com.orange.api.mmc.wiremock;

import java.util.EnumMap;
import java.util.Map;

/**
 * The WSDL operations as their requests carry them: the wrapper element (also the {@code SOAPAction},
 * {@code urn:<name>}) and where each field a stub or a verification can match sits under it. The one
 * definition of those paths for {@link MmcStubs} and {@link MmcRequests}.
 */
enum WireOperation {
    ABOUT("about"),
    CREATE_INSTANTANEOUS_CONFERENCE("createInstantaneousConference",
            Field.NAME, "m:instantaneousConferenceInfo/m:name"),
    CREATE_SCHEDULED_CONFERENCE("createScheduledConference",
            Field.NAME, "m:scheduledConferenceInfo/m:name",
            Field.START_DATE, "m:scheduledConferenceInfo/m:startDateTime",
            Field.END_DATE, "m:scheduledConferenceInfo/m:endDateTime"),
    MODIFY_SCHEDULED_CONFERENCE("modifyScheduledConference",
            Field.CONFERENCE_ID, "m:conferenceConnection/m:id",
            Field.NAME, "m:scheduledConferenceInfo/m:name",
            Field.START_DATE, "m:scheduledConferenceInfo/m:startDateTime",
            Field.END_DATE, "m:scheduledConferenceInfo/m:endDateTime"),
    DELETE_SCHEDULED_CONFERENCE("deleteScheduledConference",
            Field.CONFERENCE_ID, "m:conferenceConnection/m:id"),
    START_SCHEDULED_CONFERENCE("startScheduledConference",
            Field.CONFERENCE_ID, "m:conferenceConnection/m:id"),
    JOIN_CONFERENCE("joinConference",
            Field.CONFERENCE_ID, "m:participantInfo/m:conferenceConnection/m:id",
            Field.EMAIL, "m:participantInfo/m:mail"),
    GET_CONFERENCE_DETAILS("getConferenceDetails",
            Field.CONFERENCE_ID, "m:getConferenceDetailsInput/m:conferenceID"),
    GET_CONFERENCES_LIST("getConferencesList",
            Field.START_DATE, "m:getConferencesListInput/m:startDateTime",
            Field.END_DATE, "m:getConferencesListInput/m:endDateTime",
            Field.HOST_ID, "m:getConferencesListInput/m:hostID"),
    GET_LICENCES_USAGE("getLicencesUsage",
            Field.START_DATE, "m:getLicencesUsageInput/m:startDateTime",
            Field.END_DATE, "m:getLicencesUsageInput/m:endDateTime"),
    CREATE_INSTANTANEOUS_AUDIO_CONFERENCE("createInstantaneousAudioConference",
            Field.NAME, "m:createInstantaneousAudioConferenceInput/m:audioConferenceInput/m:audioConferenceName"),
    CREATE_SCHEDULED_AUDIO_CONFERENCE("createScheduledAudioConference",
            Field.NAME, "m:createScheduledAudioConferenceInput/m:audioConferenceInput/m:audioConferenceName",
            Field.START_DATE, "m:createScheduledAudioConferenceInput/m:scheduledAudioConferenceInfo/m:startDateTime",
            Field.END_DATE, "m:createScheduledAudioConferenceInput/m:scheduledAudioConferenceInfo/m:endDateTime"),
    MODIFY_SCHEDULED_AUDIO_CONFERENCE("modifyScheduledAudioConference",
            Field.CONFERENCE_ID, "m:modifyScheduledAudioConferenceInput/m:audioconferenceConnection/m:id",
            Field.NAME, "m:modifyScheduledAudioConferenceInput/m:audioConferenceInput/m:audioConferenceName",
            Field.START_DATE, "m:modifyScheduledAudioConferenceInput/m:scheduledAudioConferenceInfo/m:startDateTime",
            Field.END_DATE, "m:modifyScheduledAudioConferenceInput/m:scheduledAudioConferenceInfo/m:endDateTime"),
    START_SCHEDULED_AUDIO_CONFERENCE("startScheduledAudioConference",
            Field.CONFERENCE_ID, "m:startScheduledAudioConferenceInput/m:audioconferenceConnection/m:id");

    /** A request field that stubs and verifications match on. */
    enum Field {
        NAME, CONFERENCE_ID, START_DATE, END_DATE, EMAIL, HOST_ID
    }

    private final String wireName;
    private final Map<Field, String> paths = new EnumMap<>(Field.class);

    WireOperation(String wireName, Object... fieldsAndPaths) {
        this.wireName = wireName;
        for (int i = 0; i < fieldsAndPaths.length; i += 2) {
            paths.put((Field) fieldsAndPaths[i], (String) fieldsAndPaths[i + 1]);
        }
    }

    /** @return the WSDL operation name */
    String wireName() {
        return wireName;
    }

    /** @return the XPath of {@code field} in this operation's request ({@code soap:} and {@code m:} prefixes) */
    String path(Field field) {
        String path = paths.get(field);
        if (path == null) {
            throw new IllegalStateException(wireName + " has no " + field);
        }
        return "/soap:Envelope/soap:Body/m:" + wireName + "/" + path;
    }
}
