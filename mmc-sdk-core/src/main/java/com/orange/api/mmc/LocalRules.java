package com.orange.api.mmc;

import com.orange.api.common.ApiCredentials;
import com.orange.api.common.SettingKey;
import com.orange.api.mmc.model.AudioConferenceInfo;
import com.orange.api.mmc.model.Attendee;
import com.orange.api.mmc.model.ConferenceInfo;
import com.orange.api.mmc.model.ConferenceOptionalParameter;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledAudioConferenceInfo;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import com.orange.api.mmc.internal.mapping.WireText;
import com.orange.api.mmc.internal.rules.ValueRules;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * The manual's rules that need no server state and no clock, checked before anything is sent. Each
 * broken rule throws the code the service would answer, with {@link MmcException#isLocal()} true.
 *
 * <p>Rules that depend on the current time (a start date in the past, the list and licence windows) are
 * left to the service: the client's clock may differ from the server's.
 */
final class LocalRules {

    private LocalRules() {
    }

    /**
     * The four credentials a call sends (the access key and its password in the {@code Authorization} header,
     * the service account and its password in the {@code ApplicationContext} header) follow the rule of every
     * text the SDK sends: XML 1.0 must carry them. Checked first, before any argument and any I/O, so that a
     * credential no request could carry is the caller's error, never a failed exchange.
     *
     * @return {@code credentials}
     * @throws com.orange.api.mmc.internal.mapping.InvalidWireValue {@code SDK_INVALID_TEXT} naming the setting
     *                                                             ({@code serviceAccountPassword}...), never its value
     */
    static ApiCredentials credentials(ApiCredentials credentials) {
        WireText.check(SettingKey.ACCESS_KEY.key(), credentials.accessKey());
        WireText.check(SettingKey.ACCESS_KEY_PASSWORD.key(), credentials.accessKeyPassword());
        WireText.check(SettingKey.SERVICE_ACCOUNT.key(), credentials.serviceAccount());
        WireText.check(SettingKey.SERVICE_ACCOUNT_PASSWORD.key(), credentials.serviceAccountPassword());
        return credentials;
    }

    static void conferenceInfo(ConferenceInfo info, String operation) {
        text(info.getName(), MmcError.MMC_16, MmcError.MMC_17, operation);
        password(info.getPassword(), MmcError.MMC_18, MmcError.MMC_19, MmcError.MMC_20, operation);
        optionalParameters(info.getOptionalParameters(), operation);
        if (info instanceof ScheduledConferenceInfo scheduled) {
            dates(scheduled.getStartDate(), scheduled.getEndDate(), MmcError.MMC_36, MmcError.MMC_37, MmcError.MMC_38,
                    operation);
        }
    }

    static void conferencePassword(String password, String operation) {
        password(password, MmcError.MMC_25, MmcError.MMC_26, MmcError.MMC_27, operation);
    }

    static void participantInfo(ParticipantInfo info, String operation) {
        text(info.getFirstName(), MmcError.MMC_8, MmcError.MMC_9, operation);
        text(info.getLastName(), MmcError.MMC_10, MmcError.MMC_11, operation);
        broken(ValueRules.mail(info.getEmail(), MmcError.MMC_12, MmcError.MMC_13, MmcError.MMC_14), operation);
        conferencePassword(info.getConferencePassword(), operation);
    }

    static void listWindow(OffsetDateTime start, OffsetDateTime end, String operation) {
        if (start.isAfter(end)) {
            throw MmcException.local(MmcError.MMC_88, operation);
        }
    }

    static void licenceWindow(OffsetDateTime start, OffsetDateTime end, String operation) {
        if (start.isAfter(end)) {
            throw MmcException.local(MmcError.MMC_110, operation);
        }
    }

    static void audioConferenceInfo(AudioConferenceInfo info, String operation) {
        text(info.getName(), MmcError.MMC_502, MmcError.MMC_503, operation);
        password(info.getPassword(), MmcError.MMC_531, MmcError.MMC_532, MmcError.MMC_533, operation);
        Attendee host = info.getHost();
        if (host == null) {
            throw MmcException.local(MmcError.MMC_504, operation);
        }
        text(host.getFirstName(), MmcError.MMC_506, MmcError.MMC_508, operation);
        text(host.getLastName(), MmcError.MMC_510, MmcError.MMC_512, operation);
        text(host.getEmail(), MmcError.MMC_514, MmcError.MMC_516, operation);
        text(host.getPhoneNumber(), MmcError.MMC_518, MmcError.MMC_520, operation);
        for (Attendee attendee : info.getAttendees()) {
            if (attendee == null) {
                throw MmcException.local(MmcError.MMC_505, operation);
            }
            text(attendee.getFirstName(), MmcError.MMC_507, MmcError.MMC_509, operation);
            text(attendee.getLastName(), MmcError.MMC_511, MmcError.MMC_513, operation);
            text(attendee.getEmail(), MmcError.MMC_515, MmcError.MMC_517, operation);
            text(attendee.getPhoneNumber(), MmcError.MMC_519, MmcError.MMC_521, operation);
        }
        broken(ValueRules.realDuration(info.getRealDuration()), operation);
        optionalParameters(info.getOptionalParameters(), operation);
        if (info instanceof ScheduledAudioConferenceInfo scheduled) {
            dates(scheduled.getStartDate(), scheduled.getEndDate(), MmcError.MMC_528, MmcError.MMC_529,
                    MmcError.MMC_530, operation);
        }
    }

    private static void optionalParameters(Map<ConferenceOptionalParameter, String> parameters, String operation) {
        if (parameters.containsKey(ConferenceOptionalParameter.AUDIO_TYPE)
                && parameters.containsKey(ConferenceOptionalParameter.AUDIO_CONF_ENABLED)) {
            throw MmcException.local(MmcError.MMC_140, operation);
        }
    }

    private static void dates(OffsetDateTime start, OffsetDateTime end, MmcError missingStart, MmcError missingEnd,
            MmcError endBeforeStart, String operation) {
        if (start == null) {
            throw MmcException.local(missingStart, operation);
        }
        if (end == null) {
            throw MmcException.local(missingEnd, operation);
        }
        if (start.isAfter(end)) {
            throw MmcException.local(endBeforeStart, operation);
        }
    }

    private static void text(String value, MmcError missing, MmcError empty, String operation) {
        broken(ValueRules.text(value, missing, empty), operation);
    }

    private static void password(String value, MmcError missing, MmcError empty, MmcError tooShort, String operation) {
        broken(ValueRules.password(value, missing, empty, tooShort), operation);
    }

    private static void broken(Optional<MmcError> rule, String operation) {
        if (rule.isPresent()) {
            throw MmcException.local(rule.get(), operation);
        }
    }
}
