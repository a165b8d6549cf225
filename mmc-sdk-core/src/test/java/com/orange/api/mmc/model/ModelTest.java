package com.orange.api.mmc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orange.api.mmc.Organizer;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ModelTest {

    private static final OffsetDateTime START = OffsetDateTime.of(2009, 9, 21, 13, 38, 6, 0, ZoneOffset.ofHours(2));

    @Test
    void aScheduledConferencePrintsItsEndDateFirstAndMasksItsPassword() {
        ScheduledConference conference = new ScheduledConference(37893, "your_new_conference_password");
        conference.setEndDate(START.plusHours(2));
        conference.setStartDate(START);
        conference.setParameters(Map.of("audioType", "Apac"));

        assertThat(conference.toString()).isEqualTo("""
                [ScheduledConference]
                  EndDate = '21/09/2009 15:38:06'
                  AccessCode = 'null'
                  HostFirstName = 'null'
                  HostLastName = 'null'
                  HostLogin = 'null'
                  Identifier = '37893'
                  Name = 'null'
                  Origin = 'null'
                  Password = '****'
                  StartDate = '21/09/2009 13:38:06'
                  State = 'null'
                  Type = 'null'
                  Url = 'null'
                  [Parameter]
                    Key = 'audioType'
                    Value = 'Apac'""");
    }

    @Test
    void infosPrintWithoutTheirPasswords() {
        ScheduledConferenceInfo info = new ScheduledConferenceInfo("weekly", "top-secret", START, START.plusHours(1));
        info.getOptionalParameters().put(ConferenceOptionalParameter.CONFERENCE_VISIBILITY, "Public");
        ParticipantInfo participant = new ParticipantInfo("John", "Doe", "john.doe@mailbox.com", 1, "top-secret");
        ScheduledAudioConferenceInfo audio = new ScheduledAudioConferenceInfo();
        audio.setPassword("top-secret");
        Organizer organizer = new Organizer("ak", "ak-top-secret", "sa", "sa-top-secret");

        assertThat(info.toString()).contains("Name = 'weekly'", "Password = '****'", "Key = 'conferenceVisibility'")
                .doesNotContain("top-secret");
        assertThat(participant.toString()).contains("ConferencePassword = '****'").doesNotContain("top-secret");
        assertThat(audio.toString()).doesNotContain("top-secret");
        assertThat(organizer.toString()).contains("AccessKey = 'ak'", "ServiceAccount = 'sa'").doesNotContain("top-secret");
    }

    @Test
    void enumsMapWireValuesLenientlyAndPrintThemAsTheManualDoes() {
        assertThat(AudioType.fromWireValue("Apac")).isEqualTo(AudioType.APAC);
        assertThat(AudioType.APAC.toString()).isEqualTo("Apac");
        assertThat(AudioType.fromWireValue("Skype")).isEqualTo(AudioType.UNKNOWN_TO_SDK_VERSION);
        assertThat(AudioType.fromWireValue(null)).isNull();
        assertThat(CultureName.fromWireValue("fr-FR")).isEqualTo(CultureName.FR_FR);
        assertThat(ConferenceVisibility.fromWireValue("Private")).isEqualTo(ConferenceVisibility.PRIVATE);
        assertThat(ConferenceWebcamMode.fromWireValue("AirAnyWebcam")).isEqualTo(ConferenceWebcamMode.AIR_ANY_WEBCAM);
        assertThat(ConferenceChatMode.fromWireValue("Participants")).isEqualTo(ConferenceChatMode.PARTICIPANTS);
        assertThat(ConferenceAutoLaunchedDuration.fromWireValue("15"))
                .isEqualTo(ConferenceAutoLaunchedDuration.UNKNOWN_TO_SDK_VERSION);
        assertThat(ConferenceOptionalParameter.fromWireValue("audioConfEnabled"))
                .isEqualTo(ConferenceOptionalParameter.AUDIO_CONF_ENABLED);
    }

    @Test
    void aParticipantLanguageMustBeSendable() {
        ParticipantInfo participant = new ParticipantInfo("John", "Doe", "john.doe@mailbox.com", 1, "password");

        assertThatThrownBy(() -> participant.setCultureName(CultureName.UNKNOWN_TO_SDK_VERSION))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cultureName");
    }

    @Test
    void conferenceParametersAreReadOnlyAndOrdered() {
        InstantaneousConference conference = new InstantaneousConference(1, null);
        java.util.LinkedHashMap<String, String> parameters = new java.util.LinkedHashMap<>();
        parameters.put("z", "1");
        parameters.put("a", "2");
        conference.setParameters(parameters);

        assertThat(conference.getParameters().keySet()).containsExactly("z", "a");
        assertThatThrownBy(() -> conference.getParameters().put("b", "3")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> conference.getParameters().remove("z")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> conference.getParameters().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> conference.getParameters().entrySet().iterator().next().setValue("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void conferenceParametersAreACopyThatBehavesAsAMap() {
        java.util.LinkedHashMap<String, String> given = new java.util.LinkedHashMap<>();
        given.put("audioType", "Apac");
        given.put(null, "no key");
        given.put("audioRoomNumber", null);
        ScheduledAudioConference audio = new ScheduledAudioConference(37892, null);
        audio.setParameters(given);
        Map<String, String> read = audio.getParameters();
        given.put("late", "x");

        java.util.Map<String, String> expected = new java.util.HashMap<>(given);
        expected.remove("late");
        assertThat(read).isEqualTo(expected);
        assertThat(expected).isEqualTo(read);
        assertThat(read.hashCode()).isEqualTo(expected.hashCode());
        assertThat(read.keySet()).containsExactly("audioType", null, "audioRoomNumber").doesNotContain("late");
        assertThat(read.get(null)).isEqualTo("no key");
        assertThat(read.containsKey("audioRoomNumber")).isTrue();
        assertThat(read.get("audioRoomNumber")).isNull();
        assertThat(read.containsKey("late")).isFalse();
        assertThat(audio.getParameter(ConferenceOptionalParameter.AUDIO_TYPE)).contains("Apac");
        assertThat(audio.getParameter(ConferenceOptionalParameter.AUDIO_ROOM_NUMBER)).isEmpty();

        audio.setParameters(Map.of());
        assertThat(audio.getParameters()).isEmpty();
        assertThat(read).as("a map read before the change keeps what it had").hasSize(3);
        assertThatThrownBy(() -> audio.setParameters(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("parameters");
    }

    @Test
    void enableAudioIsTheManualsAudioConfEnabledParameter() {
        InstantaneousConferenceInfo info = new InstantaneousConferenceInfo("weekly", "s3cret");
        assertThat(info.isEnableAudio()).as("no audio until asked").isFalse();

        info.setEnableAudio(true);

        assertThat(info.isEnableAudio()).isTrue();
        assertThat(info.getOptionalParameters()).containsExactly(Map.entry(ConferenceOptionalParameter.AUDIO_CONF_ENABLED,
                "true"));

        info.setEnableAudio(false);

        assertThat(info.isEnableAudio()).isFalse();
        assertThat(info.getOptionalParameters()).containsExactly(Map.entry(ConferenceOptionalParameter.AUDIO_CONF_ENABLED,
                "false"));
    }

    @Test
    void enableAudioReadsTheParameterHoweverItWasSet() {
        ScheduledConferenceInfo info = new ScheduledConferenceInfo("weekly", "s3cret", START, START.plusHours(1));
        info.getOptionalParameters().put(ConferenceOptionalParameter.CONFERENCE_VISIBILITY, "Public");
        info.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CONF_ENABLED, "True");

        assertThat(info.isEnableAudio()).isTrue();

        info.setEnableAudio(false);

        assertThat(info.getOptionalParameters().keySet()).as("the key keeps its place").containsExactly(
                ConferenceOptionalParameter.CONFERENCE_VISIBILITY, ConferenceOptionalParameter.AUDIO_CONF_ENABLED);
        assertThat(info.getOptionalParameters().get(ConferenceOptionalParameter.AUDIO_CONF_ENABLED)).isEqualTo("false");
    }

    static java.util.stream.Stream<Map<ConferenceOptionalParameter, String>> everyInfosParameters() {
        InstantaneousAudioConferenceInfo audio = new InstantaneousAudioConferenceInfo();
        return java.util.stream.Stream.of(new InstantaneousConferenceInfo("n", "pass").getOptionalParameters(),
                new ScheduledConferenceInfo("n", "pass", START, START.plusHours(1)).getOptionalParameters(),
                audio.getOptionalParameters(), new ScheduledAudioConferenceInfo().getOptionalParameters());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("everyInfosParameters")
    void aKeyThatCannotBeSentIsRefusedWhereItIsAddedNamingTheParameter(Map<ConferenceOptionalParameter, String> parameters) {
        ConferenceOptionalParameter unknown = ConferenceOptionalParameter.UNKNOWN_TO_SDK_VERSION;
        Map<ConferenceOptionalParameter, String> withNull = new java.util.HashMap<>();
        withNull.put(null, "x");

        assertThatThrownBy(() -> parameters.put(unknown, "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("optional parameter key UNKNOWN_TO_SDK_VERSION");
        assertThatThrownBy(() -> parameters.putAll(Map.of(unknown, "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parameters.putIfAbsent(unknown, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parameters.merge(unknown, "x", String::concat))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parameters.computeIfAbsent(unknown, key -> "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parameters.compute(unknown, (key, value) -> "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parameters.put(null, "x")).isInstanceOf(NullPointerException.class)
                .hasMessageStartingWith("optional parameter key");
        assertThatThrownBy(() -> parameters.putAll(withNull)).isInstanceOf(NullPointerException.class)
                .hasMessageStartingWith("optional parameter key");
        assertThat(parameters).as("nothing was added").isEmpty();

        parameters.put(ConferenceOptionalParameter.AUDIO_TYPE, "Apac");
        parameters.merge(ConferenceOptionalParameter.AUDIO_CULTURE, "fr-FR", String::concat);
        parameters.entrySet().iterator().next().setValue("CTNE");
        parameters.remove(ConferenceOptionalParameter.AUDIO_CULTURE);

        assertThat(parameters).containsExactly(Map.entry(ConferenceOptionalParameter.AUDIO_TYPE, "CTNE"));
        assertThat(parameters).isEqualTo(Map.of(ConferenceOptionalParameter.AUDIO_TYPE, "CTNE"));
    }
}
