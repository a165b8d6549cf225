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
import com.orange.api.mmc.webservice.ModifyScheduledAudioConferenceInput;
import com.orange.api.mmc.webservice.StartScheduledAudioConferenceInput;
import com.orange.api.mmc.webservice.GetConferenceDetailsInput;
import com.orange.api.mmc.webservice.GetConferencesListInput;
import com.orange.api.mmc.webservice.GetLicencesUsageInput;
import com.orange.api.mmc.webservice.Parameter;
import com.orange.api.mmc.webservice.Parameters;

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
        wire.setName(RejectedInput.text(info.getName(), "instantaneousConferenceInfo/name"));
        wire.setPassword(RejectedInput.text(info.getPassword(), "instantaneousConferenceInfo/password"));
        wire.setParameters(parameters(info.getOptionalParameters(), "instantaneousConferenceInfo"));
        return wire;
    }

    public static com.orange.api.mmc.webservice.ScheduledConferenceInfo scheduled(ScheduledConferenceInfo info) {
        com.orange.api.mmc.webservice.ScheduledConferenceInfo wire = new com.orange.api.mmc.webservice.ScheduledConferenceInfo();
        wire.setName(RejectedInput.text(info.getName(), "scheduledConferenceInfo/name"));
        wire.setPassword(RejectedInput.text(info.getPassword(), "scheduledConferenceInfo/password"));
        wire.setStartDateTime(date(info.getStartDate(), "scheduledConferenceInfo/startDateTime"));
        wire.setEndDateTime(date(info.getEndDate(), "scheduledConferenceInfo/endDateTime"));
        wire.setParameters(parameters(info.getOptionalParameters(), "scheduledConferenceInfo"));
        return wire;
    }

    public static ConferenceConnection connection(long id, String password) {
        ConferenceConnection connection = new ConferenceConnection();
        connection.setId(id);
        connection.setPassword(RejectedInput.text(password, "conferenceConnection/password"));
        return connection;
    }

    public static com.orange.api.mmc.webservice.ParticipantInfo participant(ParticipantInfo info) {
        com.orange.api.mmc.webservice.ParticipantInfo wire = new com.orange.api.mmc.webservice.ParticipantInfo();
        wire.setFirstName(RejectedInput.text(info.getFirstName(), "participantInfo/firstName"));
        wire.setLastName(RejectedInput.text(info.getLastName(), "participantInfo/lastName"));
        wire.setMail(RejectedInput.text(info.getEmail(), "participantInfo/mail"));
        wire.setConferenceConnection(connection(info.getConferenceId(), info.getConferencePassword()));
        if (info.getCultureName() != null) {
            wire.setParameters(parameters(Map.of(ConferenceOptionalParameter.CULTURE_NAME,
                    info.getCultureName().wireValue()), "participantInfo"));
        }
        return wire;
    }

    public static GetConferenceDetailsInput details(long conferenceId) {
        GetConferenceDetailsInput input = new GetConferenceDetailsInput();
        input.setConferenceID(conferenceId);
        return input;
    }

    public static GetConferencesListInput list(OffsetDateTime start, OffsetDateTime end, Long hostId) {
        GetConferencesListInput input = new GetConferencesListInput();
        input.setStartDateTime(date(start, "getConferencesListInput/startDateTime"));
        input.setEndDateTime(date(end, "getConferencesListInput/endDateTime"));
        input.setHostID(hostId);
        return input;
    }

    public static GetLicencesUsageInput licences(OffsetDateTime start, OffsetDateTime end) {
        GetLicencesUsageInput input = new GetLicencesUsageInput();
        input.setStartDateTime(date(start, "getLicencesUsageInput/startDateTime"));
        input.setEndDateTime(date(end, "getLicencesUsageInput/endDateTime"));
        return input;
    }

    public static AudioConferenceInput audio(AudioConferenceInfo info) {
        AudioConferenceInput input = new AudioConferenceInput();
        input.setAudioConferenceName(RejectedInput.text(info.getName(), "audioConferenceInput/audioConferenceName"));
        input.setAudioConferencePassword(RejectedInput.text(info.getPassword(),
                "audioConferenceInput/audioConferencePassword"));
        input.setAudioConferenceHost(attendee(info.getHost(), "audioConferenceInput/audioConferenceHost"));
        AttendeesList attendees = new AttendeesList();
        for (int i = 0; i < info.getAttendees().size(); i++) {
            attendees.getAttendee().add(attendee(info.getAttendees().get(i),
                    "audioConferenceInput/audioConferenceAttendeesList/attendee[" + (i + 1) + "]"));
        }
        input.setAudioConferenceAttendeesList(attendees);
        input.setRealDuration(info.getRealDuration());
        input.setParameters(parameters(info.getOptionalParameters(), "audioConferenceInput"));
        return input;
    }

    public static com.orange.api.mmc.webservice.ScheduledAudioConferenceInfo audioSlot(ScheduledAudioConferenceInfo info) {
        com.orange.api.mmc.webservice.ScheduledAudioConferenceInfo slot = new com.orange.api.mmc.webservice.ScheduledAudioConferenceInfo();
        slot.setStartDateTime(date(info.getStartDate(), "scheduledAudioConferenceInfo/startDateTime"));
        slot.setEndDateTime(date(info.getEndDate(), "scheduledAudioConferenceInfo/endDateTime"));
        return slot;
    }

    /** The wrapper of {@code createInstantaneousAudioConference}. */
    public static CreateInstantaneousAudioConferenceInput createInstantaneousAudio(
            InstantaneousAudioConferenceInfo info) {
        CreateInstantaneousAudioConferenceInput input = new CreateInstantaneousAudioConferenceInput();
        input.setAudioConferenceInput(audio(info));
        return input;
    }

    /** The wrapper of {@code createScheduledAudioConference}. */
    public static CreateScheduledAudioConferenceInput createScheduledAudio(ScheduledAudioConferenceInfo info) {
        CreateScheduledAudioConferenceInput input = new CreateScheduledAudioConferenceInput();
        input.setAudioConferenceInput(audio(info));
        input.setScheduledAudioConferenceInfo(audioSlot(info));
        return input;
    }

    /** The wrapper of {@code modifyScheduledAudioConference}. */
    public static ModifyScheduledAudioConferenceInput modifyScheduledAudio(long id, String password,
            ScheduledAudioConferenceInfo info) {
        ModifyScheduledAudioConferenceInput input = new ModifyScheduledAudioConferenceInput();
        input.setAudioconferenceConnection(connection(id, password));
        input.setAudioConferenceInput(audio(info));
        input.setScheduledAudioConferenceInfo(audioSlot(info));
        return input;
    }

    /** The wrapper of {@code startScheduledAudioConference}. */
    public static StartScheduledAudioConferenceInput startScheduledAudio(long id, String password) {
        StartScheduledAudioConferenceInput input = new StartScheduledAudioConferenceInput();
        input.setAudioconferenceConnection(connection(id, password));
        return input;
    }

    private static com.orange.api.mmc.webservice.Attendee attendee(Attendee attendee, String field) {
        com.orange.api.mmc.webservice.Attendee wire = new com.orange.api.mmc.webservice.Attendee();
        wire.setAttendeeFirstName(RejectedInput.text(attendee.getFirstName(), field + "/attendeeFirstName"));
        wire.setAttendeeLastName(RejectedInput.text(attendee.getLastName(), field + "/attendeeLastName"));
        wire.setAttendeeMail(RejectedInput.text(attendee.getEmail(), field + "/attendeeMail"));
        wire.setAttendeePhoneNumber(RejectedInput.text(attendee.getPhoneNumber(), field + "/attendeePhoneNumber"));
        return wire;
    }

    /** The same instant as xsd:dateTime, or {@link RejectedInput#INVALID_DATE} naming the field. */
    private static javax.xml.datatype.XMLGregorianCalendar date(OffsetDateTime value, String field) {
        try {
            return WireDates.toWire(value);
        } catch (IllegalArgumentException e) {
            throw new RejectedInput(RejectedInput.INVALID_DATE, field, "the date cannot be sent: its " + e.getMessage());
        }
    }

    private static Parameters parameters(Map<ConferenceOptionalParameter, String> optional, String field) {
        if (optional.isEmpty()) {
            return null;
        }
        Parameters parameters = new Parameters();
        optional.forEach((key, value) -> {
            Parameter parameter = new Parameter();
            parameter.setKey(key.wireValue());
            parameter.setValue(RejectedInput.text(value, field + "/parameters/" + key.wireValue()));
            parameters.getParameter().add(parameter);
        });
        return parameters;
    }
}
