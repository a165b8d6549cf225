package com.orange.api.mmc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import com.orange.api.mmc.model.Attendee;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.ScheduledAudioConferenceInfo;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input no request can carry is the caller's error, refused before anything is sent: credentials with a
 * character XML 1.0 cannot carry ({@code SDK_INVALID_TEXT} naming the setting), dates beyond the wire's years,
 * however far ({@code SDK_INVALID_DATE} naming the field). Never a technical failure, never "outcome unknown".
 */
class InputRefusedLocallyIT extends WireMockTestBase {

    private static final String[] SETTINGS = {"accessKey", "accessKeyPassword", "serviceAccount",
        "serviceAccountPassword"};
    private static final String[][] BAD_TEXT = {{"NUL", "sec\u0000ret"}, {"VT", "sec\u000Bret"},
        {"U+FFFE", "secret\uFFFE"}, {"a trailing lone high surrogate", "secret\uD83D"}};

    static Stream<Arguments> badCredentials() {
        Stream.Builder<Arguments> rows = Stream.builder();
        for (String setting : SETTINGS) {
            for (String[] bad : BAD_TEXT) {
                rows.add(argumentSet(setting + " with " + bad[0] + ", about", setting, bad[1], (Call) Mmc::about));
                rows.add(argumentSet(setting + " with " + bad[0] + ", a create", setting, bad[1],
                        (Call) (m, o) -> m.createConference(o, new InstantaneousConferenceInfo("daily", "s3cret"))));
            }
        }
        return rows.build();
    }

    @ParameterizedTest
    @MethodSource("badCredentials")
    void aCredentialXmlCannotCarryIsRefusedLocallyNamingTheSetting(String setting, String value, Call call) {
        Organizer organizer = SoapStubs.organizer();
        switch (setting) {
            case "accessKey" -> organizer.setAccessKey(value);
            case "accessKeyPassword" -> organizer.setAccessKeyPassword(value);
            case "serviceAccount" -> organizer.setServiceAccount(value);
            default -> organizer.setServiceAccountPassword(value);
        }

        Throwable thrown = catchThrowable(() -> call.run(mmc, organizer));

        assertThat(thrown).as("a local MmcException, not a technical failure").isInstanceOf(MmcException.class);
        MmcException e = (MmcException) thrown;
        assertThat(e.getCode()).isEqualTo("SDK_INVALID_TEXT");
        assertThat(e.isLocal()).isTrue();
        assertThat(e.getInputParameter()).contains(setting);
        assertThat(e.getMessage()).contains(setting).doesNotContain(value).doesNotContain("secret");
        assertThat(stubs.requests()).as("nothing sent").isEmpty();
    }

    static Stream<Arguments> datesBeyondTheWire() {
        OffsetDateTime lastMinus18 = OffsetDateTime.of(LocalDateTime.MAX, ZoneOffset.ofHours(-18));
        OffsetDateTime firstPlus1759 = OffsetDateTime.of(LocalDateTime.MIN, ZoneOffset.ofHoursMinutes(17, 59));
        return Stream.of(
                argumentSet("conference, MIN to MAX", "conferenceInfo.startDate",
                        (Call) (m, o) -> m.createConference(o, new ScheduledConferenceInfo("n", "s3cret",
                                OffsetDateTime.MIN, OffsetDateTime.MAX))),
                argumentSet("conference, ending at MAX", "conferenceInfo.endDate",
                        (Call) (m, o) -> m.createConference(o, new ScheduledConferenceInfo("n", "s3cret",
                                OffsetDateTime.now().plusHours(1), OffsetDateTime.MAX))),
                argumentSet("conference, UTC beyond the last year", "conferenceInfo.startDate",
                        (Call) (m, o) -> m.createConference(o, new ScheduledConferenceInfo("n", "s3cret",
                                lastMinus18, lastMinus18))),
                argumentSet("audio conference, MIN to MAX", "audioConferenceInfo.startDate",
                        (Call) (m, o) -> m.createAudioConference(o, audio(OffsetDateTime.MIN, OffsetDateTime.MAX))),
                argumentSet("audio conference, UTC before the first year", "audioConferenceInfo.startDate",
                        (Call) (m, o) -> m.createAudioConference(o, audio(firstPlus1759, firstPlus1759))),
                argumentSet("list window, MIN to MAX", "startDate",
                        (Call) (m, o) -> m.getConferencesList(o, OffsetDateTime.MIN, OffsetDateTime.MAX, null)),
                argumentSet("list window, ending at MAX", "endDate",
                        (Call) (m, o) -> m.getConferencesList(o, OffsetDateTime.now(), OffsetDateTime.MAX, null)),
                argumentSet("licence window, MIN to MAX", "startDate",
                        (Call) (m, o) -> m.getLicencesUsage(o, OffsetDateTime.MIN, OffsetDateTime.MAX)),
                argumentSet("licence window, MAX to MAX", "startDate",
                        (Call) (m, o) -> m.getLicencesUsage(o, OffsetDateTime.MAX, OffsetDateTime.MAX)));
    }

    @ParameterizedTest
    @MethodSource("datesBeyondTheWire")
    void aDateBeyondTheWireIsAnInvalidDateNamingTheFieldNeverAnSdkError(String field, Call call) {
        Throwable thrown = catchThrowable(() -> call.run(mmc, organizer));

        assertThat(thrown).as("a local MmcException, not SDK_ERROR").isInstanceOf(MmcException.class);
        MmcException e = (MmcException) thrown;
        assertThat(e.getCode()).isEqualTo("SDK_INVALID_DATE");
        assertThat(e.isLocal()).isTrue();
        assertThat(e.getInputParameter()).contains(field);
        assertThat(stubs.requests()).as("nothing sent").isEmpty();
    }

    private static ScheduledAudioConferenceInfo audio(OffsetDateTime start, OffsetDateTime end) {
        ScheduledAudioConferenceInfo info = new ScheduledAudioConferenceInfo();
        info.setName("confname");
        info.setPassword("confpwd");
        info.setHost(new Attendee("+33100000000", "joe", "black", "joe.black@never.land"));
        info.setRealDuration(60);
        info.setStartDate(start);
        info.setEndDate(end);
        return info;
    }

    /** One call of the client. */
    interface Call extends BiConsumer<Mmc, Organizer> {
        default void run(Mmc mmc, Organizer organizer) {
            accept(mmc, organizer);
        }
    }
}
