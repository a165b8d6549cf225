package com.orange.api.mmc.wiremock;

import static com.orange.api.mmc.wiremock.StubServer.END;
import static com.orange.api.mmc.wiremock.StubServer.SERVICE_ACCOUNT;
import static com.orange.api.mmc.wiremock.StubServer.START;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.InstantaneousAudioConference;
import com.orange.api.mmc.model.InstantaneousAudioConferenceInfo;
import com.orange.api.mmc.model.InstantaneousConference;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.LicenceUsage;
import com.orange.api.mmc.model.Participant;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledAudioConference;
import com.orange.api.mmc.model.ScheduledAudioConferenceInfo;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each operation's stub, read back by the SDK: the object the SDK returns holds, field by field, the values
 * the stub was given. Every stub also carries request conditions, which the SDK's request must meet (a
 * request that meets none gets WireMock's 404, and the test fails).
 */
class MmcStubsIT extends StubbedClient {

    @RegisterExtension
    static final WireMockExtension WIREMOCK = StubServer.extension();

    MmcStubsIT() {
        super(WIREMOCK);
    }

    /** Every field a conference answer can carry, so that a field the stub or the SDK dropped shows. */
    private static <C extends Conference> C described(C conference, String type) {
        conference.setUrl("https://mmc.example/start?id=" + conference.getIdentifier());
        conference.setAccessCode("246810");
        conference.setHostFirstName("Ada");
        conference.setHostLastName("Host");
        conference.setHostLogin("ada.host");
        conference.setName("weekly");
        conference.setOrigin("Odn");
        conference.setStartDate(START);
        conference.setStateValue("NotStarted");
        conference.setTypeValue(type);
        conference.setParameters(parameters("conferenceVisibility", "Public", "audioRoomNumber", "771234"));
        if (conference instanceof ScheduledConference scheduled) {
            scheduled.setEndDate(END);
        }
        return conference;
    }

    private static Map<String, String> parameters(String... keysAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            parameters.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return parameters;
    }

    private static <A extends com.orange.api.mmc.model.AudioConference> A audio(A conference) {
        conference.setUrl("https://mmc.example/audio?id=" + conference.getIdentifier());
        conference.setParameters(parameters("audioAccessNumber", "+33149945060", "audioRoomNumber", "771234"));
        return conference;
    }

    @Test
    void about() {
        WIREMOCK.stubFor(MmcStubs.about().forServiceAccount(SERVICE_ACCOUNT).willReturn("V9.9").build());

        assertThat(mmc.about(organizer)).isEqualTo("V9.9");
    }

    @Test
    void createInstantaneousConference() {
        InstantaneousConference given = described(new InstantaneousConference(101, "conf-pwd-1"), "Instantaneous");
        WIREMOCK.stubFor(MmcStubs.createInstantaneousConference().forServiceAccount(SERVICE_ACCOUNT).withName("now")
                .willReturn(given).build());

        InstantaneousConference created = mmc.createConference(organizer, new InstantaneousConferenceInfo("now", "conf-pwd-1"));

        assertThat(created).usingRecursiveComparison().isEqualTo(given);
    }

    @Test
    void createScheduledConference() {
        ScheduledConference given = described(new ScheduledConference(102, "conf-pwd-2"), "Scheduled");
        WIREMOCK.stubFor(MmcStubs.createScheduledConference().withName("weekly").withStartDate(START).withEndDate(END)
                .willReturn(given).build());

        ScheduledConference booked = mmc.createConference(organizer,
                new ScheduledConferenceInfo("weekly", "conf-pwd-2", START, END));

        assertThat(booked).usingRecursiveComparison().isEqualTo(given);
    }

    @Test
    void modifyScheduledConference() {
        ScheduledConference given = described(new ScheduledConference(103, "new-pwd-3"), "Scheduled");
        given.setName("weekly, later");
        WIREMOCK.stubFor(MmcStubs.modifyScheduledConference().withConferenceId(103).withName("weekly, later")
                .withStartDate(START.plusDays(1)).withEndDate(END.plusDays(1)).willReturn(given).build());

        ScheduledConference modified = mmc.modifyConference(organizer, new ScheduledConference(103, "old-pwd-3"),
                new ScheduledConferenceInfo("weekly, later", "new-pwd-3", START.plusDays(1), END.plusDays(1)));

        assertThat(modified).usingRecursiveComparison().isEqualTo(given);
    }

    @Test
    void deleteScheduledConference() {
        WIREMOCK.stubFor(MmcStubs.deleteScheduledConference().withConferenceId(104).build());

        mmc.deleteConference(organizer, new ScheduledConference(104, "conf-pwd-4"));

        WIREMOCK.verify(1, MmcRequests.deleteScheduledConference().withConferenceId(104));
    }

    @Test
    void startScheduledConference() {
        ScheduledConference given = described(new ScheduledConference(105, "conf-pwd-5"), "Scheduled");
        given.setStateValue("Started");
        WIREMOCK.stubFor(MmcStubs.startScheduledConference().withConferenceId(105).willReturn(given).build());

        ScheduledConference started = mmc.startConference(organizer, new ScheduledConference(105, "conf-pwd-5"));

        assertThat(started).usingRecursiveComparison().isEqualTo(given);
    }

    @Test
    void joinConference() {
        Participant given = new Participant(601, "fr-FR", "https://mmc.example/join?participant=601", 106);
        WIREMOCK.stubFor(MmcStubs.joinConference().withConferenceId(106).withEmail("bob@example.com")
                .willReturn(given).build());

        Participant invited = mmc.joinConference(organizer,
                new ParticipantInfo("Bob", "Guest", "bob@example.com", 106, "conf-pwd-6"));

        assertThat(invited).usingRecursiveComparison().isEqualTo(given);
    }

    @Test
    void getConferenceDetails() {
        ScheduledConference given = described(new ScheduledConference(107, "conf-pwd-7"), "Scheduled");
        WIREMOCK.stubFor(MmcStubs.getConferenceDetails().withConferenceId(107).willReturn(given).build());

        Conference read = mmc.getConferenceDetails(organizer, 107);

        assertThat(read).isInstanceOf(ScheduledConference.class).usingRecursiveComparison().isEqualTo(given);
    }

    @Test
    void getConferencesList() {
        List<Conference> given = List.of(described(new ScheduledConference(108, null), "Scheduled"),
                described(new InstantaneousConference(109, null), "Instantaneous"));
        WIREMOCK.stubFor(MmcStubs.getConferencesList().withStartDate(START).withEndDate(END).withHostId(42)
                .willReturn(given).build());

        List<Conference> listed = mmc.getConferencesList(organizer, START, END, 42L);

        assertThat(listed).hasSize(2);
        assertThat(listed.get(0)).isInstanceOf(ScheduledConference.class).usingRecursiveComparison().isEqualTo(given.get(0));
        assertThat(listed.get(1)).isInstanceOf(InstantaneousConference.class).usingRecursiveComparison()
                .isEqualTo(given.get(1));
    }

    @Test
    void aListedConferenceWithoutTypeKeepsItsClass() {
        ScheduledConference untyped = described(new ScheduledConference(110, null), null);
        untyped.setEndDate(null);
        WIREMOCK.stubFor(MmcStubs.getConferencesList().willReturn(List.of(untyped)).build());

        List<Conference> listed = mmc.getConferencesList(organizer, START, END, null);

        assertThat(listed).singleElement().isInstanceOf(ScheduledConference.class)
                .extracting(Conference::getTypeValue).isEqualTo("Scheduled");
    }

    @Test
    void getLicencesUsage() {
        LicenceUsage given = new LicenceUsage(12, 50, new BigDecimal("24.5"));
        OffsetDateTime from = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        WIREMOCK.stubFor(MmcStubs.getLicencesUsage().withStartDate(from).withEndDate(from.plusMonths(1))
                .willReturn(given).build());

        LicenceUsage usage = mmc.getLicencesUsage(organizer, from, from.plusMonths(1));

        assertThat(usage).usingRecursiveComparison().isEqualTo(given);
    }

    @Test
    void createInstantaneousAudioConference() {
        InstantaneousAudioConference given = audio(new InstantaneousAudioConference(201, "audio-pwd"));
        WIREMOCK.stubFor(MmcStubs.createInstantaneousAudioConference().withName("call now").willReturn(given).build());
        ScheduledAudioConferenceInfo template = StubServer.audioInfo("call now");
        InstantaneousAudioConferenceInfo info = new InstantaneousAudioConferenceInfo();
        info.setName(template.getName());
        info.setPassword(template.getPassword());
        info.setHost(template.getHost());
        info.setRealDuration(template.getRealDuration());

        InstantaneousAudioConference created = mmc.createAudioConference(organizer, info);

        assertThat(created).usingRecursiveComparison().isEqualTo(given);
    }

    @Test
    void createScheduledAudioConference() {
        ScheduledAudioConference given = audio(new ScheduledAudioConference(202, "audio-pwd"));
        WIREMOCK.stubFor(MmcStubs.createScheduledAudioConference().withName("call").withStartDate(START)
                .withEndDate(END).willReturn(given).build());

        ScheduledAudioConference booked = mmc.createAudioConference(organizer, StubServer.audioInfo("call"));

        assertThat(booked).usingRecursiveComparison().isEqualTo(given);
    }

    @Test
    void modifyScheduledAudioConference() {
        ScheduledAudioConference given = audio(new ScheduledAudioConference(203, "audio-pwd"));
        WIREMOCK.stubFor(MmcStubs.modifyScheduledAudioConference().withConferenceId(203).withName("call, later")
                .withStartDate(START).withEndDate(END).willReturn(given).build());

        ScheduledAudioConference modified = mmc.modifyAudioConference(organizer,
                new ScheduledAudioConference(203, "old-audio-pwd"), StubServer.audioInfo("call, later"));

        assertThat(modified).usingRecursiveComparison().isEqualTo(given);
    }

    @Test
    void startScheduledAudioConference() {
        ScheduledAudioConference given = audio(new ScheduledAudioConference(204, "audio-pwd"));
        WIREMOCK.stubFor(MmcStubs.startScheduledAudioConference().withConferenceId(204).willReturn(given).build());

        ScheduledAudioConference started = mmc.startAudioConference(organizer,
                new ScheduledAudioConference(204, "audio-pwd"));

        assertThat(started).usingRecursiveComparison().isEqualTo(given);
    }
}
