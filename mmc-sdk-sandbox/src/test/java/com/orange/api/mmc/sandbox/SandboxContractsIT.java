package com.orange.api.mmc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.MmcException;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.Attendee;
import com.orange.api.mmc.model.AudioConferenceInfo;
import com.orange.api.mmc.model.AudioType;
import com.orange.api.mmc.model.ConferenceOptionalParameter;
import com.orange.api.mmc.model.InstantaneousAudioConferenceInfo;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.ScheduledAudioConferenceInfo;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/**
 * Contracts with options: each option a contract does not allow, and a blocked account or contract, answered
 * with the manual's code (appendix A); the same request passes on a contract that allows it.
 */
class SandboxContractsIT {

    private static final Instant T0 = Instant.parse("2030-01-15T09:00:00Z");
    private static final OffsetDateTime NOW = T0.atOffset(ZoneOffset.UTC);

    /** Runs {@code test} against a sandbox whose default account belongs to {@code contract}. */
    private static void with(SandboxContract contract, Consumer<Booking> test) {
        try (MmcSandbox sandbox = MmcSandbox.builder().clock(SandboxClock.at(T0)).contract(contract).start();
             Mmc mmc = sandbox.clientBuilder().maxAttempts(1).build()) {
            test.accept(new Booking(mmc, sandbox.organizer()));
        }
    }

    /** Books through the SDK and tells the code the sandbox answered, or null when it booked. */
    private record Booking(Mmc mmc, Organizer organizer) {

        String web(Map<ConferenceOptionalParameter, String> parameters) {
            ScheduledConferenceInfo info = new ScheduledConferenceInfo("weekly", "password", NOW.plusHours(1),
                    NOW.plusHours(2));
            info.getOptionalParameters().putAll(parameters);
            return code(() -> mmc.createConference(organizer, info));
        }

        String instantaneous(Map<ConferenceOptionalParameter, String> parameters) {
            InstantaneousConferenceInfo info = new InstantaneousConferenceInfo("daily", "password");
            info.getOptionalParameters().putAll(parameters);
            return code(() -> mmc.createConference(organizer, info));
        }

        String audio(AudioConferenceInfo info, Map<ConferenceOptionalParameter, String> parameters) {
            info.setHost(new Attendee("+33100000000", "joe", "black", "joe.black@never.land"));
            info.setName("confname");
            info.setPassword("confpwd");
            info.setRealDuration(30);
            info.getOptionalParameters().putAll(parameters);
            if (info instanceof ScheduledAudioConferenceInfo scheduled) {
                scheduled.setStartDate(NOW.plusMinutes(30));
                scheduled.setEndDate(NOW.plusMinutes(45));
            }
            return code(() -> mmc.createAudioConference(organizer, info));
        }

        String about() {
            return code(() -> mmc.about(organizer));
        }

        private static String code(Runnable call) {
            MmcException refused = catchThrowableOfType(MmcException.class, call::run);
            if (refused == null) {
                return null;
            }
            assertThat(refused.isLocal()).as("answered by the sandbox").isFalse();
            return refused.getCode();
        }
    }

    private static final Map<ConferenceOptionalParameter, String> AUDIO_ASKED =
            Map.of(ConferenceOptionalParameter.AUDIO_CONF_ENABLED, "true");

    @Test
    void audioForbiddenToTheContractIsMmc75ForWebAndAudioConferences() {
        with(SandboxContract.builder("no-audio").audio(false).build(), booking -> {
            assertThat(booking.web(AUDIO_ASKED)).isEqualTo("MMC_75");
            assertThat(booking.instantaneous(Map.of(ConferenceOptionalParameter.AUDIO_TYPE, "Apac"))).isEqualTo("MMC_75");
            assertThat(booking.audio(new InstantaneousAudioConferenceInfo(), Map.of())).isEqualTo("MMC_75");
            assertThat(booking.audio(new ScheduledAudioConferenceInfo(), Map.of())).isEqualTo("MMC_75");
            assertThat(booking.web(Map.of())).as("a conference without audio").isNull();
        });
    }

    @Test
    void aConferenceTelephoneBridgeNotAllowedIsMmc131() {
        with(SandboxContract.builder("apac-only").audioTypes(AudioType.APAC).build(), booking -> {
            assertThat(booking.web(Map.of(ConferenceOptionalParameter.AUDIO_TYPE, "ConferenceTelephone",
                    ConferenceOptionalParameter.AUDIO_ACCESS_NUMBER, "+33149945060",
                    ConferenceOptionalParameter.AUDIO_CODE, "1234"))).isEqualTo("MMC_131");
            assertThat(booking.web(AUDIO_ASKED)).isNull();
        });
    }

    @Test
    void aCtneBridgeNotAllowedIsMmc132() {
        with(SandboxContract.builder("apac-only").audioTypes(AudioType.APAC).build(), booking -> {
            assertThat(booking.audio(new InstantaneousAudioConferenceInfo(), Map.of(
                    ConferenceOptionalParameter.AUDIO_TYPE, "CTNE",
                    ConferenceOptionalParameter.AUDIO_ACCESS_NUMBER, "+33149945060",
                    ConferenceOptionalParameter.AUDIO_ROOM_NUMBER, "775104",
                    ConferenceOptionalParameter.AUDIO_CODE, "1234"))).isEqualTo("MMC_132");
            assertThat(booking.audio(new InstantaneousAudioConferenceInfo(), Map.of())).isNull();
        });
    }

    @Test
    void apacNotAllowedFailsTheAudioReservationWithMmc73() {
        with(SandboxContract.builder("ct-only").audioTypes(AudioType.CONFERENCE_TELEPHONE).build(), booking -> {
            assertThat(booking.web(AUDIO_ASKED)).isEqualTo("MMC_73");
            assertThat(booking.audio(new ScheduledAudioConferenceInfo(), Map.of())).isEqualTo("MMC_73");
            assertThat(booking.web(Map.of(ConferenceOptionalParameter.AUDIO_TYPE, "ConferenceTelephone",
                    ConferenceOptionalParameter.AUDIO_ACCESS_NUMBER, "+33149945060",
                    ConferenceOptionalParameter.AUDIO_CODE, "1234"))).isNull();
        });
    }

    @Test
    void autoLaunchNotAllowedIsMmc98() {
        with(SandboxContract.builder("manual-start").autoLaunch(false).build(), booking -> {
            assertThat(booking.web(Map.of(ConferenceOptionalParameter.CONFERENCE_AUTO_LAUNCHED, "True",
                    ConferenceOptionalParameter.CONFERENCE_AUTO_LAUNCHED_DURATION, "15"))).isEqualTo("MMC_98");
            assertThat(booking.web(Map.of(ConferenceOptionalParameter.CONFERENCE_AUTO_LAUNCHED, "False"))).isNull();
        });
    }

    @Test
    void webcamNotAllowedIsMmc101() {
        with(SandboxContract.builder("no-webcam").webcam(false).build(), booking -> {
            assertThat(booking.instantaneous(Map.of(ConferenceOptionalParameter.CONFERENCE_WEBCAM, "AirAnyWebcam")))
                    .isEqualTo("MMC_101");
            assertThat(booking.instantaneous(Map.of())).isNull();
        });
    }

    @Test
    void chatNotAllowedIsMmc135() {
        with(SandboxContract.builder("no-chat").chat(false).build(), booking -> {
            assertThat(booking.web(Map.of(ConferenceOptionalParameter.CONFERENCE_CHAT, "Participants")))
                    .isEqualTo("MMC_135");
            assertThat(booking.web(Map.of())).isNull();
        });
    }

    @Test
    void aContractThatIsNotDeclaredAllowsEverything() {
        try (MmcSandbox sandbox = MmcSandbox.builder().clock(SandboxClock.at(T0)).start();
             Mmc mmc = sandbox.clientBuilder().maxAttempts(1).build()) {
            Booking booking = new Booking(mmc, sandbox.organizer());
            assertThat(booking.web(Map.of(ConferenceOptionalParameter.CONFERENCE_CHAT, "Participants",
                    ConferenceOptionalParameter.CONFERENCE_WEBCAM, "AirAnyWebcam",
                    ConferenceOptionalParameter.AUDIO_CONF_ENABLED, "true"))).isNull();
        }
    }

    @Test
    void aBlockedContractAnswersMmc81ToEveryCallOfItsAccounts() {
        with(SandboxContract.builder("blocked").blocked(true).build(), booking -> {
            assertThat(booking.about()).isEqualTo("MMC_81");
            assertThat(booking.web(Map.of())).isEqualTo("MMC_81");
        });
    }

    @Test
    void aBlockedAccountAnswersMmc80OnceItsPasswordIsRight() {
        SandboxAccount blocked = new SandboxAccount("blocked", "blocked-password", 2, "sandbox");
        SandboxAccount free = new SandboxAccount("free", "free-password", 3, "sandbox");
        try (MmcSandbox sandbox = MmcSandbox.builder().account(free).account(blocked).blockedAccount("blocked").start();
             Mmc mmc = sandbox.clientBuilder().maxAttempts(1).build()) {
            assertThat(new Booking(mmc, sandbox.organizer(blocked)).about()).isEqualTo("MMC_80");
            assertThat(new Booking(mmc, new Organizer(sandbox.accessKey(), sandbox.accessKeyPassword(), "blocked",
                    "wrong-password")).about()).as("a wrong password first").isEqualTo("MMC_78");
            assertThat(new Booking(mmc, sandbox.organizer(free)).about()).isNull();
        }
    }

    @Test
    void anAccountMayBringItsOwnContract() {
        SandboxContract noChat = SandboxContract.builder("no-chat").chat(false).build();
        SandboxAccount kiosk = new SandboxAccount("kiosk", "kiosk-password", 2, noChat);
        SandboxAccount office = new SandboxAccount("office", "office-password", 3, "sandbox");
        try (MmcSandbox sandbox = MmcSandbox.builder().clock(SandboxClock.at(T0)).account(office).account(kiosk).start();
             Mmc mmc = sandbox.clientBuilder().maxAttempts(1).build()) {
            Map<ConferenceOptionalParameter, String> chat = Map.of(ConferenceOptionalParameter.CONFERENCE_CHAT,
                    "Participants");
            assertThat(new Booking(mmc, sandbox.organizer(kiosk)).web(chat)).isEqualTo("MMC_135");
            assertThat(new Booking(mmc, sandbox.organizer(office)).web(chat)).isNull();
            assertThat(kiosk.contract()).isEqualTo("no-chat");
        }
    }

    @Test
    void aContractRefusesAnUnknownAudioType() {
        assertThatThrownBy(() -> SandboxContract.builder("x").audioTypes(AudioType.UNKNOWN_TO_SDK_VERSION))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNKNOWN_TO_SDK_VERSION");
        assertThatThrownBy(() -> SandboxContract.builder(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
