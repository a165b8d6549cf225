package com.orange.api.mmc.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ConferenceOptionalParameter;
import com.orange.api.mmc.model.CultureName;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.LicenceUsage;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.webservice.Parameter;
import com.orange.api.mmc.webservice.Parameters;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mappers' decisions, one row each: which class an answer becomes, which password wins, what is refused. */
class MappersTest {

    private static final OffsetDateTime END = OffsetDateTime.of(2030, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    @ParameterizedTest(name = "type {0}, end date {1}: {2}")
    @CsvSource(nullValues = "null", value = {
            "Scheduled,     false, ScheduledConference",
            "Scheduled,     true,  ScheduledConference",
            "Instantaneous, true,  InstantaneousConference",
            "Instantaneous, false, InstantaneousConference",
            "Recurring,     true,  ScheduledConference",
            "Recurring,     false, InstantaneousConference",
            "null,          true,  ScheduledConference",
            "null,          false, InstantaneousConference"})
    void aDescribedConferenceIsOfTheClassItsTypeSays(String type, boolean withEnd, String expectedClass) {
        com.orange.api.mmc.webservice.Conference wire = wireConference(7, null);
        wire.setType(type);
        if (withEnd) {
            wire.setEndDateTime(WireDates.toWire(END, "end"));
        }

        Conference conference = ResponseMapper.conference(wire);

        assertThat(conference.getClass().getSimpleName()).isEqualTo(expectedClass);
        assertThat(conference.getIdentifier()).isEqualTo(7);
        assertThat(conference.getTypeValue()).isEqualTo(type);
    }

    @Test
    void theAnswersParametersKeepTheirOrderAndARepeatedKeyItsFirstPlaceAndLastValue() {
        com.orange.api.mmc.webservice.Conference wire = wireConference(7, null);
        Parameters parameters = new Parameters();
        for (String[] pair : new String[][] {{"audioType", "Apac"}, {"audioRoomNumber", "775104"},
                {"audioType", "Mcu"}, {"conferenceVisibility", "Public"}}) {
            Parameter parameter = new Parameter();
            parameter.setKey(pair[0]);
            parameter.setValue(pair[1]);
            parameters.getParameter().add(parameter);
        }
        wire.setParameters(parameters);

        Conference conference = ResponseMapper.conference(wire);

        assertThat(conference.getParameters()).containsExactly(Map.entry("audioType", "Mcu"),
                Map.entry("audioRoomNumber", "775104"), Map.entry("conferenceVisibility", "Public"));
        assertThat(conference.getParameter(ConferenceOptionalParameter.AUDIO_TYPE)).contains("Mcu");
    }

    @ParameterizedTest(name = "sent {0}, just set {1}, held {2}: {3}")
    @CsvSource(nullValues = "null", value = {
            "sent, known, held, sent",
            "null, known, held, known",
            "null, null,  held, held",
            "null, null,  null, null"})
    void theServicesPasswordWinsThenTheOneJustSetThenTheOneHeld(String sent, String known, String held,
            String expected) {
        ScheduledConference target = new ScheduledConference(7, held);

        ResponseMapper.update(target, wireConference(7, sent), known);

        assertThat(target.getPassword()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "id ''{0}''")
    @CsvSource({"0", "-1", "-9223372036854775808", "abc", "7.5", "99999999999999999999"})
    void anIdentifierThatIsNotAPositiveIntegerIsRefusedNamingTheElement(String id) {
        com.orange.api.mmc.webservice.Conference wire = wireConference(1, "pw");
        wire.setId(id);

        InvalidWireValue refused = catchThrowableOfType(InvalidWireValue.class,
                () -> ResponseMapper.instantaneous(wire, "pw"));

        assertThat(refused.inAnswer()).isTrue();
        assertThat(refused.field()).isEqualTo("conference.id");
        assertThat(refused.getMessage()).contains(id);
    }

    @ParameterizedTest(name = "{0} connections, {1} licences, rate {2}")
    @CsvSource({
            "0,          0,          0,    ",
            "2147483647, 10,         12.5, ",
            "2147483648, 10,         0,    licenceUsage.maxConcurrentConnections",
            "-1,         10,         0,    licenceUsage.maxConcurrentConnections",
            "1,          2147483648, 0,    licenceUsage.subscribedLicencesCount",
            "1,          -5,         0,    licenceUsage.subscribedLicencesCount",
            "1,          2,          5E1,  licenceUsage.usageRate"})
    void aCountIsReadExactlyOrRefusedNamingTheElement(String connections, String licences, String rate,
            String refusedElement) {
        com.orange.api.mmc.webservice.LicenceUsage wire = new com.orange.api.mmc.webservice.LicenceUsage();
        wire.setMaxConcurrentConnections(connections);
        wire.setSubscribedLicencesCount(licences);
        wire.setUsageRate(rate);

        if (refusedElement == null) {
            LicenceUsage usage = ResponseMapper.licenceUsage(wire);
            assertThat(usage.getMaxConcurrentConnections()).isEqualTo(Integer.parseInt(connections));
            assertThat(usage.getSubscribedLicencesCount()).isEqualTo(Integer.parseInt(licences));
            assertThat(usage.getUsageRate()).isEqualByComparingTo(new BigDecimal(rate));
        } else {
            InvalidWireValue refused = catchThrowableOfType(InvalidWireValue.class,
                    () -> ResponseMapper.licenceUsage(wire));
            assertThat(refused.field()).isEqualTo(refusedElement);
        }
    }

    @ParameterizedTest(name = "culture {0}")
    @CsvSource(nullValues = "null", value = {"FR_FR, fr-FR", "EN_US, en-US", "null, null"})
    void aParticipantsCultureTravelsAsItsOnlyParameter(String culture, String wireValue) {
        ParticipantInfo info = new ParticipantInfo("John", "Doe", "john@doe.com", 12, "s3cret");
        if (culture != null) {
            info.setCultureName(CultureName.valueOf(culture));
        }

        com.orange.api.mmc.webservice.ParticipantInfo wire = RequestMapper.participant(info);

        assertThat(wire.getConferenceConnection().getId()).isEqualTo("12");
        assertThat(wire.getConferenceConnection().getPassword()).isEqualTo("s3cret");
        if (wireValue == null) {
            assertThat(wire.getParameters()).isNull();
        } else {
            assertThat(wire.getParameters().getParameter()).extracting(Parameter::getKey, Parameter::getValue)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("cultureName", wireValue));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"AUDIO_CONF_ENABLED, audioConfEnabled", "CONFERENCE_VISIBILITY, conferenceVisibility",
        "AUDIO_TYPE, audioType"})
    void anOptionalParameterTravelsUnderItsWireName(ConferenceOptionalParameter key, String wireKey) {
        InstantaneousConferenceInfo info = new InstantaneousConferenceInfo("name", "s3cret");
        info.getOptionalParameters().put(key, "value");

        assertThat(RequestMapper.instantaneous(info).getParameters().getParameter())
                .extracting(Parameter::getKey, Parameter::getValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(wireKey, "value"));
    }

    private static com.orange.api.mmc.webservice.Conference wireConference(long id, String password) {
        com.orange.api.mmc.webservice.Conference wire = new com.orange.api.mmc.webservice.Conference();
        wire.setId(Long.toString(id));
        wire.setPassword(password);
        return wire;
    }
}
