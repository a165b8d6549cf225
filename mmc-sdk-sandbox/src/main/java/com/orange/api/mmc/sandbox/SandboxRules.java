package com.orange.api.mmc.sandbox;

import com.orange.api.mmc.MmcError;
import com.orange.api.mmc.internal.rules.ValueRules;
import com.orange.api.mmc.model.AudioType;
import com.orange.api.mmc.webservice.ApplicationContext;
import com.orange.api.mmc.webservice.Attendee;
import com.orange.api.mmc.webservice.AudioConferenceInput;
import com.orange.api.mmc.webservice.ConferenceConnection;
import com.orange.api.mmc.webservice.ContextEntry;
import com.orange.api.mmc.webservice.MmcServiceFault;
import com.orange.api.mmc.webservice.Parameter;
import com.orange.api.mmc.webservice.Parameters;
import com.orange.api.mmc.webservice.ParticipantInfo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of the manual's appendix A that need no stored state: the ApplicationContext header, names,
 * passwords, mails, phone numbers, dates against the clock, and the optional parameters. Each broken rule
 * throws the declared fault with its code. Stateful rules (not found, wrong password, not the organizer,
 * wrong state) live in {@link ConferenceRegistry}.
 *
 * <p>The checks run in the order the manual's codes are answered in; the rules on single values are the
 * SDK's local checks ({@code ValueRules}), shared.
 */
final class SandboxRules {

    static final String ACCOUNT_ID_KEY = "Partner_API_Account_ID";
    static final String ACCOUNT_PASSWORD_KEY = "Partner_API_Account_Pwd";

    /** An international number: a plus sign, then 7 to 15 digits (E.164). */
    private static final Pattern PHONE = Pattern.compile("^\\+[1-9][0-9]{6,14}$");
    private static final Set<String> VISIBILITIES = Set.of("Public", "Private");
    private static final Set<String> AUDIO_TYPES = Set.of("Apac", "ConferenceTelephone", "CTNE");
    private static final Set<String> CULTURES = Set.of("en-US", "fr-FR");
    private static final Set<String> CHAT_MODES = Set.of("Participants");
    private static final Set<String> WEBCAM_MODES = Set.of("AirAnyWebcam");

    private SandboxRules() {
    }

    // ----- ApplicationContext -----

    /** @return the account the header names, checked with the manual's MMC_50..MMC_79 codes */
    static SandboxAccount authenticate(ApplicationContext context, Map<String, SandboxAccount> accounts)
            throws MmcServiceFault {
        if (context == null) {
            throw Faults.of(MmcError.MMC_50);
        }
        Optional<String> id = entry(context, ACCOUNT_ID_KEY);
        Optional<String> password = entry(context, ACCOUNT_PASSWORD_KEY);
        if (id.isEmpty()) {
            throw Faults.of(MmcError.MMC_52);
        }
        if (password.isEmpty()) {
            throw Faults.of(MmcError.MMC_53);
        }
        if (id.get().isBlank()) {
            throw Faults.of(MmcError.MMC_57);
        }
        if (password.get().isBlank()) {
            throw Faults.of(MmcError.MMC_58);
        }
        SandboxAccount account = accounts.get(id.get());
        if (account == null) {
            throw Faults.of(MmcError.MMC_79);
        }
        if (!account.password().equals(password.get())) {
            throw Faults.of(MmcError.MMC_78);
        }
        if (account.blocked()) {
            throw Faults.of(MmcError.MMC_80);
        }
        if (account.rules().isBlocked()) {
            throw Faults.of(MmcError.MMC_81);
        }
        return account;
    }

    /**
     * Checks checked parameters against what the caller's contract allows (appendix A): audio ({@code MMC_75}),
     * its type ({@code MMC_131} ConferenceTelephone, {@code MMC_132} CTNE, {@code MMC_73} Apac, the type that
     * {@code audioConfEnabled=true} and an audio conference without a type book), auto-launch ({@code MMC_98}),
     * webcam ({@code MMC_101}) and chat ({@code MMC_135}).
     *
     * @param audioConference true for an audio conference, which is audio whatever its parameters
     */
    static void allowed(Map<String, String> values, SandboxContract contract, boolean audioConference)
            throws MmcServiceFault {
        boolean audio = audioConference || "true".equalsIgnoreCase(values.get("audioConfEnabled"))
                || values.containsKey("audioType");
        if (audio && !contract.allowsAudio()) {
            throw Faults.of(MmcError.MMC_75);
        }
        AudioType type = audio ? AudioType.fromWireValue(values.getOrDefault("audioType", AudioType.APAC.wireValue()))
                : null;
        if (type != null && !contract.audioTypes().contains(type)) {
            throw Faults.of(switch (type) {
                case CONFERENCE_TELEPHONE -> MmcError.MMC_131;
                case CTNE -> MmcError.MMC_132;
                default -> MmcError.MMC_73;
            });
        }
        if ("true".equalsIgnoreCase(values.get("conferenceAutoLaunched")) && !contract.allowsAutoLaunch()) {
            throw Faults.of(MmcError.MMC_98);
        }
        if (values.containsKey("conferenceWebcam") && !contract.allowsWebcam()) {
            throw Faults.of(MmcError.MMC_101);
        }
        if (values.containsKey("conferenceChat") && !contract.allowsChat()) {
            throw Faults.of(MmcError.MMC_135);
        }
    }

    /**
     * The bridge's numbers a caller brings: they need an audio type (MMC_130); a ConferenceTelephone bridge needs
     * its access number (MMC_128) and code (MMC_127), a CTNE bridge also its room number (MMC_129).
     */
    private static void audioNumbers(Map<String, String> values) throws MmcServiceFault {
        String type = values.get("audioType");
        if (type == null && (values.containsKey("audioAccessNumber") || values.containsKey("audioRoomNumber")
                || values.containsKey("audioCode"))) {
            throw Faults.of(MmcError.MMC_130);
        }
        if ("ConferenceTelephone".equals(type) || "CTNE".equals(type)) {
            if (!values.containsKey("audioAccessNumber")) {
                throw Faults.of(MmcError.MMC_128);
            }
            if ("CTNE".equals(type) && !values.containsKey("audioRoomNumber")) {
                throw Faults.of(MmcError.MMC_129);
            }
            if (!values.containsKey("audioCode")) {
                throw Faults.of(MmcError.MMC_127);
            }
        }
    }

    /** An entry that is present yields its value, an empty string when the value is absent. */
    private static Optional<String> entry(ApplicationContext context, String key) {
        for (ContextEntry entry : context.getEntry()) {
            if (entry != null && key.equals(entry.getKey())) {
                return Optional.of(entry.getValue() == null ? "" : entry.getValue());
            }
        }
        return Optional.empty();
    }

    // ----- Web conferences -----

    static void conferenceInfo(String name, String password) throws MmcServiceFault {
        text(name, MmcError.MMC_16, MmcError.MMC_17);
        // A password of blanks is empty (MMC_19 EmptyConferenceInfoInputPassword), not too short (MMC_20): the
        // SDK's rule, defined once in ValueRules.
        password(password, MmcError.MMC_18, MmcError.MMC_19, MmcError.MMC_20);
    }

    /** The slot of a scheduled conference: both in the future, start before end. */
    static void slot(OffsetDateTime start, OffsetDateTime end, Instant now, MmcError startCode, MmcError endCode,
            MmcError orderCode) throws MmcServiceFault {
        if (start == null || start.toInstant().isBefore(now)) {
            throw Faults.of(startCode);
        }
        if (end == null || end.toInstant().isBefore(now)) {
            throw Faults.of(endCode);
        }
        if (start.isAfter(end)) {
            throw Faults.of(orderCode);
        }
    }

    static void connection(ConferenceConnection connection) throws MmcServiceFault {
        if (connection == null) {
            throw Faults.of(MmcError.MMC_23);
        }
        if (connection.getId() == null) {
            throw Faults.of(MmcError.MMC_24);
        }
        password(connection.getPassword(), MmcError.MMC_25, MmcError.MMC_26, MmcError.MMC_27);
    }

    /**
     * Checks the optional parameters of a web or audio conference and returns them in order.
     *
     * @param audioOnly true for an audio conference, where {@code audioConfEnabled} makes no sense
     */
    static Map<String, String> parameters(Parameters parameters, boolean audioOnly) throws MmcServiceFault {
        Map<String, String> values = asMap(parameters);
        check(values, "audioConfEnabled", MmcError.MMC_66, MmcError.MMC_67, v -> v.equalsIgnoreCase("true")
                || v.equalsIgnoreCase("false"));
        check(values, "conferenceVisibility", MmcError.MMC_90, MmcError.MMC_89, VISIBILITIES::contains);
        check(values, "audioType", MmcError.MMC_123, MmcError.MMC_112, AUDIO_TYPES::contains);
        check(values, "audioCulture", MmcError.MMC_141, MmcError.MMC_111, CULTURES::contains);
        check(values, "conferenceChat", MmcError.MMC_133, MmcError.MMC_134, CHAT_MODES::contains);
        check(values, "conferenceWebcam", MmcError.MMC_99, MmcError.MMC_100, WEBCAM_MODES::contains);
        check(values, "conferenceAutoLaunched", MmcError.MMC_91, MmcError.MMC_92, v -> v.equalsIgnoreCase("true")
                || v.equalsIgnoreCase("false"));
        // Which values are valid is the service's list, which the manual does not print: the endpoint checks a
        // value against those the sandbox was given (MMC_93).
        check(values, "conferenceAutoLaunchedDuration", MmcError.MMC_94, MmcError.MMC_93, v -> true);
        check(values, "audioAccessNumber", MmcError.MMC_124, MmcError.MMC_113, v -> PHONE.matcher(v).matches());
        check(values, "audioRoomNumber", MmcError.MMC_125, MmcError.MMC_114, v -> v.matches("[0-9]+"));
        check(values, "audioCode", MmcError.MMC_126, MmcError.MMC_115, v -> v.matches("[0-9]+"));
        boolean autoLaunched = values.containsKey("conferenceAutoLaunched");
        boolean autoLaunchedOn = "true".equalsIgnoreCase(values.get("conferenceAutoLaunched"));
        if (values.containsKey("conferenceAutoLaunchedDuration") && !autoLaunched) {
            throw Faults.of(MmcError.MMC_95);
        }
        if (autoLaunchedOn && !values.containsKey("conferenceAutoLaunchedDuration")) {
            throw Faults.of(MmcError.MMC_96);
        }
        if (values.containsKey("audioType") && values.containsKey("audioConfEnabled")) {
            throw Faults.of(MmcError.MMC_140);
        }
        if ("ConferenceTelephone".equals(values.get("audioType")) && values.containsKey("audioRoomNumber")) {
            throw Faults.of(MmcError.MMC_136);
        }
        if ("Apac".equals(values.get("audioType")) && (values.containsKey("audioCode")
                || values.containsKey("audioAccessNumber") || values.containsKey("audioRoomNumber"))) {
            throw Faults.of(MmcError.MMC_137);
        }
        audioNumbers(values);
        return values;
    }

    /** The invitation language of a participant: absent is allowed, present must be a known culture. */
    static String cultureName(Parameters parameters) throws MmcServiceFault {
        if (parameters == null) {
            return null;
        }
        Map<String, String> values = asMap(parameters);
        if (!values.containsKey("cultureName")) {
            throw Faults.of(MmcError.MMC_63);
        }
        String culture = values.get("cultureName");
        if (culture == null || culture.isBlank() || !CULTURES.contains(culture)) {
            throw Faults.of(MmcError.MMC_64);
        }
        return culture;
    }

    static void participant(ParticipantInfo info) throws MmcServiceFault {
        if (info == null) {
            throw Faults.of(MmcError.MMC_7);
        }
        text(info.getFirstName(), MmcError.MMC_8, MmcError.MMC_9);
        text(info.getLastName(), MmcError.MMC_10, MmcError.MMC_11);
        broken(ValueRules.mail(info.getMail(), MmcError.MMC_12, MmcError.MMC_13, MmcError.MMC_14));
        connection(info.getConferenceConnection());
    }

    /** A list window: both dates between T - 6 months and T + 1 year, start not after end. */
    static void listWindow(OffsetDateTime start, OffsetDateTime end, Instant now) throws MmcServiceFault {
        OffsetDateTime t = now.atOffset(ZoneOffset.UTC);
        within(start, t.minusMonths(6), t.plusYears(1), MmcError.MMC_86);
        within(end, t.minusMonths(6), t.plusYears(1), MmcError.MMC_87);
        if (start.isAfter(end)) {
            throw Faults.of(MmcError.MMC_88);
        }
    }

    /** A licence window: both dates between T - 1 year and T - 1 day, start not after end. */
    static void licenceWindow(OffsetDateTime start, OffsetDateTime end, Instant now) throws MmcServiceFault {
        OffsetDateTime t = now.atOffset(ZoneOffset.UTC);
        within(start, t.minusYears(1), t.minusDays(1), MmcError.MMC_108);
        within(end, t.minusYears(1), t.minusDays(1), MmcError.MMC_109);
        if (start.isAfter(end)) {
            throw Faults.of(MmcError.MMC_110);
        }
    }

    private static void within(OffsetDateTime value, OffsetDateTime from, OffsetDateTime to, MmcError code)
            throws MmcServiceFault {
        if (value == null || value.isBefore(from) || value.isAfter(to)) {
            throw Faults.of(code);
        }
    }

    // ----- Audio conferences -----

    static void audioInput(AudioConferenceInput input) throws MmcServiceFault {
        if (input == null) {
            throw Faults.of(MmcError.MMC_501);
        }
        text(input.getAudioConferenceName(), MmcError.MMC_502, MmcError.MMC_503);
        password(input.getAudioConferencePassword(), MmcError.MMC_531, MmcError.MMC_532, MmcError.MMC_533);
        Attendee host = input.getAudioConferenceHost();
        if (host == null) {
            throw Faults.of(MmcError.MMC_504);
        }
        text(host.getAttendeeFirstName(), MmcError.MMC_506, MmcError.MMC_508);
        text(host.getAttendeeLastName(), MmcError.MMC_510, MmcError.MMC_512);
        text(host.getAttendeeMail(), MmcError.MMC_514, MmcError.MMC_516);
        text(host.getAttendeePhoneNumber(), MmcError.MMC_518, MmcError.MMC_520);
        if (!PHONE.matcher(host.getAttendeePhoneNumber()).matches()) {
            throw Faults.of(MmcError.MMC_522);
        }
        if (input.getAudioConferenceAttendeesList() != null) {
            for (Attendee attendee : input.getAudioConferenceAttendeesList().getAttendee()) {
                if (attendee == null) {
                    throw Faults.of(MmcError.MMC_505);
                }
                text(attendee.getAttendeeFirstName(), MmcError.MMC_507, MmcError.MMC_509);
                text(attendee.getAttendeeLastName(), MmcError.MMC_511, MmcError.MMC_513);
                text(attendee.getAttendeeMail(), MmcError.MMC_515, MmcError.MMC_517);
                text(attendee.getAttendeePhoneNumber(), MmcError.MMC_519, MmcError.MMC_521);
                if (!PHONE.matcher(attendee.getAttendeePhoneNumber()).matches()) {
                    throw Faults.of(MmcError.MMC_523);
                }
            }
        }
        // MMC_542 InvalidRealDuration, the manual's only code for the field, for a duration that is missing, not
        // positive or over 24 hours: the SDK's rule, defined once in ValueRules.
        broken(ValueRules.realDuration(input.getRealDuration()));
    }

    // ----- helpers -----

    private static Map<String, String> asMap(Parameters parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        if (parameters != null) {
            for (Parameter parameter : parameters.getParameter()) {
                if (parameter != null && parameter.getKey() != null) {
                    values.put(parameter.getKey(), parameter.getValue());
                }
            }
        }
        return values;
    }

    private interface Valid {
        boolean test(String value);
    }

    private static void check(Map<String, String> values, String key, MmcError empty, MmcError bad, Valid valid)
            throws MmcServiceFault {
        if (!values.containsKey(key)) {
            return;
        }
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            throw Faults.of(empty);
        }
        if (!valid.test(value)) {
            throw Faults.of(bad);
        }
    }

    private static void text(String value, MmcError missing, MmcError empty) throws MmcServiceFault {
        broken(ValueRules.text(value, missing, empty));
    }

    private static void password(String value, MmcError missing, MmcError empty, MmcError tooShort)
            throws MmcServiceFault {
        broken(ValueRules.password(value, missing, empty, tooShort));
    }

    private static void broken(Optional<MmcError> rule) throws MmcServiceFault {
        if (rule.isPresent()) {
            throw Faults.of(rule.get());
        }
    }
}
