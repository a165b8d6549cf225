package com.orange.api.mmc;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.mmc.model.Attendee;
import com.orange.api.mmc.model.AudioConference;
import com.orange.api.mmc.model.AudioType;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ConferenceOptionalParameter;
import com.orange.api.mmc.model.ConferenceState;
import com.orange.api.mmc.model.ConferenceType;
import com.orange.api.mmc.model.CultureName;
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
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Each of the 14 wire operations against WireMock: the request the SDK sends (SOAP action, every field,
 * the ApplicationContext header, basic authentication) and the object it builds from an answer shaped
 * like the manual's sample output.
 */
class OperationsIT extends WireMockTestBase {

    private static final OffsetDateTime START = OffsetDateTime.of(2030, 9, 21, 13, 38, 6, 0, ZoneOffset.ofHours(2));
    private static final OffsetDateTime END = START.plusHours(2);
    private static final String START_WIRE = "2030-09-21T13:38:06.000+02:00";
    private static final String END_WIRE = "2030-09-21T15:38:06.000+02:00";
    private static final String START_URL = "https://orangeapi.pp.multimedia-conference.orange-business.com/DirectAccess/"
            + "StartConferenceByUrl.aspx?id=3E1A71AE-EF35-4715-AA34-BDFCE28178D4&amp;a=StartWithNoPopup";
    private static final String AUDIO_NUMBERS = "<m:parameters>"
            + "<m:parameter><m:key>audioAccessNumber</m:key><m:value>+33149945060</m:value></m:parameter>"
            + "<m:parameter><m:key>audioRoomNumber</m:key><m:value>775104</m:value></m:parameter></m:parameters>";

    /** What every request carries: the action, basic auth and both ApplicationContext entries. */
    private SoapStubs.SentRequest sent(String operation) {
        SoapStubs.SentRequest request = stubs.onlyRequest();
        assertThat(request.header("SOAPAction")).isEqualTo("\"urn:" + operation + "\"");
        assertThat(request.header("Authorization"))
                .isEqualTo(SoapStubs.basicAuth(SoapStubs.ACCESS_KEY, SoapStubs.ACCESS_KEY_PASSWORD));
        assertThat(request.applicationContext("Partner_API_Account_ID")).isEqualTo(SoapStubs.SERVICE_ACCOUNT);
        assertThat(request.applicationContext("Partner_API_Account_Pwd")).isEqualTo(SoapStubs.SERVICE_ACCOUNT_PASSWORD);
        assertThat(request.count("/s:Envelope/s:Body/m:" + operation)).isEqualTo(1);
        return request;
    }

    @Test
    void aboutReturnsTheServiceRelease() {
        stubs.answer("about", "<m:aboutReturn>V1.4</m:aboutReturn>");

        assertThat(mmc.about(organizer)).isEqualTo("V1.4");

        assertThat(sent("about").count("/s:Envelope/s:Body/m:about/*")).isZero();
    }

    @Test
    void createInstantaneousConferenceSendsNamePasswordAndParametersInOrder() {
        stubs.answer("createInstantaneousConference", "<m:conference><m:id>37891</m:id><m:url>" + START_URL
                + "</m:url>" + AUDIO_NUMBERS + "</m:conference>");
        InstantaneousConferenceInfo info = new InstantaneousConferenceInfo("your_conference_name", "your_conference_password");
        info.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CONF_ENABLED, "true");
        info.getOptionalParameters().put(ConferenceOptionalParameter.CONFERENCE_VISIBILITY, "Public");

        InstantaneousConference conference = mmc.createConference(organizer, info);

        SoapStubs.SentRequest request = sent("createInstantaneousConference");
        String in = "//m:createInstantaneousConference/m:instantaneousConferenceInfo";
        assertThat(request.text(in + "/m:name")).isEqualTo("your_conference_name");
        assertThat(request.text(in + "/m:password")).isEqualTo("your_conference_password");
        assertThat(request.text(in + "/m:parameters/m:parameter[1]/m:key")).isEqualTo("audioConfEnabled");
        assertThat(request.text(in + "/m:parameters/m:parameter[1]/m:value")).isEqualTo("true");
        assertThat(request.text(in + "/m:parameters/m:parameter[2]/m:key")).isEqualTo("conferenceVisibility");
        assertThat(request.text(in + "/m:parameters/m:parameter[2]/m:value")).isEqualTo("Public");

        assertThat(conference.getIdentifier()).isEqualTo(37891);
        assertThat(conference.getPassword()).isEqualTo("your_conference_password");
        assertThat(conference.getUrl()).endsWith("id=3E1A71AE-EF35-4715-AA34-BDFCE28178D4&a=StartWithNoPopup");
        assertThat(conference.getParameter(ConferenceOptionalParameter.AUDIO_ROOM_NUMBER)).contains("775104");
        assertThat(conference.toString()).isEqualTo("""
                [InstantaneousConference]
                  AccessCode = 'null'
                  HostFirstName = 'null'
                  HostLastName = 'null'
                  HostLogin = 'null'
                  Identifier = '37891'
                  Name = 'null'
                  Origin = 'null'
                  Password = '****'
                  StartDate = 'null'
                  State = 'null'
                  Type = 'null'
                  Url = 'https://orangeapi.pp.multimedia-conference.orange-business.com/DirectAccess/\
                StartConferenceByUrl.aspx?id=3E1A71AE-EF35-4715-AA34-BDFCE28178D4&a=StartWithNoPopup'
                  [Parameter]
                    Key = 'audioAccessNumber'
                    Value = '+33149945060'
                  [Parameter]
                    Key = 'audioRoomNumber'
                    Value = '775104'""");
    }

    @Test
    void createScheduledConferenceSendsTheTimeSlot() {
        stubs.answer("createScheduledConference", "<m:conference><m:id>37893</m:id><m:url>" + START_URL
                + "</m:url>" + AUDIO_NUMBERS + "</m:conference>");
        ScheduledConferenceInfo info = new ScheduledConferenceInfo("your_conference_name", "your_conference_password",
                START, END);
        info.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CONF_ENABLED, "true");

        ScheduledConference conference = mmc.createConference(organizer, info);

        SoapStubs.SentRequest request = sent("createScheduledConference");
        String in = "//m:createScheduledConference/m:scheduledConferenceInfo";
        assertThat(request.text(in + "/m:name")).isEqualTo("your_conference_name");
        assertThat(request.text(in + "/m:password")).isEqualTo("your_conference_password");
        assertThat(OffsetDateTime.parse(request.text(in + "/m:startDateTime"))).isEqualTo(START);
        assertThat(OffsetDateTime.parse(request.text(in + "/m:endDateTime"))).isEqualTo(END);
        assertThat(request.text(in + "/m:parameters/m:parameter/m:key")).isEqualTo("audioConfEnabled");

        assertThat(conference.getIdentifier()).isEqualTo(37893);
        assertThat(conference.getUrl()).contains("StartConferenceByUrl.aspx");
        assertThat(conference.getEndDate()).isNull();
        assertThat(conference.toString()).startsWith("[ScheduledConference]\n  EndDate = 'null'\n  AccessCode = 'null'");
    }

    @Test
    void createConferenceWithTheAbstractTypeFollowsTheInfoClass() {
        stubs.answer("createScheduledConference", "<m:conference><m:id>5</m:id></m:conference>");
        com.orange.api.mmc.model.ConferenceInfo info = new ScheduledConferenceInfo("n", "pass", START, END);

        Conference conference = mmc.createConference(organizer, info);

        assertThat(conference).isInstanceOf(ScheduledConference.class);
        sent("createScheduledConference");
    }

    @Test
    void modifyConferenceSendsConnectionAndNewInfoAndUpdatesTheSameInstance() {
        stubs.answer("modifyScheduledConference", "<m:conference><m:id>37893</m:id></m:conference>");
        ScheduledConference conference = new ScheduledConference(37893, "your_conference_password");
        conference.setUrl("https://old");
        ScheduledConferenceInfo info = new ScheduledConferenceInfo("your_new_conference_name",
                "your_new_conference_password", START.plusHours(1), END.plusHours(3));
        info.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CONF_ENABLED, "false");
        info.getOptionalParameters().put(ConferenceOptionalParameter.CONFERENCE_VISIBILITY, "Private");

        ScheduledConference returned = mmc.modifyConference(organizer, conference, info);

        SoapStubs.SentRequest request = sent("modifyScheduledConference");
        assertThat(request.text("//m:conferenceConnection/m:id")).isEqualTo("37893");
        assertThat(request.text("//m:conferenceConnection/m:password")).isEqualTo("your_conference_password");
        assertThat(request.text("//m:scheduledConferenceInfo/m:name")).isEqualTo("your_new_conference_name");
        assertThat(request.text("//m:scheduledConferenceInfo/m:password")).isEqualTo("your_new_conference_password");
        assertThat(OffsetDateTime.parse(request.text("//m:scheduledConferenceInfo/m:startDateTime")))
                .isEqualTo(START.plusHours(1));
        assertThat(request.text("//m:scheduledConferenceInfo/m:parameters/m:parameter[2]/m:value")).isEqualTo("Private");

        assertThat(returned).isSameAs(conference);
        assertThat(conference.getPassword()).isEqualTo("your_new_conference_password");
        assertThat(conference.getUrl()).as("the manual's sample prints Url = 'null' after a modify").isNull();
    }

    @Test
    void deleteConferenceSendsTheConnection() {
        stubs.answer("deleteScheduledConference", "");

        mmc.deleteConference(organizer, new ScheduledConference(12073, "your_conference_password"));

        SoapStubs.SentRequest request = sent("deleteScheduledConference");
        assertThat(request.text("//m:deleteScheduledConference/m:conferenceConnection/m:id")).isEqualTo("12073");
        assertThat(request.text("//m:deleteScheduledConference/m:conferenceConnection/m:password"))
                .isEqualTo("your_conference_password");
    }

    @Test
    void startConferenceSetsTheUrlReturnedByTheService() {
        stubs.answer("startScheduledConference", "<m:conference><m:id>37893</m:id><m:url>" + START_URL
                + "</m:url></m:conference>");
        ScheduledConference conference = new ScheduledConference(37893, "your_conference_password");

        ScheduledConference returned = mmc.startConference(organizer, conference);

        SoapStubs.SentRequest request = sent("startScheduledConference");
        assertThat(request.text("//m:startScheduledConference/m:conferenceConnection/m:id")).isEqualTo("37893");
        assertThat(request.text("//m:startScheduledConference/m:conferenceConnection/m:password"))
                .isEqualTo("your_conference_password");
        assertThat(returned).isSameAs(conference);
        assertThat(conference.getUrl()).contains("StartConferenceByUrl.aspx?id=3E1A71AE");
        assertThat(conference.getPassword()).isEqualTo("your_conference_password");
    }

    @Test
    void joinConferenceSendsTheParticipantAndReturnsTheJoinUrl() {
        stubs.answer("joinConference", "<m:participant><m:id>52300</m:id><m:conferenceUrl>https://orangeapi.pp"
                + ".multimedia-conference.orange-business.com/DirectAccess/StartConferenceByUrl.aspx?id=7FFAC386-43AE-4EBE"
                + "-BDEB-71D4876F8C4B&amp;a=JoinWithNoPopup</m:conferenceUrl></m:participant>");
        ParticipantInfo info = new ParticipantInfo("John", "Doe", "john.doe@mailbox.com", 12000, "your_conference_password");
        info.setCultureName(CultureName.FR_FR);

        Participant participant = mmc.joinConference(organizer, info);

        SoapStubs.SentRequest request = sent("joinConference");
        String in = "//m:joinConference/m:participantInfo";
        assertThat(request.text(in + "/m:firstName")).isEqualTo("John");
        assertThat(request.text(in + "/m:lastName")).isEqualTo("Doe");
        assertThat(request.text(in + "/m:mail")).isEqualTo("john.doe@mailbox.com");
        assertThat(request.text(in + "/m:conferenceConnection/m:id")).isEqualTo("12000");
        assertThat(request.text(in + "/m:conferenceConnection/m:password")).isEqualTo("your_conference_password");
        assertThat(request.text(in + "/m:parameters/m:parameter[m:key='cultureName']/m:value")).isEqualTo("fr-FR");

        assertThat(participant.toString()).isEqualTo("""
                [Participant]
                  ConferenceUrl = 'https://orangeapi.pp.multimedia-conference.orange-business.com/DirectAccess/\
                StartConferenceByUrl.aspx?id=7FFAC386-43AE-4EBE-BDEB-71D4876F8C4B&a=JoinWithNoPopup'
                  CultureName = 'null'
                  Identifier = '52300'""");
        assertThat(participant.getConferenceId()).as("the conference joined, which the answer does not repeat").isEqualTo(12000);
    }

    @Test
    void getConferenceDetailsReadsEveryFieldAsTheManualPrintsThem() {
        stubs.answer("getConferenceDetails", SoapStubs.answerFile("getConferenceDetails.xml"));

        Conference conference = mmc.getConferenceDetails(organizer, 37893);

        assertThat(sent("getConferenceDetails").text("//m:getConferenceDetailsInput/m:conferenceID")).isEqualTo("37893");
        assertThat(conference).isInstanceOf(ScheduledConference.class);
        assertThat(conference.getState()).isEqualTo(ConferenceState.NOT_STARTED);
        assertThat(conference.getType()).isEqualTo(ConferenceType.SCHEDULED);
        assertThat(conference.getStartDate()).isEqualTo(OffsetDateTime.parse("2009-09-21T13:38:06+02:00"));
        assertThat(conference.toString()).isEqualTo("""
                [ScheduledConference]
                  EndDate = '21/09/2009 15:37:06'
                  AccessCode = '837675'
                  HostFirstName = 'your_service_account'
                  HostLastName = 'your_service_account'
                  HostLogin = 'your_service_account'
                  Identifier = '37893'
                  Name = 'your_conference_name'
                  Origin = 'Odn'
                  Password = 'null'
                  StartDate = '21/09/2009 13:38:06'
                  State = 'NotStarted'
                  Type = 'Scheduled'
                  Url = 'null'
                  [Parameter]
                    Key = 'conferenceVisibility'
                    Value = 'Public'
                  [Parameter]
                    Key = 'audioAccessNumber'
                    Value = '+33149945060'
                  [Parameter]
                    Key = 'audioRoomNumber'
                    Value = '775104'
                  [Parameter]
                    Key = 'audioCulture'
                    Value = 'en-US'
                  [Parameter]
                    Key = 'audioType'
                    Value = 'Apac'
                  [Parameter]
                    Key = 'conferenceWebcam'
                    Value = 'AirAnyWebcam'
                  [Parameter]
                    Key = 'conferenceChat'
                    Value = 'Participants'
                  [Parameter]
                    Key = 'conferenceAutoLaunched'
                    Value = 'False'""");
    }

    @Test
    void getConferencesListSendsTheWindowAndHostAndBuildsEachConferenceByType() {
        stubs.answer("getConferencesList", SoapStubs.answerFile("getConferencesList.xml"));

        List<Conference> conferences = mmc.getConferencesList(organizer, START.minusHours(6), START.plusHours(6), 42L);

        SoapStubs.SentRequest request = sent("getConferencesList");
        assertThat(OffsetDateTime.parse(request.text("//m:getConferencesListInput/m:startDateTime")))
                .isEqualTo(START.minusHours(6));
        assertThat(OffsetDateTime.parse(request.text("//m:getConferencesListInput/m:endDateTime")))
                .isEqualTo(START.plusHours(6));
        assertThat(request.text("//m:getConferencesListInput/m:hostID")).isEqualTo("42");

        assertThat(conferences).hasSize(3);
        assertThat(conferences.get(0)).isInstanceOf(InstantaneousConference.class);
        assertThat(conferences.get(0).toString()).isEqualTo("""
                [InstantaneousConference]
                  AccessCode = 'null'
                  HostFirstName = 'your_service_account'
                  HostLastName = 'your_service_account'
                  HostLogin = 'your_service_account'
                  Identifier = '37886'
                  Name = 'confname'
                  Origin = 'null'
                  Password = 'null'
                  StartDate = '21/09/2009 13:21:01'
                  State = 'Stopped'
                  Type = 'Instantaneous'
                  Url = 'null'
                  [Parameter]
                    Key = 'conferenceVisibility'
                    Value = 'Public'
                  [Parameter]
                    Key = 'audioType'
                    Value = 'Apac'""");
        assertThat(((ScheduledConference) conferences.get(1)).getEndDate())
                .isEqualTo(OffsetDateTime.parse("2009-09-21T14:06:06+02:00"));
        assertThat(conferences.get(2).getState()).isEqualTo(ConferenceState.UNKNOWN_TO_SDK_VERSION);
        assertThat(conferences.get(2).getStateValue()).isEqualTo("Archived");
        assertThat(conferences.get(2).getType()).isEqualTo(ConferenceType.UNKNOWN_TO_SDK_VERSION);
        assertThat(conferences.get(2).getTypeValue()).isEqualTo("Recurring");
    }

    @Test
    void getConferencesListWithoutHostSendsNoHostId() {
        stubs.answer("getConferencesList", "<m:conferenceList/>");

        assertThat(mmc.getConferencesList(organizer, START, END, null)).isEmpty();

        assertThat(sent("getConferencesList").count("//m:getConferencesListInput/m:hostID")).isZero();
    }

    @Test
    void getLicencesUsageSendsTheWindowAndReadsTheUsage() {
        stubs.answer("getLicencesUsage", "<m:licenceUsage><m:maxConcurrentConnections>2</m:maxConcurrentConnections>"
                + "<m:subscribedLicencesCount>0</m:subscribedLicencesCount><m:usageRate>0</m:usageRate></m:licenceUsage>");
        OffsetDateTime from = OffsetDateTime.of(2009, 9, 11, 10, 0, 0, 0, ZoneOffset.UTC);

        LicenceUsage usage = mmc.getLicencesUsage(organizer, from, from.plusDays(8));

        SoapStubs.SentRequest request = sent("getLicencesUsage");
        assertThat(OffsetDateTime.parse(request.text("//m:getLicencesUsageInput/m:startDateTime"))).isEqualTo(from);
        assertThat(OffsetDateTime.parse(request.text("//m:getLicencesUsageInput/m:endDateTime")))
                .isEqualTo(from.plusDays(8));
        assertThat(usage).isEqualTo(new LicenceUsage(2, 0, BigDecimal.ZERO));
        assertThat(usage.toString()).isEqualTo("""
                [LicenceUsage]
                  MaxConcurrentConnections = '2'
                  SubscribedLicencesCount = '0'
                  UsageRate = '0'""");
    }

    private static void fillAudio(com.orange.api.mmc.model.AudioConferenceInfo info, String suffix, int duration,
            String culture) {
        info.getAttendees().add(new Attendee("+33100000001", "joey" + suffix, "blackey" + suffix,
                "joey" + suffix + ".blackey" + suffix + "@never.land"));
        info.setHost(new Attendee("+33100000000", "joe" + suffix, "black" + suffix, "joe" + suffix + ".black" + suffix
                + "@never.land"));
        info.setName(suffix.isEmpty() ? "confname" : "newconfname");
        info.setPassword(suffix.isEmpty() ? "confpwd" : "newconfpwd");
        info.setRealDuration(duration);
        info.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CULTURE, culture);
        info.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_TYPE, AudioType.APAC.toString());
    }

    private static void assertAudioInput(SoapStubs.SentRequest request, String in, String suffix, String duration,
            String culture) {
        assertThat(request.text(in + "/m:audioConferenceName")).isEqualTo(suffix.isEmpty() ? "confname" : "newconfname");
        assertThat(request.text(in + "/m:audioConferencePassword")).isEqualTo(suffix.isEmpty() ? "confpwd" : "newconfpwd");
        assertThat(request.text(in + "/m:audioConferenceHost/m:attendeeFirstName")).isEqualTo("joe" + suffix);
        assertThat(request.text(in + "/m:audioConferenceHost/m:attendeeLastName")).isEqualTo("black" + suffix);
        assertThat(request.text(in + "/m:audioConferenceHost/m:attendeeMail"))
                .isEqualTo("joe" + suffix + ".black" + suffix + "@never.land");
        assertThat(request.text(in + "/m:audioConferenceHost/m:attendeePhoneNumber")).isEqualTo("+33100000000");
        String attendee = in + "/m:audioConferenceAttendeesList/m:attendee";
        assertThat(request.count(attendee)).isEqualTo(1);
        assertThat(request.text(attendee + "/m:attendeeFirstName")).isEqualTo("joey" + suffix);
        assertThat(request.text(attendee + "/m:attendeeLastName")).isEqualTo("blackey" + suffix);
        assertThat(request.text(attendee + "/m:attendeeMail")).isEqualTo("joey" + suffix + ".blackey" + suffix + "@never.land");
        assertThat(request.text(attendee + "/m:attendeePhoneNumber")).isEqualTo("+33100000001");
        assertThat(request.text(in + "/m:realDuration")).isEqualTo(duration);
        assertThat(request.text(in + "/m:parameters/m:parameter[1]/m:key")).isEqualTo("audioCulture");
        assertThat(request.text(in + "/m:parameters/m:parameter[1]/m:value")).isEqualTo(culture);
        assertThat(request.text(in + "/m:parameters/m:parameter[2]/m:key")).isEqualTo("audioType");
        assertThat(request.text(in + "/m:parameters/m:parameter[2]/m:value")).isEqualTo("Apac");
    }

    @Test
    void createInstantaneousAudioConferenceSendsHostAttendeesDurationAndParameters() {
        stubs.answer("createInstantaneousAudioConference", "<m:audioConference><m:id>37890</m:id>"
                + "<m:url>http://www.ppl.conference-telephone.orange-business.com/Default.aspx?id=37890&amp;token=36723E39"
                + "-ABE4-4F0D-BD91-A3CECE80DDAB</m:url><m:parameters><m:parameter><m:key>audioAccessNumber</m:key>"
                + "<m:value>+33149945060</m:value></m:parameter><m:parameter><m:key>audioRoomNumber</m:key>"
                + "<m:value>774488</m:value></m:parameter></m:parameters></m:audioConference>");
        InstantaneousAudioConferenceInfo info = new InstantaneousAudioConferenceInfo();
        fillAudio(info, "", 60, "en-US");

        InstantaneousAudioConference conference = mmc.createAudioConference(organizer, info);

        SoapStubs.SentRequest request = sent("createInstantaneousAudioConference");
        assertAudioInput(request, "//m:createInstantaneousAudioConferenceInput/m:audioConferenceInput", "", "60", "en-US");
        assertThat(conference.toString()).isEqualTo("""
                [InstantaneousAudioConference]
                  Identifier = '37890'
                  Password = '****'
                  Url = 'http://www.ppl.conference-telephone.orange-business.com/Default.aspx?id=37890&\
                token=36723E39-ABE4-4F0D-BD91-A3CECE80DDAB'
                  [Parameter]
                    Key = 'audioAccessNumber'
                    Value = '+33149945060'
                  [Parameter]
                    Key = 'audioRoomNumber'
                    Value = '774488'""");
        assertThat(conference.getPassword()).isEqualTo("confpwd");
    }

    @Test
    void createScheduledAudioConferenceSendsTheTimeSlot() {
        stubs.answer("createScheduledAudioConference", "<m:audioConference><m:id>37892</m:id><m:url>http://audio/37892"
                + "</m:url></m:audioConference>");
        ScheduledAudioConferenceInfo info = new ScheduledAudioConferenceInfo();
        fillAudio(info, "", 60, "en-US");
        info.setStartDate(START);
        info.setEndDate(START.plusMinutes(15));

        AudioConference conference = mmc.createAudioConference(organizer, (com.orange.api.mmc.model.AudioConferenceInfo) info);

        SoapStubs.SentRequest request = sent("createScheduledAudioConference");
        String in = "//m:createScheduledAudioConferenceInput";
        assertAudioInput(request, in + "/m:audioConferenceInput", "", "60", "en-US");
        assertThat(OffsetDateTime.parse(request.text(in + "/m:scheduledAudioConferenceInfo/m:startDateTime")))
                .isEqualTo(START);
        assertThat(OffsetDateTime.parse(request.text(in + "/m:scheduledAudioConferenceInfo/m:endDateTime")))
                .isEqualTo(START.plusMinutes(15));
        assertThat(conference).isInstanceOf(ScheduledAudioConference.class);
        assertThat(conference.getIdentifier()).isEqualTo(37892);
        assertThat(conference.getUrl()).isEqualTo("http://audio/37892");
    }

    @Test
    void modifyAudioConferenceSendsConnectionInputAndSlotAndUpdatesTheSameInstance() {
        stubs.answer("modifyScheduledAudioConference", "<m:audioConference><m:id>37892</m:id><m:url>http://audio/37892"
                + "</m:url><m:parameters><m:parameter><m:key>audioAccessNumber</m:key><m:value>+33149945050</m:value>"
                + "</m:parameter></m:parameters></m:audioConference>");
        ScheduledAudioConference conference = new ScheduledAudioConference(37892, "confpwd");
        ScheduledAudioConferenceInfo info = new ScheduledAudioConferenceInfo();
        fillAudio(info, "2", 30, "fr-FR");
        info.setStartDate(START.plusHours(1));
        info.setEndDate(START.plusHours(2));

        ScheduledAudioConference returned = mmc.modifyAudioConference(organizer, conference, info);

        SoapStubs.SentRequest request = sent("modifyScheduledAudioConference");
        String in = "//m:modifyScheduledAudioConferenceInput";
        assertThat(request.text(in + "/m:audioconferenceConnection/m:id")).isEqualTo("37892");
        assertThat(request.text(in + "/m:audioconferenceConnection/m:password")).isEqualTo("confpwd");
        assertAudioInput(request, in + "/m:audioConferenceInput", "2", "30", "fr-FR");
        assertThat(OffsetDateTime.parse(request.text(in + "/m:scheduledAudioConferenceInfo/m:startDateTime")))
                .isEqualTo(START.plusHours(1));
        assertThat(returned).isSameAs(conference);
        assertThat(conference.getPassword()).isEqualTo("newconfpwd");
        assertThat(conference.getParameter(ConferenceOptionalParameter.AUDIO_ACCESS_NUMBER)).contains("+33149945050");
    }

    @Test
    void startAudioConferenceSendsTheConnectionAndUpdatesTheSameInstance() {
        stubs.answer("startScheduledAudioConference", "<m:audioConference><m:id>37892</m:id></m:audioConference>");
        ScheduledAudioConference conference = new ScheduledAudioConference(12073, "confpwd");

        ScheduledAudioConference returned = mmc.startAudioConference(organizer, conference);

        SoapStubs.SentRequest request = sent("startScheduledAudioConference");
        assertThat(request.text("//m:startScheduledAudioConferenceInput/m:audioconferenceConnection/m:id"))
                .isEqualTo("12073");
        assertThat(request.text("//m:startScheduledAudioConferenceInput/m:audioconferenceConnection/m:password"))
                .isEqualTo("confpwd");
        assertThat(returned).isSameAs(conference);
        assertThat(conference.toString()).isEqualTo("""
                [ScheduledAudioConference]
                  Identifier = '37892'
                  Password = '****'
                  Url = 'null'""");
    }
}
