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
import com.orange.api.mmc.sandbox.MmcSandboxExtension;

import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The manual's {@code EnableAudio} step ("Add audio support by using the EnableAudio property") reaches the
 * service as the optional parameter {@code audioConfEnabled}: a conference booked with it has an audio bridge,
 * which the sandbox answers, as the manual's samples print it, with the bridge's {@code audioType}.
 */
@ExtendWith(MmcSandboxExtension.class)
class EnableAudioIT {

    private final Mmc mmc;
    private final Organizer organizer;

    EnableAudioIT(Mmc mmc, Organizer organizer) {
        this.mmc = mmc;
        this.organizer = organizer;
    }

    /** @return the optional parameters the service holds for a conference booked with {@code enableAudio} */
    private Map<String, String> bookedWithEnableAudio(boolean enableAudio) {
        InstantaneousConferenceInfo info = new InstantaneousConferenceInfo("daily", "s3cret");
        info.setEnableAudio(enableAudio);

        Conference booked = mmc.createConference(organizer, info);
        return mmc.getConferenceDetails(organizer, booked.getIdentifier()).getParameters();
    }

    @Test
    void aConferenceBookedWithEnableAudioHasAnAudioBridge() {
        assertThat(bookedWithEnableAudio(true)).containsKey(ConferenceOptionalParameter.AUDIO_TYPE.wireValue());
    }

    @Test
    void aConferenceBookedWithoutAudioHasNoBridge() {
        assertThat(bookedWithEnableAudio(false)).doesNotContainKey(ConferenceOptionalParameter.AUDIO_TYPE.wireValue());
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
