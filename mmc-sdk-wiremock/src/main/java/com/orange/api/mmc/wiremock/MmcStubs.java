package com.orange.api.mmc.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.ContentPattern;
import com.orange.api.common.GatewayError;
import com.orange.api.mmc.MmcError;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.InstantaneousAudioConference;
import com.orange.api.mmc.model.InstantaneousConference;
import com.orange.api.mmc.model.LicenceUsage;
import com.orange.api.mmc.model.Participant;
import com.orange.api.mmc.model.ScheduledAudioConference;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.webservice.AboutResponse;
import com.orange.api.mmc.webservice.ConferenceList;
import com.orange.api.mmc.webservice.CreateInstantaneousAudioConferenceResponse;
import com.orange.api.mmc.webservice.CreateInstantaneousConferenceResponse;
import com.orange.api.mmc.webservice.CreateScheduledAudioConferenceResponse;
import com.orange.api.mmc.webservice.CreateScheduledConferenceResponse;
import com.orange.api.mmc.webservice.DeleteScheduledConferenceResponse;
import com.orange.api.mmc.webservice.GetConferenceDetailsResponse;
import com.orange.api.mmc.webservice.GetConferencesListResponse;
import com.orange.api.mmc.webservice.GetLicencesUsageResponse;
import com.orange.api.mmc.webservice.JoinConferenceResponse;
import com.orange.api.mmc.webservice.ModifyScheduledAudioConferenceResponse;
import com.orange.api.mmc.webservice.ModifyScheduledConferenceResponse;
import com.orange.api.mmc.webservice.StartScheduledAudioConferenceResponse;
import com.orange.api.mmc.webservice.StartScheduledConferenceResponse;
import com.orange.api.mmc.wiremock.WireAnswers.Answer;
import com.orange.api.mmc.wiremock.WireOperation.Field;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * WireMock stubs of the MMC service, one factory per WSDL operation: say what the service answers with the
 * SDK's own model objects, MMC errors, gateway errors, HTTP statuses or delays, narrow which requests the
 * stub answers, and {@link OperationStub#build() build} WireMock's {@link MappingBuilder}. No XML to write:
 * answers are written with the SDK's generated types, so the SDK reads back exactly the values given.
 *
 * <pre>{@code
 * wireMock.stubFor(MmcStubs.createScheduledConference().withName("weekly").willReturn(booked).build());
 * wireMock.stubFor(MmcStubs.getConferenceDetails().withConferenceId(42).willFail(MmcError.MMC_19).build());
 * }</pre>
 *
 * <p>A stub matches a POST to any URL carrying the operation's {@code SOAPAction} and request element, and
 * each condition added ({@code forServiceAccount}, {@code withName}...); each condition adds to the others.
 * Point the client at the WireMock server ({@code Mmc.builder().serviceUrl(...)}; plain {@code http} is
 * allowed on loopback). Every builder is mutable and meant for one stub.
 */
public final class MmcStubs {

    private MmcStubs() {
    }

    /** @return a stub of {@code about} */
    public static AboutStub about() {
        return new AboutStub();
    }

    /** @return a stub of {@code createInstantaneousConference} */
    public static CreateInstantaneousConferenceStub createInstantaneousConference() {
        return new CreateInstantaneousConferenceStub();
    }

    /** @return a stub of {@code createScheduledConference} */
    public static CreateScheduledConferenceStub createScheduledConference() {
        return new CreateScheduledConferenceStub();
    }

    /** @return a stub of {@code modifyScheduledConference} */
    public static ModifyScheduledConferenceStub modifyScheduledConference() {
        return new ModifyScheduledConferenceStub();
    }

    /** @return a stub of {@code deleteScheduledConference} */
    public static DeleteScheduledConferenceStub deleteScheduledConference() {
        return new DeleteScheduledConferenceStub();
    }

    /** @return a stub of {@code startScheduledConference} */
    public static StartScheduledConferenceStub startScheduledConference() {
        return new StartScheduledConferenceStub();
    }

    /** @return a stub of {@code joinConference} */
    public static JoinConferenceStub joinConference() {
        return new JoinConferenceStub();
    }

    /** @return a stub of {@code getConferenceDetails} */
    public static GetConferenceDetailsStub getConferenceDetails() {
        return new GetConferenceDetailsStub();
    }

    /** @return a stub of {@code getConferencesList} */
    public static GetConferencesListStub getConferencesList() {
        return new GetConferencesListStub();
    }

    /** @return a stub of {@code getLicencesUsage} */
    public static GetLicencesUsageStub getLicencesUsage() {
        return new GetLicencesUsageStub();
    }

    /** @return a stub of {@code createInstantaneousAudioConference} */
    public static CreateInstantaneousAudioConferenceStub createInstantaneousAudioConference() {
        return new CreateInstantaneousAudioConferenceStub();
    }

    /** @return a stub of {@code createScheduledAudioConference} */
    public static CreateScheduledAudioConferenceStub createScheduledAudioConference() {
        return new CreateScheduledAudioConferenceStub();
    }

    /** @return a stub of {@code modifyScheduledAudioConference} */
    public static ModifyScheduledAudioConferenceStub modifyScheduledAudioConference() {
        return new ModifyScheduledAudioConferenceStub();
    }

    /** @return a stub of {@code startScheduledAudioConference} */
    public static StartScheduledAudioConferenceStub startScheduledAudioConference() {
        return new StartScheduledAudioConferenceStub();
    }

    /**
     * What every operation's stub has: the service-account condition, the failures, the delay and
     * {@link #build()}.
     *
     * @param <S> the operation's stub
     */
    public abstract static class OperationStub<S extends OperationStub<S>> {

        private final WireOperation operation;
        private final List<ContentPattern<?>> conditions = new ArrayList<>();
        private Answer answer;
        private Duration delay;

        OperationStub(WireOperation operation, Answer defaultAnswer) {
            this.operation = operation;
            this.answer = defaultAnswer;
        }

        abstract S self();

        final S match(ContentPattern<?> condition) {
            conditions.add(condition);
            return self();
        }

        final S answer(Answer given) {
            answer = given;
            return self();
        }

        /**
         * Matches when the request's {@code ApplicationContext} names this service account.
         *
         * @return this stub
         */
        public S forServiceAccount(String serviceAccount) {
            return match(Matchers.serviceAccount(serviceAccount));
        }

        /**
         * Answers with the service's declared fault for {@code error}: the SDK throws an
         * {@code MmcException} with its code, description and input parameter.
         *
         * @return this stub
         */
        public S willFail(MmcError error) {
            return answer(WireAnswers.fault(error));
        }

        /**
         * Answers as the gateway does for {@code error}: a SOAP fault with its code, and the HTTP status the
         * manual gives it (500 when it gives none). The SDK throws the {@code TechnicalException} it throws
         * for the real gateway's: that code, its retryability and status ({@code REQ.AUTHENTICATION_FAILURE}
         * is the gateway's 401, which the SDK reads from the status alone).
         *
         * @return this stub
         */
        public S willFail(GatewayError error) {
            return answer(WireAnswers.fault(error));
        }

        /**
         * Answers this HTTP status alone, without a body (the SDK's {@code HTTP_<status>}, or
         * {@code REQ.AUTHENTICATION_FAILURE} for 401).
         *
         * @param status 100 to 599
         * @return this stub
         */
        public S willReturnHttpStatus(int status) {
            return answer(WireAnswers.httpStatus(status));
        }

        /**
         * Sends the answer only after {@code delay}: with a shorter request timeout, the SDK gives up with
         * {@code TIMEOUT}.
         *
         * @param delay at least zero, in whole milliseconds up to {@code Integer.MAX_VALUE}
         * @return this stub
         */
        public S willDelay(Duration delay) {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative() || delay.toMillis() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("delay must be between 0 and " + Integer.MAX_VALUE + " ms, not "
                        + delay);
            }
            this.delay = delay;
            return self();
        }

        /**
         * @return WireMock's mapping: the operation's requests with every condition given, answered as said;
         *         pass it to {@code stubFor}
         * @throws IllegalStateException when no answer was given ({@code willReturn}, {@code willFail},
         *                               {@code willReturnHttpStatus})
         */
        public MappingBuilder build() {
            if (answer == null) {
                throw new IllegalStateException("the " + operation.wireName() + " stub has no answer: call willReturn,"
                        + " willFail or willReturnHttpStatus before build()");
            }
            MappingBuilder mapping = post(anyUrl()).withHeader("SOAPAction", Matchers.soapAction(operation))
                    .withRequestBody(Matchers.operation(operation));
            conditions.forEach(mapping::withRequestBody);
            ResponseDefinitionBuilder response = aResponse().withStatus(answer.status());
            if (answer.contentType() != null) {
                response.withHeader("Content-Type", answer.contentType()).withBody(answer.body());
            }
            if (delay != null) {
                response.withFixedDelay((int) delay.toMillis());
            }
            return mapping.willReturn(response);
        }
    }

    /** A stub of {@code about}. */
    public static final class AboutStub extends OperationStub<AboutStub> {

        AboutStub() {
            super(WireOperation.ABOUT, null);
        }

        /**
         * Answers with {@code release}, written with the SDK's own types: the SDK returns its values.
         *
         * @param release the release the service names, for example {@code V1.4}
         * @return this stub
         */
        public AboutStub willReturn(String release) {
            AboutResponse answer = new AboutResponse();
            answer.setAboutReturn(Objects.requireNonNull(release, "release"));
            return answer(WireAnswers.success(answer));
        }

        @Override
        AboutStub self() {
            return this;
        }
    }

    /** A stub of {@code createInstantaneousConference}. */
    public static final class CreateInstantaneousConferenceStub
            extends OperationStub<CreateInstantaneousConferenceStub> {

        CreateInstantaneousConferenceStub() {
            super(WireOperation.CREATE_INSTANTANEOUS_CONFERENCE, null);
        }

        /**
         * Matches when the request names the conference {@code name}.
         *
         * @return this stub
         */
        public CreateInstantaneousConferenceStub withName(String name) {
            return match(Matchers.text(WireOperation.CREATE_INSTANTANEOUS_CONFERENCE, Field.NAME, name));
        }

        /**
         * Answers with {@code conference}, written with the SDK's own types: the SDK returns its values.
         *
         * @param conference the conference created, as the SDK returns it
         * @return this stub
         */
        public CreateInstantaneousConferenceStub willReturn(InstantaneousConference conference) {
            CreateInstantaneousConferenceResponse answer = new CreateInstantaneousConferenceResponse();
            answer.setConference(WireAnswers.conference(conference, false));
            return answer(WireAnswers.success(answer));
        }

        @Override
        CreateInstantaneousConferenceStub self() {
            return this;
        }
    }

    /** A stub of {@code createScheduledConference}. */
    public static final class CreateScheduledConferenceStub extends OperationStub<CreateScheduledConferenceStub> {

        CreateScheduledConferenceStub() {
            super(WireOperation.CREATE_SCHEDULED_CONFERENCE, null);
        }

        /**
         * Matches when the request names the conference {@code name}.
         *
         * @return this stub
         */
        public CreateScheduledConferenceStub withName(String name) {
            return match(Matchers.text(WireOperation.CREATE_SCHEDULED_CONFERENCE, Field.NAME, name));
        }

        /**
         * Matches when the request's start date is {@code startDate}, as the SDK writes it.
         *
         * @return this stub
         */
        public CreateScheduledConferenceStub withStartDate(OffsetDateTime startDate) {
            return match(Matchers.date(WireOperation.CREATE_SCHEDULED_CONFERENCE, Field.START_DATE, startDate));
        }

        /**
         * Matches when the request's end date is {@code endDate}, as the SDK writes it.
         *
         * @return this stub
         */
        public CreateScheduledConferenceStub withEndDate(OffsetDateTime endDate) {
            return match(Matchers.date(WireOperation.CREATE_SCHEDULED_CONFERENCE, Field.END_DATE, endDate));
        }

        /**
         * Answers with {@code conference}, written with the SDK's own types: the SDK returns its values.
         *
         * @param conference the conference booked, as the SDK returns it
         * @return this stub
         */
        public CreateScheduledConferenceStub willReturn(ScheduledConference conference) {
            CreateScheduledConferenceResponse answer = new CreateScheduledConferenceResponse();
            answer.setConference(WireAnswers.conference(conference, false));
            return answer(WireAnswers.success(answer));
        }

        @Override
        CreateScheduledConferenceStub self() {
            return this;
        }
    }

    /** A stub of {@code modifyScheduledConference}. */
    public static final class ModifyScheduledConferenceStub extends OperationStub<ModifyScheduledConferenceStub> {

        ModifyScheduledConferenceStub() {
            super(WireOperation.MODIFY_SCHEDULED_CONFERENCE, null);
        }

        /**
         * Matches when the request is about the conference {@code conferenceId}.
         *
         * @return this stub
         */
        public ModifyScheduledConferenceStub withConferenceId(long conferenceId) {
            return match(Matchers.number(WireOperation.MODIFY_SCHEDULED_CONFERENCE, Field.CONFERENCE_ID, conferenceId));
        }

        /**
         * Matches when the request names the conference {@code name}.
         *
         * @return this stub
         */
        public ModifyScheduledConferenceStub withName(String name) {
            return match(Matchers.text(WireOperation.MODIFY_SCHEDULED_CONFERENCE, Field.NAME, name));
        }

        /**
         * Matches when the request's start date is {@code startDate}, as the SDK writes it.
         *
         * @return this stub
         */
        public ModifyScheduledConferenceStub withStartDate(OffsetDateTime startDate) {
            return match(Matchers.date(WireOperation.MODIFY_SCHEDULED_CONFERENCE, Field.START_DATE, startDate));
        }

        /**
         * Matches when the request's end date is {@code endDate}, as the SDK writes it.
         *
         * @return this stub
         */
        public ModifyScheduledConferenceStub withEndDate(OffsetDateTime endDate) {
            return match(Matchers.date(WireOperation.MODIFY_SCHEDULED_CONFERENCE, Field.END_DATE, endDate));
        }

        /**
         * Answers with {@code conference}, written with the SDK's own types: the SDK returns its values.
         *
         * @param conference the conference as modified: the SDK copies each of its fields onto the caller's
         *                   conference
         * @return this stub
         */
        public ModifyScheduledConferenceStub willReturn(ScheduledConference conference) {
            ModifyScheduledConferenceResponse answer = new ModifyScheduledConferenceResponse();
            answer.setConference(WireAnswers.conference(conference, false));
            return answer(WireAnswers.success(answer));
        }

        @Override
        ModifyScheduledConferenceStub self() {
            return this;
        }
    }

    /** A stub of {@code deleteScheduledConference}. */
    public static final class DeleteScheduledConferenceStub extends OperationStub<DeleteScheduledConferenceStub> {

        DeleteScheduledConferenceStub() {
            super(WireOperation.DELETE_SCHEDULED_CONFERENCE,
                    WireAnswers.success(new DeleteScheduledConferenceResponse()));
        }

        /**
         * Matches when the request is about the conference {@code conferenceId}.
         *
         * @return this stub
         */
        public DeleteScheduledConferenceStub withConferenceId(long conferenceId) {
            return match(Matchers.number(WireOperation.DELETE_SCHEDULED_CONFERENCE, Field.CONFERENCE_ID, conferenceId));
        }

        /**
         * Answers that the conference was deleted (the stub's answer when no other is given).
         *
         * @return this stub
         */
        public DeleteScheduledConferenceStub willSucceed() {
            return answer(WireAnswers.success(new DeleteScheduledConferenceResponse()));
        }

        @Override
        DeleteScheduledConferenceStub self() {
            return this;
        }
    }

    /** A stub of {@code startScheduledConference}. */
    public static final class StartScheduledConferenceStub extends OperationStub<StartScheduledConferenceStub> {

        StartScheduledConferenceStub() {
            super(WireOperation.START_SCHEDULED_CONFERENCE, null);
        }

        /**
         * Matches when the request is about the conference {@code conferenceId}.
         *
         * @return this stub
         */
        public StartScheduledConferenceStub withConferenceId(long conferenceId) {
            return match(Matchers.number(WireOperation.START_SCHEDULED_CONFERENCE, Field.CONFERENCE_ID, conferenceId));
        }

        /**
         * Answers with {@code conference}, written with the SDK's own types: the SDK returns its values.
         *
         * @param conference the conference as started (its URL opens it): the SDK copies each of its fields onto the
         *                   caller's conference
         * @return this stub
         */
        public StartScheduledConferenceStub willReturn(ScheduledConference conference) {
            StartScheduledConferenceResponse answer = new StartScheduledConferenceResponse();
            answer.setConference(WireAnswers.conference(conference, false));
            return answer(WireAnswers.success(answer));
        }

        @Override
        StartScheduledConferenceStub self() {
            return this;
        }
    }

    /** A stub of {@code joinConference}. */
    public static final class JoinConferenceStub extends OperationStub<JoinConferenceStub> {

        JoinConferenceStub() {
            super(WireOperation.JOIN_CONFERENCE, null);
        }

        /**
         * Matches when the request is about the conference {@code conferenceId}.
         *
         * @return this stub
         */
        public JoinConferenceStub withConferenceId(long conferenceId) {
            return match(Matchers.number(WireOperation.JOIN_CONFERENCE, Field.CONFERENCE_ID, conferenceId));
        }

        /**
         * Matches when the participant invited has the e-mail address {@code email}.
         *
         * @return this stub
         */
        public JoinConferenceStub withEmail(String email) {
            return match(Matchers.text(WireOperation.JOIN_CONFERENCE, Field.EMAIL, email));
        }

        /**
         * Answers with {@code participant}, written with the SDK's own types: the SDK returns its values.
         *
         * @param participant the participant invited, as the SDK returns it
         * @return this stub
         */
        public JoinConferenceStub willReturn(Participant participant) {
            JoinConferenceResponse answer = new JoinConferenceResponse();
            answer.setParticipant(WireAnswers.participant(participant));
            return answer(WireAnswers.success(answer));
        }

        @Override
        JoinConferenceStub self() {
            return this;
        }
    }

    /** A stub of {@code getConferenceDetails}. */
    public static final class GetConferenceDetailsStub extends OperationStub<GetConferenceDetailsStub> {

        GetConferenceDetailsStub() {
            super(WireOperation.GET_CONFERENCE_DETAILS, null);
        }

        /**
         * Matches when the request is about the conference {@code conferenceId}.
         *
         * @return this stub
         */
        public GetConferenceDetailsStub withConferenceId(long conferenceId) {
            return match(Matchers.number(WireOperation.GET_CONFERENCE_DETAILS, Field.CONFERENCE_ID, conferenceId));
        }

        /**
         * Answers with {@code conference}, written with the SDK's own types: the SDK returns its values.
         *
         * @param conference the conference read; its class (scheduled or instantaneous) is what the SDK returns, its
         *                   type value following its class when it has none
         * @return this stub
         */
        public GetConferenceDetailsStub willReturn(Conference conference) {
            GetConferenceDetailsResponse answer = new GetConferenceDetailsResponse();
            answer.setConference(WireAnswers.conference(conference, true));
            return answer(WireAnswers.success(answer));
        }

        @Override
        GetConferenceDetailsStub self() {
            return this;
        }
    }

    /** A stub of {@code getConferencesList}. */
    public static final class GetConferencesListStub extends OperationStub<GetConferencesListStub> {

        GetConferencesListStub() {
            super(WireOperation.GET_CONFERENCES_LIST, null);
        }

        /**
         * Matches when the request's start date is {@code startDate}, as the SDK writes it.
         *
         * @return this stub
         */
        public GetConferencesListStub withStartDate(OffsetDateTime startDate) {
            return match(Matchers.date(WireOperation.GET_CONFERENCES_LIST, Field.START_DATE, startDate));
        }

        /**
         * Matches when the request's end date is {@code endDate}, as the SDK writes it.
         *
         * @return this stub
         */
        public GetConferencesListStub withEndDate(OffsetDateTime endDate) {
            return match(Matchers.date(WireOperation.GET_CONFERENCES_LIST, Field.END_DATE, endDate));
        }

        /**
         * Matches when the request asks for the host {@code hostId}'s conferences.
         *
         * @return this stub
         */
        public GetConferencesListStub withHostId(long hostId) {
            return match(Matchers.number(WireOperation.GET_CONFERENCES_LIST, Field.HOST_ID, hostId));
        }

        /**
         * Answers with {@code conferences}, written with the SDK's own types: the SDK returns its values.
         *
         * @param conferences the conferences listed, in order (possibly none); each keeps its class, its type value
         *                    following its class when it has none
         * @return this stub
         */
        public GetConferencesListStub willReturn(List<? extends Conference> conferences) {
            ConferenceList list = new ConferenceList();
            for (Conference conference : Objects.requireNonNull(conferences, "conferences")) {
                list.getConference().add(WireAnswers.conference(conference, true));
            }
            GetConferencesListResponse answer = new GetConferencesListResponse();
            answer.setConferenceList(list);
            return answer(WireAnswers.success(answer));
        }

        @Override
        GetConferencesListStub self() {
            return this;
        }
    }

    /** A stub of {@code getLicencesUsage}. */
    public static final class GetLicencesUsageStub extends OperationStub<GetLicencesUsageStub> {

        GetLicencesUsageStub() {
            super(WireOperation.GET_LICENCES_USAGE, null);
        }

        /**
         * Matches when the request's start date is {@code startDate}, as the SDK writes it.
         *
         * @return this stub
         */
        public GetLicencesUsageStub withStartDate(OffsetDateTime startDate) {
            return match(Matchers.date(WireOperation.GET_LICENCES_USAGE, Field.START_DATE, startDate));
        }

        /**
         * Matches when the request's end date is {@code endDate}, as the SDK writes it.
         *
         * @return this stub
         */
        public GetLicencesUsageStub withEndDate(OffsetDateTime endDate) {
            return match(Matchers.date(WireOperation.GET_LICENCES_USAGE, Field.END_DATE, endDate));
        }

        /**
         * Answers with {@code licenceUsage}, written with the SDK's own types: the SDK returns its values.
         *
         * @param licenceUsage the licence usage, as the SDK returns it
         * @return this stub
         */
        public GetLicencesUsageStub willReturn(LicenceUsage licenceUsage) {
            GetLicencesUsageResponse answer = new GetLicencesUsageResponse();
            answer.setLicenceUsage(WireAnswers.licenceUsage(licenceUsage));
            return answer(WireAnswers.success(answer));
        }

        @Override
        GetLicencesUsageStub self() {
            return this;
        }
    }

    /** A stub of {@code createInstantaneousAudioConference}. */
    public static final class CreateInstantaneousAudioConferenceStub
            extends OperationStub<CreateInstantaneousAudioConferenceStub> {

        CreateInstantaneousAudioConferenceStub() {
            super(WireOperation.CREATE_INSTANTANEOUS_AUDIO_CONFERENCE, null);
        }

        /**
         * Matches when the request names the conference {@code name}.
         *
         * @return this stub
         */
        public CreateInstantaneousAudioConferenceStub withName(String name) {
            return match(Matchers.text(WireOperation.CREATE_INSTANTANEOUS_AUDIO_CONFERENCE, Field.NAME, name));
        }

        /**
         * Answers with {@code audioConference}, written with the SDK's own types: the SDK returns its values.
         *
         * @param audioConference the audio conference created, as the SDK returns it
         * @return this stub
         */
        public CreateInstantaneousAudioConferenceStub willReturn(InstantaneousAudioConference audioConference) {
            CreateInstantaneousAudioConferenceResponse answer = new CreateInstantaneousAudioConferenceResponse();
            answer.setAudioConference(WireAnswers.audioConference(audioConference));
            return answer(WireAnswers.success(answer));
        }

        @Override
        CreateInstantaneousAudioConferenceStub self() {
            return this;
        }
    }

    /** A stub of {@code createScheduledAudioConference}. */
    public static final class CreateScheduledAudioConferenceStub
            extends OperationStub<CreateScheduledAudioConferenceStub> {

        CreateScheduledAudioConferenceStub() {
            super(WireOperation.CREATE_SCHEDULED_AUDIO_CONFERENCE, null);
        }

        /**
         * Matches when the request names the conference {@code name}.
         *
         * @return this stub
         */
        public CreateScheduledAudioConferenceStub withName(String name) {
            return match(Matchers.text(WireOperation.CREATE_SCHEDULED_AUDIO_CONFERENCE, Field.NAME, name));
        }

        /**
         * Matches when the request's start date is {@code startDate}, as the SDK writes it.
         *
         * @return this stub
         */
        public CreateScheduledAudioConferenceStub withStartDate(OffsetDateTime startDate) {
            return match(Matchers.date(WireOperation.CREATE_SCHEDULED_AUDIO_CONFERENCE, Field.START_DATE, startDate));
        }

        /**
         * Matches when the request's end date is {@code endDate}, as the SDK writes it.
         *
         * @return this stub
         */
        public CreateScheduledAudioConferenceStub withEndDate(OffsetDateTime endDate) {
            return match(Matchers.date(WireOperation.CREATE_SCHEDULED_AUDIO_CONFERENCE, Field.END_DATE, endDate));
        }

        /**
         * Answers with {@code audioConference}, written with the SDK's own types: the SDK returns its values.
         *
         * @param audioConference the audio conference booked, as the SDK returns it
         * @return this stub
         */
        public CreateScheduledAudioConferenceStub willReturn(ScheduledAudioConference audioConference) {
            CreateScheduledAudioConferenceResponse answer = new CreateScheduledAudioConferenceResponse();
            answer.setAudioConference(WireAnswers.audioConference(audioConference));
            return answer(WireAnswers.success(answer));
        }

        @Override
        CreateScheduledAudioConferenceStub self() {
            return this;
        }
    }

    /** A stub of {@code modifyScheduledAudioConference}. */
    public static final class ModifyScheduledAudioConferenceStub
            extends OperationStub<ModifyScheduledAudioConferenceStub> {

        ModifyScheduledAudioConferenceStub() {
            super(WireOperation.MODIFY_SCHEDULED_AUDIO_CONFERENCE, null);
        }

        /**
         * Matches when the request is about the conference {@code conferenceId}.
         *
         * @return this stub
         */
        public ModifyScheduledAudioConferenceStub withConferenceId(long conferenceId) {
            return match(Matchers.number(WireOperation.MODIFY_SCHEDULED_AUDIO_CONFERENCE,
                    Field.CONFERENCE_ID, conferenceId));
        }

        /**
         * Matches when the request names the conference {@code name}.
         *
         * @return this stub
         */
        public ModifyScheduledAudioConferenceStub withName(String name) {
            return match(Matchers.text(WireOperation.MODIFY_SCHEDULED_AUDIO_CONFERENCE, Field.NAME, name));
        }

        /**
         * Matches when the request's start date is {@code startDate}, as the SDK writes it.
         *
         * @return this stub
         */
        public ModifyScheduledAudioConferenceStub withStartDate(OffsetDateTime startDate) {
            return match(Matchers.date(WireOperation.MODIFY_SCHEDULED_AUDIO_CONFERENCE, Field.START_DATE, startDate));
        }

        /**
         * Matches when the request's end date is {@code endDate}, as the SDK writes it.
         *
         * @return this stub
         */
        public ModifyScheduledAudioConferenceStub withEndDate(OffsetDateTime endDate) {
            return match(Matchers.date(WireOperation.MODIFY_SCHEDULED_AUDIO_CONFERENCE, Field.END_DATE, endDate));
        }

        /**
         * Answers with {@code audioConference}, written with the SDK's own types: the SDK returns its values.
         *
         * @param audioConference the audio conference as modified: the SDK copies each of its fields onto the
         *                        caller's
         * @return this stub
         */
        public ModifyScheduledAudioConferenceStub willReturn(ScheduledAudioConference audioConference) {
            ModifyScheduledAudioConferenceResponse answer = new ModifyScheduledAudioConferenceResponse();
            answer.setAudioConference(WireAnswers.audioConference(audioConference));
            return answer(WireAnswers.success(answer));
        }

        @Override
        ModifyScheduledAudioConferenceStub self() {
            return this;
        }
    }

    /** A stub of {@code startScheduledAudioConference}. */
    public static final class StartScheduledAudioConferenceStub
            extends OperationStub<StartScheduledAudioConferenceStub> {

        StartScheduledAudioConferenceStub() {
            super(WireOperation.START_SCHEDULED_AUDIO_CONFERENCE, null);
        }

        /**
         * Matches when the request is about the conference {@code conferenceId}.
         *
         * @return this stub
         */
        public StartScheduledAudioConferenceStub withConferenceId(long conferenceId) {
            return match(Matchers.number(WireOperation.START_SCHEDULED_AUDIO_CONFERENCE,
                    Field.CONFERENCE_ID, conferenceId));
        }

        /**
         * Answers with {@code audioConference}, written with the SDK's own types: the SDK returns its values.
         *
         * @param audioConference the audio conference as started: the SDK copies each of its fields onto the caller's
         * @return this stub
         */
        public StartScheduledAudioConferenceStub willReturn(ScheduledAudioConference audioConference) {
            StartScheduledAudioConferenceResponse answer = new StartScheduledAudioConferenceResponse();
            answer.setAudioConference(WireAnswers.audioConference(audioConference));
            return answer(WireAnswers.success(answer));
        }

        @Override
        StartScheduledAudioConferenceStub self() {
            return this;
        }
    }
}
