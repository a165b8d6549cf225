package com.orange.api.mmc.wiremock;

import static com.orange.api.mmc.wiremock.StubServer.END;
import static com.orange.api.mmc.wiremock.StubServer.SERVICE_ACCOUNT;
import static com.orange.api.mmc.wiremock.StubServer.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.VerificationException;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.orange.api.mmc.model.Participant;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link MmcRequests} with WireMock's {@code verify}: what the SDK sent, counted by operation and field. */
class MmcRequestsIT extends StubbedClient {

    @RegisterExtension
    static final WireMockExtension WIREMOCK = StubServer.extension();

    MmcRequestsIT() {
        super(WIREMOCK);
    }

    @BeforeEach
    void stubs() {
        WIREMOCK.stubFor(MmcStubs.createScheduledConference().willReturn(new ScheduledConference(1, "conf-pwd")).build());
        WIREMOCK.stubFor(MmcStubs.joinConference().willReturn(new Participant(2, "en-US", "https://join")).build());
        WIREMOCK.stubFor(MmcStubs.getConferencesList().willReturn(List.of()).build());
    }

    private void book(String name) {
        mmc.createConference(organizer, new ScheduledConferenceInfo(name, "conf-pwd", START, END));
    }

    @Test
    void countsTheRequestsOfAnOperationByName() {
        book("weekly");
        book("weekly");
        book("daily");

        WIREMOCK.verify(3, MmcRequests.createScheduledConference());
        WIREMOCK.verify(2, MmcRequests.createScheduledConference().withName("weekly"));
        WIREMOCK.verify(1, MmcRequests.createScheduledConference().withName("daily").forServiceAccount(SERVICE_ACCOUNT));
        WIREMOCK.verify(0, MmcRequests.createScheduledConference().forServiceAccount("someone-else"));
        WIREMOCK.verify(0, MmcRequests.createInstantaneousConference());
    }

    @Test
    void aDateMatchesTheSameInstantAsTheSdkWritesIt() {
        book("weekly");

        WIREMOCK.verify(1, MmcRequests.createScheduledConference().withStartDate(START).withEndDate(END));
        WIREMOCK.verify(0, MmcRequests.createScheduledConference().withStartDate(START.plusMinutes(1)));
        // Another offset is another text on the wire: the SDK writes the caller's own offset.
        WIREMOCK.verify(0, MmcRequests.createScheduledConference()
                .withStartDate(START.withOffsetSameInstant(ZoneOffset.UTC)));
    }

    @Test
    void matchesTheConferenceAndTheParticipantOfAnInvitation() {
        mmc.joinConference(organizer, new ParticipantInfo("Bob", "Guest", "bob@example.com", 42, "conf-pwd"));

        WIREMOCK.verify(1, MmcRequests.joinConference().withConferenceId(42).withEmail("bob@example.com"));
        WIREMOCK.verify(0, MmcRequests.joinConference().withConferenceId(43));
    }

    @Test
    void matchesTheHostOfAList() {
        mmc.getConferencesList(organizer, START, END, 7L);
        mmc.getConferencesList(organizer, START, END, null);

        WIREMOCK.verify(2, MmcRequests.getConferencesList().withStartDate(START).withEndDate(END));
        WIREMOCK.verify(1, MmcRequests.getConferencesList().withHostId(7));
    }

    @Test
    void aFailedVerificationSaysWhatWasExpected() {
        book("weekly");

        assertThatThrownBy(() -> WIREMOCK.verify(1, MmcRequests.createScheduledConference().withName("monthly")))
                .isInstanceOf(VerificationException.class).hasMessageContaining("monthly");
    }

    @Test
    void aStubMatchesOnlyItsConditions() {
        WIREMOCK.stubFor(MmcStubs.about().forServiceAccount("someone-else").willReturn("V0").build());
        WIREMOCK.stubFor(MmcStubs.about().forServiceAccount(SERVICE_ACCOUNT).willReturn("V1.4").build());

        assertThat(mmc.about(organizer)).isEqualTo("V1.4");
    }
}
