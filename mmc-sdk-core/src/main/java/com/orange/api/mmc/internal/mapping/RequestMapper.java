package com.orange.api.mmc.internal.mapping;

import com.orange.api.common.ApiCredentials;
import com.orange.api.mmc.model.Attendee;
import com.orange.api.mmc.model.AudioConferenceInfo;
import com.orange.api.mmc.model.ConferenceOptionalParameter;
import com.orange.api.mmc.model.InstantaneousAudioConferenceInfo;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledAudioConferenceInfo;
import com.orange.api.mmc.model.ScheduledConferenceInfo;
import com.orange.api.mmc.webservice.ApplicationContext;
import com.orange.api.mmc.webservice.AttendeesList;
import com.orange.api.mmc.webservice.AudioConferenceInput;
import com.orange.api.mmc.webservice.ConferenceConnection;
import com.orange.api.mmc.webservice.ContextEntry;
import com.orange.api.mmc.webservice.CreateInstantaneousAudioConferenceInput;
import com.orange.api.mmc.webservice.CreateScheduledAudioConferenceInput;
import com.orange.api.mmc.webservice.GetConferenceDetailsInput;
import com.orange.api.mmc.webservice.GetConferencesListInput;
import com.orange.api.mmc.webservice.GetLicencesUsageInput;
import com.orange.api.mmc.webservice.ModifyScheduledAudioConferenceInput;
import com.orange.api.mmc.webservice.Parameter;
import com.orange.api.mmc.webservice.Parameters;
import com.orange.api.mmc.webservice.StartScheduledAudioConferenceInput;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The one place where the model becomes the generated request types. Every operation that sends a
 * structure calls the same method for it (parameters, connections, attendees, dates).
 */
public final class RequestMapper {

    /** ApplicationContext key for the service account. */
    public static final String ACCOUNT_ID_KEY = "Partner_API_Account_ID";
    /** ApplicationContext key for the service account password. */
    public static final String ACCOUNT_PASSWORD_KEY = "Partner_API_Account_Pwd";
    /** Parameter key of a participant's invitation language. */
    static final String CULTURE_NAME_KEY = ConferenceOptionalParameter.CULTURE_NAME.wireValue();

    private RequestMapper() {
    }

    public static ApplicationContext applicationContext(ApiCredentials credentials) {
        ApplicationContext context = new ApplicationContext();
        context.getEntry().add(entry(ACCOUNT_ID_KEY, credentials.serviceAccount()));
        context.getEntry().add(entry(ACCOUNT_PASSWORD_KEY, credentials.serviceAccountPassword()));
        return context;
    }

    private static ContextEntry entry(String key, String value) {
        ContextEntry entry = new ContextEntry();
        entry.setKey(key);
        entry.setValue(value);
        return entry;
    }

    public static com.orange.api.mmc.webservice.InstantaneousConferenceInfo instantaneous(InstantaneousConferenceInfo info) {
        com.orange.api.mmc.webservice.InstantaneousConferenceInfo wire = new com.orange.api.mmc.webservice.InstantaneousConferenceInfo();
        wire.setName(WireText.check("conferenceInfo.name", info.getName()));
        wire.setPassword(WireText.check("conferenceInfo.password", info.getPassword()));
        wire.setParameters(parameters(info.getOptionalParameters()));
        return wire;
    }

    public static com.orange.api.mmc.webservice.ScheduledConferenceInfo scheduled(ScheduledConferenceInfo info) {
        com.orange.api.mmc.webservice.ScheduledConferenceInfo wire = new com.orange.api.mmc.webservice.ScheduledConferenceInfo();
        wire.setName(WireText.check("conferenceInfo.name", info.getName()));
        wire.setPassword(WireText.check("conferenceInfo.password", info.getPassword()));
        wire.setStartDateTime(WireDates.toWire(info.getStartDate(), "conferenceInfo.startDate"));
        wire.setEndDateTime(WireDates.toWire(info.getEndDate(), "conferenceInfo.endDate"));
        wire.setParameters(parameters(info.getOptionalParameters()));
        return wire;
    }

    public static ConferenceConnection connection(long id, String password) {
        ConferenceConnection connection = new ConferenceConnection();
        connection.setId(Long.toString(id));
        connection.setPassword(WireText.check("conference.password", password));
        return connection;
    }

    public static com.orange.api.mmc.webservice.ParticipantInfo participant(ParticipantInfo info) {
        com.orange.api.mmc.webservice.ParticipantInfo wire = new com.orange.api.mmc.webservice.ParticipantInfo();
        wire.setFirstName(WireText.check("participantInfo.firstName", info.getFirstName()));
        wire.setLastName(WireText.check("participantInfo.lastName", info.getLastName()));
        wire.setMail(WireText.check("participantInfo.email", info.getEmail()));
        wire.setConferenceConnection(connection(info.getConferenceId(), info.getConferencePassword()));
        if (info.getCultureName() != null) {
            wire.setParameters(parameters(Map.of(ConferenceOptionalParameter.CULTURE_NAME,
                    info.getCultureName().wireValue())));
        }
        return wire;
    }

    public static GetConferenceDetailsInput details(long conferenceId) {
        GetConferenceDetailsInput input = new GetConferenceDetailsInput();
        input.setConferenceID(Long.toString(conferenceId));
        return input;
    }

    public static GetConferencesListInput list(OffsetDateTime start, OffsetDateTime end, Long hostId) {
        GetConferencesListInput input = new GetConferencesListInput();
        input.setStartDateTime(WireDates.toWire(start, "startDate"));
        input.setEndDateTime(WireDates.toWire(end, "endDate"));
        input.setHostID(WireNumbers.toWire(hostId));
        return input;
    }

    public static GetLicencesUsageInput licences(OffsetDateTime start, OffsetDateTime end) {
        GetLicencesUsageInput input = new GetLicencesUsageInput();
        input.setStartDateTime(WireDates.toWire(start, "startDate"));
        input.setEndDateTime(WireDates.toWire(end, "endDate"));
        return input;
    }

    public static AudioConferenceInput audio(AudioConferenceInfo info) {
        AudioConferenceInput input = new AudioConferenceInput();
        input.setAudioConferenceName(WireText.check("audioConferenceInfo.name", info.getName()));
        input.setAudioConferencePassword(WireText.check("audioConferenceInfo.password", info.getPassword()));
        input.setAudioConferenceHost(attendee(info.getHost(), "audioConferenceInfo.host"));
        AttendeesList attendees = new AttendeesList();
        for (int i = 0; i < info.getAttendees().size(); i++) {
            attendees.getAttendee().add(attendee(info.getAttendees().get(i), "audioConferenceInfo.attendees[" + i + "]"));
        }
        input.setAudioConferenceAttendeesList(attendees);
        input.setRealDuration(info.getRealDuration());
        input.setParameters(parameters(info.getOptionalParameters()));
        return input;
    }

    public static com.orange.api.mmc.webservice.ScheduledAudioConferenceInfo audioSlot(ScheduledAudioConferenceInfo info) {
        com.orange.api.mmc.webservice.ScheduledAudioConferenceInfo slot = new com.orange.api.mmc.webservice.ScheduledAudioConferenceInfo();
        slot.setStartDateTime(WireDates.toWire(info.getStartDate(), "audioConferenceInfo.startDate"));
        slot.setEndDateTime(WireDates.toWire(info.getEndDate(), "audioConferenceInfo.endDate"));
        return slot;
    }

    private static com.orange.api.mmc.webservice.Attendee attendee(Attendee attendee, String field) {
        if (attendee == null) {
            return null;
        }
        com.orange.api.mmc.webservice.Attendee wire = new com.orange.api.mmc.webservice.Attendee();
        wire.setAttendeeFirstName(WireText.check(field + ".firstName", attendee.getFirstName()));
        wire.setAttendeeLastName(WireText.check(field + ".lastName", attendee.getLastName()));
        wire.setAttendeeMail(WireText.check(field + ".email", attendee.getEmail()));
        wire.setAttendeePhoneNumber(WireText.check(field + ".phoneNumber", attendee.getPhoneNumber()));
        return wire;
    }

    private static Parameters parameters(Map<ConferenceOptionalParameter, String> optional) {
        if (optional.isEmpty()) {
            return null;
        }
        Parameters parameters = new Parameters();
        optional.forEach((key, value) -> {
            Parameter parameter = new Parameter();
            parameter.setKey(key.wireValue());
            parameter.setValue(WireText.check("optionalParameters[" + key.wireValue() + "]", value));
            parameters.getParameter().add(parameter);
        });
        return parameters;
    }

    public static CreateInstantaneousAudioConferenceInput createInstantaneousAudio(InstantaneousAudioConferenceInfo info) {
        CreateInstantaneousAudioConferenceInput input = new CreateInstantaneousAudioConferenceInput();
        input.setAudioConferenceInput(audio(info));
        return input;
    }

    public static CreateScheduledAudioConferenceInput createScheduledAudio(ScheduledAudioConferenceInfo info) {
        CreateScheduledAudioConferenceInput input = new CreateScheduledAudioConferenceInput();
        input.setAudioConferenceInput(audio(info));
        input.setScheduledAudioConferenceInfo(audioSlot(info));
        return input;
    }

    public static ModifyScheduledAudioConferenceInput modifyScheduledAudio(long id, String password,
            ScheduledAudioConferenceInfo info) {
        ModifyScheduledAudioConferenceInput input = new ModifyScheduledAudioConferenceInput();
        input.setAudioconferenceConnection(connection(id, password));
        input.setAudioConferenceInput(audio(info));
        input.setScheduledAudioConferenceInfo(audioSlot(info));
        return input;
    }

    public static StartScheduledAudioConferenceInput startScheduledAudio(long id, String password) {
        StartScheduledAudioConferenceInput input = new StartScheduledAudioConferenceInput();
        input.setAudioconferenceConnection(connection(id, password));
        return input;
    }
}
