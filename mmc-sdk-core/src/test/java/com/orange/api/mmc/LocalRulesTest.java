package com.orange.api.mmc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import com.orange.api.common.ApiCredentials;
import com.orange.api.mmc.internal.mapping.InvalidWireValue;
import com.orange.api.mmc.model.Attendee;
import com.orange.api.mmc.model.AudioConferenceInfo;
import com.orange.api.mmc.model.ConferenceOptionalParameter;
import com.orange.api.mmc.model.InstantaneousAudioConferenceInfo;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledAudioConferenceInfo;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every rule {@link LocalRules} checks, one row each: the value that breaks it, the manual's code it
 * answers, and the boundary values it accepts. A row with no code is a value that passes.
 */
class LocalRulesTest {

    private static final String OPERATION = "op";
    private static final OffsetDateTime START = OffsetDateTime.of(2030, 1, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    static Stream<Arguments> rules() {
        return Stream.concat(Stream.concat(conferenceRows(), participantRows()),
                Stream.concat(audioRows(), windowRows()));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void eachRuleAnswersTheManualsCode(ThrowingCallable check, String expectedCode) {
        if (expectedCode == null) {
            assertThatCode(check).doesNotThrowAnyException();
            return;
        }
        MmcException e = catchThrowableOfType(MmcException.class, check);

        assertThat(e).as("expected %s", expectedCode).isNotNull();
        assertThat(e.getCode()).isEqualTo(expectedCode);
        assertThat(e.isLocal()).isTrue();
        assertThat(e.getOperation()).isEqualTo(OPERATION);
    }

    /** Characters XML 1.0 cannot carry, in the places a credential may hold them. */
    static Stream<Arguments> credentialsXmlCannotCarry() {
        Stream.Builder<Arguments> rows = Stream.builder();
        String[][] bad = {{"NUL", "sec\u0000ret"}, {"VT", "sec\u000Bret"}, {"U+FFFE", "\uFFFEsecret"},
                {"a trailing lone high surrogate", "secret\uD83D"}};
        for (String setting : new String[] {"accessKey", "accessKeyPassword", "serviceAccount",
                "serviceAccountPassword"}) {
            for (String[] value : bad) {
                rows.add(argumentSet(setting + ", " + value[0], setting, value[1]));
            }
        }
        return rows.build();
    }

    @ParameterizedTest
    @MethodSource("credentialsXmlCannotCarry")
    void aCredentialFollowsTheTextRuleOfEveryFieldNamingTheSettingNeverTheValue(String setting, String value) {
        ApiCredentials credentials = credentials(setting, value);

        InvalidWireValue refused = catchThrowableOfType(InvalidWireValue.class,
                () -> LocalRules.credentials(credentials));

        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.code()).isEqualTo("SDK_INVALID_TEXT");
        assertThat(refused.field()).isEqualTo(setting);
        assertThat(refused.inAnswer()).isFalse();
        assertThat(refused.getMessage()).startsWith(setting + " ").doesNotContain("secret").doesNotContain("sec");
    }

    @ParameterizedTest
    @ValueSource(strings = {"accessKey", "accessKeyPassword", "serviceAccount", "serviceAccountPassword"})
    void aCredentialXmlCarriesPasses(String setting) {
        ApiCredentials credentials = credentials(setting, "s\u00e9cr\u00eat\tw\uD83D\uDE00rd");

        assertThat(LocalRules.credentials(credentials)).isSameAs(credentials);
    }

    private static ApiCredentials credentials(String setting, String value) {
        return new ApiCredentials(setting.equals("accessKey") ? value : "key",
                setting.equals("accessKeyPassword") ? value : "keyPassword",
                setting.equals("serviceAccount") ? value : "account",
                setting.equals("serviceAccountPassword") ? value : "accountPassword");
    }

    private static Stream<Arguments> conferenceRows() {
        return Stream.of(
                argumentSet("valid conference", conference(i -> { }), null),
                argumentSet("name null", conference(i -> i.setName(null)), "MMC_16"),
                argumentSet("name empty", conference(i -> i.setName("")), "MMC_17"),
                argumentSet("name blank", conference(i -> i.setName(" \t")), "MMC_17"),
                argumentSet("password null", conference(i -> i.setPassword(null)), "MMC_18"),
                argumentSet("password empty", conference(i -> i.setPassword("")), "MMC_19"),
                argumentSet("password blank, 3 long", conference(i -> i.setPassword("   ")), "MMC_19"),
                argumentSet("password blank, 4 long", conference(i -> i.setPassword("    ")), "MMC_19"),
                argumentSet("password 3 characters", conference(i -> i.setPassword("abc")), "MMC_20"),
                argumentSet("password 4 characters", conference(i -> i.setPassword("abcd")), null),
                argumentSet("audioType with audioConfEnabled", conference(i -> {
                    i.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_TYPE, "Apac");
                    i.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CONF_ENABLED, "true");
                }), "MMC_140"),
                argumentSet("scheduled, valid", scheduled(START, START.plusHours(1)), null),
                argumentSet("scheduled, start equals end", scheduled(START, START), null),
                argumentSet("scheduled, start null", scheduled(null, START), "MMC_36"),
                argumentSet("scheduled, end null", scheduled(START, null), "MMC_37"),
                argumentSet("scheduled, end before start", scheduled(START, START.minusSeconds(1)), "MMC_38"),
                argumentSet("connection password null", password(null), "MMC_25"),
                argumentSet("connection password empty", password(""), "MMC_26"),
                argumentSet("connection password blank", password("    "), "MMC_26"),
                argumentSet("connection password 3 characters", password("abc"), "MMC_27"),
                argumentSet("connection password 4 characters", password("abcd"), null));
    }

    private static Stream<Arguments> participantRows() {
        return Stream.of(
                argumentSet("valid participant", participant("f", "l", "a@b.c", "abcd"), null),
                argumentSet("first name null", participant(null, "l", "a@b.c", "abcd"), "MMC_8"),
                argumentSet("first name blank", participant(" ", "l", "a@b.c", "abcd"), "MMC_9"),
                argumentSet("last name null", participant("f", null, "a@b.c", "abcd"), "MMC_10"),
                argumentSet("last name blank", participant("f", "", "a@b.c", "abcd"), "MMC_11"),
                argumentSet("mail null", participant("f", "l", null, "abcd"), "MMC_12"),
                argumentSet("mail blank", participant("f", "l", " ", "abcd"), "MMC_13"),
                argumentSet("mail without at sign", participant("f", "l", "a.b.c", "abcd"), "MMC_14"),
                argumentSet("mail without dot in domain", participant("f", "l", "a@b", "abcd"), "MMC_14"),
                argumentSet("mail with space", participant("f", "l", "a b@c.d", "abcd"), "MMC_14"),
                argumentSet("mail ending in a dot", participant("f", "l", "a@b.", "abcd"), "MMC_14"),
                argumentSet("participant password 3 characters", participant("f", "l", "a@b.c", "abc"), "MMC_27"));
    }

    private static Stream<Arguments> audioRows() {
        Attendee valid = new Attendee("+33123456789", "f", "l", "a@b.c");
        return Stream.of(
                argumentSet("valid audio conference", audio(i -> { }), null),
                argumentSet("audio name null", audio(i -> i.setName(null)), "MMC_502"),
                argumentSet("audio name blank", audio(i -> i.setName(" ")), "MMC_503"),
                argumentSet("audio password null", audio(i -> i.setPassword(null)), "MMC_531"),
                argumentSet("audio password empty", audio(i -> i.setPassword("")), "MMC_532"),
                argumentSet("audio password blank", audio(i -> i.setPassword("    ")), "MMC_532"),
                argumentSet("audio password 3 characters", audio(i -> i.setPassword("abc")), "MMC_533"),
                argumentSet("host null", audio(i -> i.setHost(null)), "MMC_504"),
                argumentSet("host first name null", audio(i -> i.setHost(new Attendee("+33123456789", null, "l",
                        "a@b.c"))), "MMC_506"),
                argumentSet("host first name blank", audio(i -> i.setHost(new Attendee("+33123456789", " ", "l",
                        "a@b.c"))), "MMC_508"),
                argumentSet("host last name null", audio(i -> i.setHost(new Attendee("+33123456789", "f", null,
                        "a@b.c"))), "MMC_510"),
                argumentSet("host last name blank", audio(i -> i.setHost(new Attendee("+33123456789", "f", "",
                        "a@b.c"))), "MMC_512"),
                argumentSet("host mail null", audio(i -> i.setHost(new Attendee("+33123456789", "f", "l", null))),
                        "MMC_514"),
                argumentSet("host mail blank", audio(i -> i.setHost(new Attendee("+33123456789", "f", "l", ""))),
                        "MMC_516"),
                argumentSet("host phone null", audio(i -> i.setHost(new Attendee(null, "f", "l", "a@b.c"))),
                        "MMC_518"),
                argumentSet("host phone blank", audio(i -> i.setHost(new Attendee(" ", "f", "l", "a@b.c"))),
                        "MMC_520"),
                argumentSet("attendee null", audio(i -> i.getAttendees().add(null)), "MMC_505"),
                argumentSet("attendee first name null", audio(i -> i.getAttendees().add(new Attendee("+33123456789",
                        null, "l", "a@b.c"))), "MMC_507"),
                argumentSet("attendee first name blank", audio(i -> i.getAttendees().add(new Attendee("+33123456789",
                        "", "l", "a@b.c"))), "MMC_509"),
                argumentSet("attendee last name null", audio(i -> i.getAttendees().add(new Attendee("+33123456789",
                        "f", null, "a@b.c"))), "MMC_511"),
                argumentSet("attendee last name blank", audio(i -> i.getAttendees().add(new Attendee("+33123456789",
                        "f", " ", "a@b.c"))), "MMC_513"),
                argumentSet("attendee mail null", audio(i -> i.getAttendees().add(new Attendee("+33123456789", "f",
                        "l", null))), "MMC_515"),
                argumentSet("attendee mail blank", audio(i -> i.getAttendees().add(new Attendee("+33123456789", "f",
                        "l", " "))), "MMC_517"),
                argumentSet("attendee phone null", audio(i -> i.getAttendees().add(new Attendee(null, "f", "l",
                        "a@b.c"))), "MMC_519"),
                argumentSet("attendee phone blank", audio(i -> i.getAttendees().add(new Attendee("", "f", "l",
                        "a@b.c"))), "MMC_521"),
                argumentSet("second attendee checked too", audio(i -> {
                    i.getAttendees().add(valid);
                    i.getAttendees().add(new Attendee("+33123456789", "f", "l", null));
                }), "MMC_515"),
                argumentSet("real duration 0", audio(i -> i.setRealDuration(0)), "MMC_542"),
                argumentSet("real duration negative", audio(i -> i.setRealDuration(-1)), "MMC_542"),
                argumentSet("real duration 1 minute", audio(i -> i.setRealDuration(1)), null),
                argumentSet("real duration 24 hours", audio(i -> i.setRealDuration(24 * 60)), null),
                argumentSet("real duration 24 hours and a minute", audio(i -> i.setRealDuration(24 * 60 + 1)),
                        "MMC_542"),
                argumentSet("audio audioType with audioConfEnabled", audio(i -> {
                    i.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_TYPE, "Apac");
                    i.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CONF_ENABLED, "true");
                }), "MMC_140"),
                argumentSet("scheduled audio, valid", scheduledAudio(START, START.plusHours(1)), null),
                argumentSet("scheduled audio, start null", scheduledAudio(null, START), "MMC_528"),
                argumentSet("scheduled audio, end null", scheduledAudio(START, null), "MMC_529"),
                argumentSet("scheduled audio, end before start", scheduledAudio(START, START.minusMinutes(1)),
                        "MMC_530"));
    }

    private static Stream<Arguments> windowRows() {
        return Stream.of(
                argumentSet("list window, start equals end", call(() -> LocalRules.listWindow(START, START,
                        OPERATION)), null),
                argumentSet("list window, end before start", call(() -> LocalRules.listWindow(START,
                        START.minusSeconds(1), OPERATION)), "MMC_88"),
                argumentSet("licence window, start equals end", call(() -> LocalRules.licenceWindow(START, START,
                        OPERATION)), null),
                argumentSet("licence window, end before start", call(() -> LocalRules.licenceWindow(START,
                        START.minusSeconds(1), OPERATION)), "MMC_110"));
    }

    private static ThrowingCallable conference(Consumer<InstantaneousConferenceInfo> change) {
        InstantaneousConferenceInfo info = new InstantaneousConferenceInfo("name", "abcd");
        change.accept(info);
        return () -> LocalRules.conferenceInfo(info, OPERATION);
    }

    private static ThrowingCallable scheduled(OffsetDateTime start, OffsetDateTime end) {
        ScheduledConferenceInfo info = new ScheduledConferenceInfo("name", "abcd", start, end);
        return () -> LocalRules.conferenceInfo(info, OPERATION);
    }

    private static ThrowingCallable password(String password) {
        return () -> LocalRules.conferencePassword(password, OPERATION);
    }

    private static ThrowingCallable participant(String first, String last, String mail, String password) {
        ParticipantInfo info = new ParticipantInfo(first, last, mail, 1, password);
        return () -> LocalRules.participantInfo(info, OPERATION);
    }

    private static ThrowingCallable audio(Consumer<AudioConferenceInfo> change) {
        InstantaneousAudioConferenceInfo info = new InstantaneousAudioConferenceInfo();
        fill(info);
        change.accept(info);
        return () -> LocalRules.audioConferenceInfo(info, OPERATION);
    }

    private static ThrowingCallable scheduledAudio(OffsetDateTime start, OffsetDateTime end) {
        ScheduledAudioConferenceInfo info = new ScheduledAudioConferenceInfo();
        fill(info);
        info.setStartDate(start);
        info.setEndDate(end);
        return () -> LocalRules.audioConferenceInfo(info, OPERATION);
    }

    private static void fill(AudioConferenceInfo info) {
        info.setName("name");
        info.setPassword("abcd");
        info.setHost(new Attendee("+33123456780", "h", "o", "h@o.st"));
        info.setRealDuration(60);
    }

    private static ThrowingCallable call(ThrowingCallable check) {
        return check;
    }
}
