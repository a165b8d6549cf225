package com.orange.api.mmc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.MmcException;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ConferenceOptionalParameter;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;
import com.orange.api.mmc.sandbox.MmcSandbox;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The manual's {@code EnableAudio} step ("Add audio support by using the EnableAudio property") reaches the
 * service as the optional parameter {@code audioConfEnabled}: a conference booked with it has an audio bridge,
 * which the sandbox answers, as the manual's samples print it, with the bridge's {@code audioType}.
 */
class EnableAudioIT {

    private static MmcSandbox sandbox;
    private static Mmc mmc;
    private static Organizer organizer;

    @BeforeAll
    static void start() {
        sandbox = MmcSandbox.start();
        mmc = sandbox.newClient();
        organizer = sandbox.organizer();
    }

    @AfterAll
    static void stop() {
        mmc.close();
        sandbox.close();
    }

    @Test
    void aConferenceBookedWithEnableAudioHasAnAudioBridge() {
        InstantaneousConferenceInfo info = new InstantaneousConferenceInfo("daily", "s3cret");
        info.setEnableAudio(true);

        Conference booked = mmc.createConference(organizer, info);
        Conference read = mmc.getConferenceDetails(organizer, booked.getIdentifier());

        assertThat(read.getParameters()).containsKey(ConferenceOptionalParameter.AUDIO_TYPE.wireValue());
    }

    @Test
    void aConferenceBookedWithoutAudioHasNoBridge() {
        InstantaneousConferenceInfo info = new InstantaneousConferenceInfo("daily", "s3cret");
        info.setEnableAudio(false);

        Conference booked = mmc.createConference(organizer, info);
        Conference read = mmc.getConferenceDetails(organizer, booked.getIdentifier());

        assertThat(read.getParameters()).doesNotContainKey(ConferenceOptionalParameter.AUDIO_TYPE.wireValue());
    }

    @Test
    void aScheduledConferenceMovedWithEnableAudioGainsItsBridge() {
        OffsetDateTime start = OffsetDateTime.now().plusDays(1);
        ScheduledConference booked = mmc.createConference(organizer,
                new ScheduledConferenceInfo("weekly", "s3cret", start, start.plusHours(1)));
        assertThat(mmc.getConferenceDetails(organizer, booked.getIdentifier()).getParameters())
                .doesNotContainKey(ConferenceOptionalParameter.AUDIO_TYPE.wireValue());
        ScheduledConferenceInfo moved = new ScheduledConferenceInfo("weekly", "s3cret", start.plusHours(2),
                start.plusHours(3));
        moved.setEnableAudio(true);

        mmc.modifyConference(organizer, booked, moved);

        assertThat(mmc.getConferenceDetails(organizer, booked.getIdentifier()).getParameters())
                .containsKey(ConferenceOptionalParameter.AUDIO_TYPE.wireValue());
    }

    @Test
    void enableAudioIsTheKeyTheManualForbidsBesideAnAudioType() {
        InstantaneousConferenceInfo info = new InstantaneousConferenceInfo("daily", "s3cret");
        info.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_TYPE, "Apac");
        info.setEnableAudio(true);

        MmcException refused = catchThrowableOfType(MmcException.class, () -> mmc.createConference(organizer, info));

        assertThat(refused.getCode()).as("the manual's IncompatibleValueBetweenAudioAskedAndAudioType").isEqualTo("MMC_140");
        assertThat(refused.isLocal()).isTrue();
    }
}
