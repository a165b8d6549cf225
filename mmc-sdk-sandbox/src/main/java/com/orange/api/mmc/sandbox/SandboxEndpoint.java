package com.orange.api.mmc.sandbox;

import com.orange.api.common.GatewayError;
import com.orange.api.mmc.MmcError;
import com.orange.api.mmc.sandbox.ConferenceRegistry.Booking;
import com.orange.api.mmc.sandbox.ConferenceRegistry.Invitation;
import com.orange.api.mmc.sandbox.ConferenceRegistry.Line;
import com.orange.api.mmc.sandbox.ConferenceRegistry.Purpose;
import com.orange.api.mmc.webservice.Attendee;
import com.orange.api.mmc.webservice.ApplicationContext;
import com.orange.api.mmc.webservice.AudioConference;
import com.orange.api.mmc.webservice.AudioConferenceInput;
import com.orange.api.mmc.webservice.Conference;
import com.orange.api.mmc.webservice.ConferenceConnection;
import com.orange.api.mmc.webservice.ConferenceList;
import com.orange.api.mmc.webservice.CreateInstantaneousAudioConferenceInput;
import com.orange.api.mmc.webservice.CreateScheduledAudioConferenceInput;
import com.orange.api.mmc.webservice.GetConferenceDetailsInput;
import com.orange.api.mmc.webservice.GetConferencesListInput;
import com.orange.api.mmc.webservice.GetLicencesUsageInput;
import com.orange.api.mmc.webservice.InstantaneousConferenceInfo;
import com.orange.api.mmc.webservice.LicenceUsage;
import com.orange.api.mmc.webservice.MmcServiceFault;
import com.orange.api.mmc.webservice.ModifyScheduledAudioConferenceInput;
import com.orange.api.mmc.webservice.MultimediaConferencePortType;
import com.orange.api.mmc.webservice.Parameter;
import com.orange.api.mmc.webservice.Parameters;
import com.orange.api.mmc.webservice.Participant;
import com.orange.api.mmc.webservice.ParticipantInfo;
import com.orange.api.mmc.webservice.ScheduledAudioConferenceInfo;
import com.orange.api.mmc.webservice.ScheduledConferenceInfo;
import com.orange.api.mmc.webservice.StartScheduledAudioConferenceInput;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The server side of the MMC contract: the generated port interface, implemented over
 * {@link ConferenceRegistry} and {@link SandboxRules}. Every operation takes the same steps, written once in
 * {@link #serve} and {@link ConferenceRegistry}: authenticate the ApplicationContext header, refuse a missing
 * input with its code, check the input in the order the manual's codes suggest, find the conference it names,
 * then answer under that conference's lock. Metro reaches it through
 * {@link com.orange.api.mmc.sandbox.internal.MetroEndpoint}; it is not part of the sandbox's API.
 */
final class SandboxEndpoint implements MultimediaConferencePortType {

    /** The release {@code about} answers, as the manual's first project prints it. */
    static final String VERSION = "V1.4";
    /** The audio bridge's dial-in number, the manual's. */
    static final String AUDIO_ACCESS_NUMBER = "+33149945060";
    /**
     * The visibility of a conference booked without one: every conference of the manual's GetConferencesList
     * sample carries {@code conferenceVisibility}, {@code Public} for those whose samples never set it.
     */
    static final String DEFAULT_VISIBILITY = "Public";

    private final ConferenceRegistry registry;
    private final Map<String, SandboxAccount> accounts;
    private final String portalUrl;
    private final int subscribedLicences;
    private final Map<String, Duration> autoLaunchPeriods;

    /**
     * @param autoLaunchPeriods the {@code conferenceAutoLaunchedDuration} values the service knows, each with its
     *                          period of anticipation; empty when none is declared
     */
    SandboxEndpoint(ConferenceRegistry registry, Map<String, SandboxAccount> accounts, String portalUrl,
            int subscribedLicences, Map<String, Duration> autoLaunchPeriods) {
        this.registry = registry;
        this.accounts = Map.copyOf(accounts);
        this.portalUrl = portalUrl;
        this.subscribedLicences = subscribedLicences;
        this.autoLaunchPeriods = Map.copyOf(autoLaunchPeriods);
    }

    /** What an operation does once its caller is authenticated and its input is present. */
    private interface Operation<T> {
        T run(SandboxAccount caller) throws MmcServiceFault;
    }

    /**
     * The steps every operation starts with: authenticates the caller (MMC_50 to MMC_81), refuses a missing
     * input with {@code missing} (when the operation has an input), then runs the operation. A value that is not
     * of its schema type ({@code abc} for an {@code xsd:long}) is answered as the gateway's schema validation
     * refuses it: {@code REQ.SCHEMA_VALIDATION_ERROR} (table A.5).
     */
    private <T> T serve(ApplicationContext context, Object input, MmcError missing, Operation<T> operation)
            throws MmcServiceFault {
        try {
            return checked(context, input, missing, operation);
        } catch (SandboxValues.Unreadable e) {
            throw Faults.of(GatewayError.REQ_SCHEMA_VALIDATION_ERROR, e.getMessage());
        }
    }

    private <T> T checked(ApplicationContext context, Object input, MmcError missing, Operation<T> operation)
            throws MmcServiceFault {
        SandboxAccount caller = SandboxRules.authenticate(context, accounts);
        if (missing != null && input == null) {
            throw Faults.of(missing);
        }
        return operation.run(caller);
    }

    /** Runs {@code action} under the lock of the conference a checked connection names, for {@code purpose}. */
    private <T> T onConnection(ConferenceConnection connection, SandboxAccount caller, Purpose purpose,
            ConferenceRegistry.Action<T> action) throws MmcServiceFault {
        return registry.connect(SandboxValues.id(connection.getId()), connection.getPassword(), caller, purpose,
                action);
    }

    @Override
    public String about(ApplicationContext applicationContext) throws MmcServiceFault {
        return serve(applicationContext, null, null, caller -> VERSION);
    }

    @Override
    public Conference createInstantaneousConference(InstantaneousConferenceInfo info, ApplicationContext context)
            throws MmcServiceFault {
        return serve(context, info, MmcError.MMC_15, caller -> {
            SandboxRules.conferenceInfo(info.getName(), info.getPassword());
            Map<String, String> parameters = SandboxRules.parameters(info.getParameters(), false);
            SandboxRules.allowed(parameters, caller.rules(), false);
            return registry.create(caller, false, false, made -> {
                made.name = info.getName();
                made.password = info.getPassword();
                made.parameters = kept(parameters);
            }, this::created);
        });
    }

    @Override
    public Conference createScheduledConference(ScheduledConferenceInfo info, ApplicationContext context)
            throws MmcServiceFault {
        return serve(context, info, MmcError.MMC_15, caller -> {
            Map<String, String> parameters = checkScheduled(info, caller);
            Duration anticipation = anticipation(parameters);
            return registry.create(caller, false, true,
                    made -> fillScheduled(made, info, kept(parameters), anticipation), this::created);
        });
    }

    @Override
    public Conference modifyScheduledConference(ConferenceConnection connection, ScheduledConferenceInfo info,
            ApplicationContext context) throws MmcServiceFault {
        return serve(context, connection, MmcError.MMC_23, caller -> {
            SandboxRules.connection(connection);
            if (info == null) {
                throw Faults.of(MmcError.MMC_15);
            }
            Map<String, String> parameters = checkScheduled(info, caller);
            Duration anticipation = anticipation(parameters);
            return onConnection(connection, caller, Purpose.MANAGE, booking -> {
                registry.requireNotStarted(booking);
                fillScheduled(booking, info, kept(parameters, booking.parameters), anticipation);
                Conference answer = new Conference();
                answer.setId(Long.toString(booking.id));
                answer.setPassword(booking.password);
                return answer;
            });
        });
    }

    @Override
    public void deleteScheduledConference(ConferenceConnection connection, ApplicationContext context)
            throws MmcServiceFault {
        serve(context, connection, MmcError.MMC_23, caller -> {
            SandboxRules.connection(connection);
            return onConnection(connection, caller, Purpose.MANAGE, booking -> {
                registry.delete(booking);
                return booking;
            });
        });
    }

    @Override
    public Conference startScheduledConference(ConferenceConnection connection, ApplicationContext context)
            throws MmcServiceFault {
        return serve(context, connection, MmcError.MMC_23, caller -> {
            SandboxRules.connection(connection);
            return onConnection(connection, caller, Purpose.MANAGE, booking -> {
                registry.start(booking);
                Conference answer = new Conference();
                answer.setId(Long.toString(booking.id));
                answer.setUrl(startUrl(booking));
                return answer;
            });
        });
    }

    @Override
    public Participant joinConference(ParticipantInfo info, ApplicationContext context) throws MmcServiceFault {
        return serve(context, info, MmcError.MMC_7, caller -> {
            SandboxRules.participant(info);
            String culture = SandboxRules.cultureName(info.getParameters());
            return onConnection(info.getConferenceConnection(), caller, Purpose.JOIN, booking -> {
                registry.requireJoinable(booking);
                Invitation invitation = registry.invite(booking.id, info.getFirstName(), info.getLastName(),
                        info.getMail(), culture);
                Participant participant = new Participant();
                participant.setId(Long.toString(invitation.id()));
                participant.setCultureName(culture);
                participant.setConferenceUrl(portalUrl + "/join?participant=" + invitation.id() + "&token="
                        + invitation.token());
                return participant;
            });
        });
    }

    @Override
    public Conference getConferenceDetails(GetConferenceDetailsInput input, ApplicationContext context)
            throws MmcServiceFault {
        return serve(context, input, MmcError.MMC_102, caller -> {
            Long conferenceId = SandboxValues.id(input.getConferenceID());
            if (conferenceId == null || conferenceId <= 0) {
                throw Faults.of(MmcError.MMC_103);
            }
            return registry.details(conferenceId, caller, booking -> {
                Conference conference = described(booking, true);
                conference.setAccessCode(booking.accessCode);
                conference.setOrigin("Odn");
                return conference;
            });
        });
    }

    @Override
    public ConferenceList getConferencesList(GetConferencesListInput input, ApplicationContext context)
            throws MmcServiceFault {
        return serve(context, input, MmcError.MMC_85, caller -> {
            OffsetDateTime from = SandboxValues.read(input.getStartDateTime());
            OffsetDateTime to = SandboxValues.read(input.getEndDateTime());
            SandboxRules.listWindow(from, to, registry.now());
            ConferenceList list = new ConferenceList();
            list.getConference().addAll(registry.list(caller, from, to, SandboxValues.id(input.getHostID()),
                    booking -> described(booking, false)));
            return list;
        });
    }

    @Override
    public LicenceUsage getLicencesUsage(GetLicencesUsageInput input, ApplicationContext context)
            throws MmcServiceFault {
        return serve(context, input, MmcError.MMC_107, caller -> {
            OffsetDateTime from = SandboxValues.read(input.getStartDateTime());
            OffsetDateTime to = SandboxValues.read(input.getEndDateTime());
            SandboxRules.licenceWindow(from, to, registry.now());
            int peak = registry.peakConcurrency(caller, from.toInstant(), to.toInstant());
            LicenceUsage usage = new LicenceUsage();
            usage.setMaxConcurrentConnections(Integer.toString(peak));
            usage.setSubscribedLicencesCount(Integer.toString(subscribedLicences));
            usage.setUsageRate((subscribedLicences == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(peak * 100L).divide(BigDecimal.valueOf(subscribedLicences), 2,
                            RoundingMode.HALF_UP).stripTrailingZeros()).toPlainString());
            return usage;
        });
    }

    @Override
    public AudioConference createInstantaneousAudioConference(CreateInstantaneousAudioConferenceInput input,
            ApplicationContext context) throws MmcServiceFault {
        return serve(context, input, MmcError.MMC_500, caller -> {
            AudioConferenceInput audio = input.getAudioConferenceInput();
            SandboxRules.audioInput(audio);
            Map<String, String> parameters = SandboxRules.parameters(audio.getParameters(), true);
            SandboxRules.allowed(parameters, caller.rules(), true);
            return registry.create(caller, true, false, made -> fillAudio(made, audio, parameters), this::audioAnswer);
        });
    }

    @Override
    public AudioConference createScheduledAudioConference(CreateScheduledAudioConferenceInput input,
            ApplicationContext context) throws MmcServiceFault {
        return serve(context, input, MmcError.MMC_526, caller -> {
            AudioSlot audio = checkScheduledAudio(input.getAudioConferenceInput(),
                    input.getScheduledAudioConferenceInfo(), caller);
            return registry.create(caller, true, true, audio::fill, this::audioAnswer);
        });
    }

    @Override
    public AudioConference modifyScheduledAudioConference(ModifyScheduledAudioConferenceInput input,
            ApplicationContext context) throws MmcServiceFault {
        return serve(context, input, MmcError.MMC_537, caller -> {
            ConferenceConnection connection = input.getAudioconferenceConnection();
            SandboxRules.connection(connection);
            AudioSlot audio = checkScheduledAudio(input.getAudioConferenceInput(),
                    input.getScheduledAudioConferenceInfo(), caller);
            return onConnection(connection, caller, Purpose.MANAGE_AUDIO, booking -> {
                registry.requireNotStarted(booking);
                String roomNumber = booking.parameters.get("audioRoomNumber");
                audio.fill(booking);
                booking.parameters.put("audioRoomNumber", roomNumber);
                return audioAnswer(booking);
            });
        });
    }

    @Override
    public AudioConference startScheduledAudioConference(StartScheduledAudioConferenceInput input,
            ApplicationContext context) throws MmcServiceFault {
        return serve(context, input, MmcError.MMC_543, caller -> {
            ConferenceConnection connection = input.getAudioconferenceConnection();
            SandboxRules.connection(connection);
            return onConnection(connection, caller, Purpose.MANAGE_AUDIO, booking -> {
                registry.start(booking);
                AudioConference answer = new AudioConference();
                answer.setId(Long.toString(booking.id));
                return answer;
            });
        });
    }

    // ----- helpers -----

    /**
     * Checks a scheduled conference's info (name, password, slot, parameters, the options the caller's contract
     * allows); returns its parameters.
     */
    private Map<String, String> checkScheduled(ScheduledConferenceInfo info, SandboxAccount caller)
            throws MmcServiceFault {
        SandboxRules.conferenceInfo(info.getName(), info.getPassword());
        SandboxRules.slot(SandboxValues.read(info.getStartDateTime()), SandboxValues.read(info.getEndDateTime()),
                registry.now(), MmcError.MMC_36, MmcError.MMC_37, MmcError.MMC_38);
        Map<String, String> parameters = SandboxRules.parameters(info.getParameters(), false);
        SandboxRules.allowed(parameters, caller.rules(), false);
        return parameters;
    }

    /**
     * The period of anticipation a {@code conferenceAutoLaunchedDuration} names (the manual's "autostart periods
     * of anticipation"): the manual prints none of its values, so the sandbox knows those the builder declares
     * and answers {@code MMC_93} for another; without declared values it accepts any and launches at the start.
     */
    private Duration anticipation(Map<String, String> parameters) throws MmcServiceFault {
        String value = parameters.get("conferenceAutoLaunchedDuration");
        if (value == null || autoLaunchPeriods.isEmpty()) {
            return Duration.ZERO;
        }
        Duration period = autoLaunchPeriods.get(value);
        if (period == null) {
            throw Faults.of(MmcError.MMC_93);
        }
        return period;
    }

    private static void fillScheduled(Booking booking, ScheduledConferenceInfo info, Map<String, String> parameters,
            Duration anticipation) {
        booking.anticipation = anticipation;
        booking.name = info.getName();
        booking.password = info.getPassword();
        booking.start = SandboxValues.read(info.getStartDateTime());
        booking.end = SandboxValues.read(info.getEndDateTime());
        booking.parameters = parameters;
    }

    /** A checked scheduled audio conference: its input, parameters and slot, ready to fill a booking. */
    private record AudioSlot(AudioConferenceInput input, Map<String, String> parameters, OffsetDateTime start,
            OffsetDateTime end) {
        void fill(Booking booking) {
            fillAudio(booking, input, parameters);
            booking.start = start;
            booking.end = end;
        }
    }

    private AudioSlot checkScheduledAudio(AudioConferenceInput input, ScheduledAudioConferenceInfo slot,
            SandboxAccount caller) throws MmcServiceFault {
        SandboxRules.audioInput(input);
        if (slot == null) {
            throw Faults.of(MmcError.MMC_527);
        }
        OffsetDateTime start = SandboxValues.read(slot.getStartDateTime());
        OffsetDateTime end = SandboxValues.read(slot.getEndDateTime());
        SandboxRules.slot(start, end, registry.now(), MmcError.MMC_528, MmcError.MMC_529, MmcError.MMC_530);
        Map<String, String> parameters = SandboxRules.parameters(input.getParameters(), true);
        SandboxRules.allowed(parameters, caller.rules(), true);
        return new AudioSlot(input, parameters, start, end);
    }

    private static void fillAudio(Booking booking, AudioConferenceInput audio, Map<String, String> parameters) {
        booking.name = audio.getAudioConferenceName();
        booking.password = audio.getAudioConferencePassword();
        List<Line> lines = new ArrayList<>();
        lines.add(line(audio.getAudioConferenceHost()));
        if (audio.getAudioConferenceAttendeesList() != null) {
            audio.getAudioConferenceAttendeesList().getAttendee().forEach(attendee -> lines.add(line(attendee)));
        }
        booking.lines = List.copyOf(lines);
        booking.parameters = new LinkedHashMap<>(parameters);
        booking.parameters.putIfAbsent("conferenceVisibility", DEFAULT_VISIBILITY);
        booking.parameters.putIfAbsent("audioAccessNumber", AUDIO_ACCESS_NUMBER);
        booking.parameters.putIfAbsent("audioRoomNumber", roomNumber());
    }

    private static Line line(Attendee attendee) {
        return new Line(attendee.getAttendeeFirstName() + " " + attendee.getAttendeeLastName(),
                attendee.getAttendeePhoneNumber());
    }

    /** What an audio creation or modification answers: identifier, password, pilot URL, the bridge's numbers. */
    private AudioConference audioAnswer(Booking booking) {
        AudioConference answer = new AudioConference();
        answer.setId(Long.toString(booking.id));
        answer.setPassword(booking.password);
        answer.setUrl(portalUrl + "/audio?id=" + booking.id + "&token=" + booking.token);
        answer.setParameters(parameters(booking.parameters, "audioAccessNumber", "audioRoomNumber"));
        return answer;
    }

    /** What a creation answers: identifier, password, start URL and, with audio, the bridge's numbers. */
    private Conference created(Booking booking) {
        Conference conference = new Conference();
        conference.setId(Long.toString(booking.id));
        conference.setPassword(booking.password);
        conference.setUrl(startUrl(booking));
        if (booking.parameters.containsKey("audioRoomNumber")) {
            conference.setParameters(parameters(booking.parameters, "audioAccessNumber", "audioRoomNumber"));
        }
        return conference;
    }

    /** What details and lists describe: everything but the password and the URL. */
    private Conference described(Booking booking, boolean details) {
        Conference conference = new Conference();
        conference.setId(Long.toString(booking.id));
        conference.setHostFirstName(booking.owner.serviceAccount());
        conference.setHostLastName(booking.owner.serviceAccount());
        conference.setHostLogin(booking.owner.serviceAccount());
        conference.setName(booking.name);
        conference.setStartDateTime(SandboxValues.write(booking.scheduled ? booking.start
                : booking.startOrCreation().atOffset(ZoneOffset.UTC)));
        if (booking.scheduled) {
            conference.setEndDateTime(SandboxValues.write(booking.end));
        }
        conference.setState(booking.wireState());
        conference.setType(booking.scheduled ? "Scheduled" : "Instantaneous");
        Map<String, String> shown = AnswerParameters.shown(booking.parameters, details);
        conference.setParameters(parameters(shown, shown.keySet().toArray(String[]::new)));
        return conference;
    }

    private String startUrl(Booking booking) {
        return portalUrl + "/start?id=" + booking.id + "&token=" + booking.token;
    }

    private static Map<String, String> kept(Map<String, String> parameters) {
        return kept(parameters, Map.of());
    }

    /**
     * The parameters a conference keeps: those booked, the visibility {@value #DEFAULT_VISIBILITY} when none was
     * booked, and the bridge's numbers when audio is asked for, keeping the room number it already has.
     */
    private static Map<String, String> kept(Map<String, String> parameters, Map<String, String> previous) {
        Map<String, String> result = new LinkedHashMap<>(parameters);
        result.putIfAbsent("conferenceVisibility", DEFAULT_VISIBILITY);
        boolean audio = "true".equalsIgnoreCase(parameters.get("audioConfEnabled")) || parameters.containsKey("audioType");
        if (audio) {
            result.putIfAbsent("audioAccessNumber", AUDIO_ACCESS_NUMBER);
            result.putIfAbsent("audioRoomNumber", previous.getOrDefault("audioRoomNumber", roomNumber()));
        }
        return result;
    }

    private static String roomNumber() {
        return String.valueOf(770000 + ThreadLocalRandom.current().nextInt(10000));
    }

    private static Parameters parameters(Map<String, String> values, String... keys) {
        Parameters parameters = new Parameters();
        for (String key : keys) {
            if (values.containsKey(key)) {
                Parameter parameter = new Parameter();
                parameter.setKey(key);
                parameter.setValue(values.get(key));
                parameters.getParameter().add(parameter);
            }
        }
        return parameters;
    }
}
