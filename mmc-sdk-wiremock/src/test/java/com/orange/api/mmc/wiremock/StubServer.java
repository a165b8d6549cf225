package com.orange.api.mmc.wiremock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.Attendee;
import com.orange.api.mmc.model.ConferenceOptionalParameter;
import com.orange.api.mmc.model.ScheduledAudioConferenceInfo;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** What the tests share: a WireMock server per test class, a client pointed at it, and request values. */
final class StubServer {

    static final String SERVICE_ACCOUNT = "stub-service-account";
    static final OffsetDateTime START = OffsetDateTime.of(2031, 3, 4, 10, 0, 0, 0, ZoneOffset.ofHours(1));
    static final OffsetDateTime END = START.plusHours(1);

    private StubServer() {
    }

    static WireMockExtension extension() {
        return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
    }

    static Mmc.Builder client(WireMockExtension server) {
        return Mmc.builder().serviceUrl(URI.create(server.baseUrl() + "/api/MultimediaConference-1"))
                .requestTimeout(Duration.ofSeconds(10)).maxAttempts(1);
    }

    static Organizer organizer() {
        return new Organizer("stub-access-key", "stub-Secret-1", SERVICE_ACCOUNT, "stub-Secret-2");
    }

    static ScheduledAudioConferenceInfo audioInfo(String name) {
        ScheduledAudioConferenceInfo info = new ScheduledAudioConferenceInfo();
        info.setName(name);
        info.setPassword("audio-pwd");
        info.setHost(new Attendee("+33100000000", "Ada", "Host", "ada@example.com"));
        info.getAttendees().add(new Attendee("+33100000001", "Bob", "Guest", "bob@example.com"));
        info.setRealDuration(60);
        info.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CULTURE, "en-US");
        info.setStartDate(START);
        info.setEndDate(END);
        return info;
    }
}
