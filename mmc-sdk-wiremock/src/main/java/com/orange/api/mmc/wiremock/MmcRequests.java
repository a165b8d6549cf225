package com.orange.api.mmc.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.ContentPattern;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.orange.api.mmc.wiremock.WireOperation.Field;

import java.time.OffsetDateTime;

/**
 * The SDK's requests as WireMock request patterns, one factory per WSDL operation, with the same conditions
 * as {@link MmcStubs}, for WireMock's {@code verify}:
 *
 * <pre>{@code
 * wireMock.verify(1, MmcRequests.createScheduledConference().withName("weekly"));
 * wireMock.verify(0, MmcRequests.deleteScheduledConference());
 * }</pre>
 *
 * <p>A pattern matches a POST to any URL carrying the operation's {@code SOAPAction} and request element,
 * and each condition added; each condition adds to the others.
 */
public final class MmcRequests {

    private MmcRequests() {
    }

    /** @return the requests of {@code about} (to narrow, then verify) */
    public static AboutRequest about() {
        return new AboutRequest();
    }

    /** @return the requests of {@code createInstantaneousConference} (to narrow, then verify) */
    public static CreateInstantaneousConferenceRequest createInstantaneousConference() {
        return new CreateInstantaneousConferenceRequest();
    }

    /** @return the requests of {@code createScheduledConference} (to narrow, then verify) */
    public static CreateScheduledConferenceRequest createScheduledConference() {
        return new CreateScheduledConferenceRequest();
    }

    /** @return the requests of {@code modifyScheduledConference} (to narrow, then verify) */
    public static ModifyScheduledConferenceRequest modifyScheduledConference() {
        return new ModifyScheduledConferenceRequest();
    }

    /** @return the requests of {@code deleteScheduledConference} (to narrow, then verify) */
    public static DeleteScheduledConferenceRequest deleteScheduledConference() {
        return new DeleteScheduledConferenceRequest();
    }

    /** @return the requests of {@code startScheduledConference} (to narrow, then verify) */
    public static StartScheduledConferenceRequest startScheduledConference() {
        return new StartScheduledConferenceRequest();
    }

    /** @return the requests of {@code joinConference} (to narrow, then verify) */
    public static JoinConferenceRequest joinConference() {
        return new JoinConferenceRequest();
    }

    /** @return the requests of {@code getConferenceDetails} (to narrow, then verify) */
    public static GetConferenceDetailsRequest getConferenceDetails() {
        return new GetConferenceDetailsRequest();
    }

    /** @return the requests of {@code getConferencesList} (to narrow, then verify) */
    public static GetConferencesListRequest getConferencesList() {
        return new GetConferencesListRequest();
    }

    /** @return the requests of {@code getLicencesUsage} (to narrow, then verify) */
    public static GetLicencesUsageRequest getLicencesUsage() {
        return new GetLicencesUsageRequest();
    }

    /** @return the requests of {@code createInstantaneousAudioConference} (to narrow, then verify) */
    public static CreateInstantaneousAudioConferenceRequest createInstantaneousAudioConference() {
        return new CreateInstantaneousAudioConferenceRequest();
    }

    /** @return the requests of {@code createScheduledAudioConference} (to narrow, then verify) */
    public static CreateScheduledAudioConferenceRequest createScheduledAudioConference() {
        return new CreateScheduledAudioConferenceRequest();
    }

    /** @return the requests of {@code modifyScheduledAudioConference} (to narrow, then verify) */
    public static ModifyScheduledAudioConferenceRequest modifyScheduledAudioConference() {
        return new ModifyScheduledAudioConferenceRequest();
    }

    /** @return the requests of {@code startScheduledAudioConference} (to narrow, then verify) */
    public static StartScheduledAudioConferenceRequest startScheduledAudioConference() {
        return new StartScheduledAudioConferenceRequest();
    }

    /**
     * What every operation's pattern has: the operation itself and the service-account condition; the rest
     * is WireMock's {@link RequestPatternBuilder}.
     *
     * @param <R> the operation's pattern
     */
    public abstract static class OperationRequest<R extends OperationRequest<R>> extends RequestPatternBuilder {

        OperationRequest(WireOperation operation) {
            super(RequestMethod.POST, anyUrl());
            withHeader("SOAPAction", Matchers.soapAction(operation));
            withRequestBody(Matchers.operation(operation));
        }

        abstract R self();

        final R condition(ContentPattern<?> condition) {
            withRequestBody(condition);
            return self();
        }

        /**
         * Matches when the request's {@code ApplicationContext} names this service account.
         *
         * @return this pattern
         */
        public R forServiceAccount(String serviceAccount) {
            return condition(Matchers.serviceAccount(serviceAccount));
        }
    }

    /** The requests of {@code about}. */
    public static final class AboutRequest extends OperationRequest<AboutRequest> {

        AboutRequest() {
            super(WireOperation.ABOUT);
        }

        @Override
        AboutRequest self() {
            return this;
        }
    }

    /** The requests of {@code createInstantaneousConference}. */
    public static final class CreateInstantaneousConferenceRequest
            extends OperationRequest<CreateInstantaneousConferenceRequest> {

        CreateInstantaneousConferenceRequest() {
            super(WireOperation.CREATE_INSTANTANEOUS_CONFERENCE);
        }

        /**
         * Matches when the request names the conference {@code name}.
         *
         * @return this pattern
         */
        public CreateInstantaneousConferenceRequest withName(String name) {
            return condition(Matchers.text(WireOperation.CREATE_INSTANTANEOUS_CONFERENCE, Field.NAME, name));
        }

        @Override
        CreateInstantaneousConferenceRequest self() {
            return this;
        }
    }

    /** The requests of {@code createScheduledConference}. */
    public static final class CreateScheduledConferenceRequest
            extends OperationRequest<CreateScheduledConferenceRequest> {

        CreateScheduledConferenceRequest() {
            super(WireOperation.CREATE_SCHEDULED_CONFERENCE);
        }

        /**
         * Matches when the request names the conference {@code name}.
         *
         * @return this pattern
         */
        public CreateScheduledConferenceRequest withName(String name) {
            return condition(Matchers.text(WireOperation.CREATE_SCHEDULED_CONFERENCE, Field.NAME, name));
        }

        /**
         * Matches when the request's start date is {@code startDate}, as the SDK writes it.
         *
         * @return this pattern
         */
        public CreateScheduledConferenceRequest withStartDate(OffsetDateTime startDate) {
            return condition(Matchers.date(WireOperation.CREATE_SCHEDULED_CONFERENCE, Field.START_DATE, startDate));
        }

        /**
         * Matches when the request's end date is {@code endDate}, as the SDK writes it.
         *
         * @return this pattern
         */
        public CreateScheduledConferenceRequest withEndDate(OffsetDateTime endDate) {
            return condition(Matchers.date(WireOperation.CREATE_SCHEDULED_CONFERENCE, Field.END_DATE, endDate));
        }

        @Override
        CreateScheduledConferenceRequest self() {
            return this;
        }
    }

    /** The requests of {@code modifyScheduledConference}. */
    public static final class ModifyScheduledConferenceRequest
            extends OperationRequest<ModifyScheduledConferenceRequest> {

        ModifyScheduledConferenceRequest() {
            super(WireOperation.MODIFY_SCHEDULED_CONFERENCE);
        }

        /**
         * Matches when the request is about the conference {@code conferenceId}.
         *
         * @return this pattern
         */
        public ModifyScheduledConferenceRequest withConferenceId(long conferenceId) {
            return condition(Matchers.number(WireOperation.MODIFY_SCHEDULED_CONFERENCE,
                    Field.CONFERENCE_ID, conferenceId));
        }

        /**
         * Matches when the request names the conference {@code name}.
         *
         * @return this pattern
         */
        public ModifyScheduledConferenceRequest withName(String name) {
            return condition(Matchers.text(WireOperation.MODIFY_SCHEDULED_CONFERENCE, Field.NAME, name));
        }

        /**
         * Matches when the request's start date is {@code startDate}, as the SDK writes it.
         *
         * @return this pattern
         */
        public ModifyScheduledConferenceRequest withStartDate(OffsetDateTime startDate) {
            return condition(Matchers.date(WireOperation.MODIFY_SCHEDULED_CONFERENCE, Field.START_DATE, startDate));
        }

        /**
         * Matches when the request's end date is {@code endDate}, as the SDK writes it.
         *
         * @return this pattern
         */
        public ModifyScheduledConferenceRequest withEndDate(OffsetDateTime endDate) {
            return condition(Matchers.date(WireOperation.MODIFY_SCHEDULED_CONFERENCE, Field.END_DATE, endDate));
        }

        @Override
        ModifyScheduledConferenceRequest self() {
            return this;
        }
    }

    /** The requests of {@code deleteScheduledConference}. */
    public static final class DeleteScheduledConferenceRequest
            extends OperationRequest<DeleteScheduledConferenceRequest> {

        DeleteScheduledConferenceRequest() {
            super(WireOperation.DELETE_SCHEDULED_CONFERENCE);
        }

        /**
         * Matches when the request is about the conference {@code conferenceId}.
         *
         * @return this pattern
         */
        public DeleteScheduledConferenceRequest withConferenceId(long conferenceId) {
            return condition(Matchers.number(WireOperation.DELETE_SCHEDULED_CONFERENCE,
                    Field.CONFERENCE_ID, conferenceId));
        }

        @Override
        DeleteScheduledConferenceRequest self() {
            return this;
        }
    }

    /** The requests of {@code startScheduledConference}. */
    public static final class StartScheduledConferenceRequest
            extends OperationRequest<StartScheduledConferenceRequest> {

        StartScheduledConferenceRequest() {
            super(WireOperation.START_SCHEDULED_CONFERENCE);
        }

        /**
         * Matches when the request is about the conference {@code conferenceId}.
         *
         * @return this pattern
         */
        public StartScheduledConferenceRequest withConferenceId(long conferenceId) {
            return condition(Matchers.number(WireOperation.START_SCHEDULED_CONFERENCE,
                    Field.CONFERENCE_ID, conferenceId));
        }

        @Override
        StartScheduledConferenceRequest self() {
            return this;
        }
    }

    /** The requests of {@code joinConference}. */
    public static final class JoinConferenceRequest extends OperationRequest<JoinConferenceRequest> {

        JoinConferenceRequest() {
            super(WireOperation.JOIN_CONFERENCE);
        }

        /**
         * Matches when the request is about the conference {@code conferenceId}.
         *
         * @return this pattern
         */
        public JoinConferenceRequest withConferenceId(long conferenceId) {
            return condition(Matchers.number(WireOperation.JOIN_CONFERENCE, Field.CONFERENCE_ID, conferenceId));
        }

        /**
         * Matches when the participant invited has the e-mail address {@code email}.
         *
         * @return this pattern
         */
        public JoinConferenceRequest withEmail(String email) {
            return condition(Matchers.text(WireOperation.JOIN_CONFERENCE, Field.EMAIL, email));
        }

        @Override
        JoinConferenceRequest self() {
            return this;
        }
    }

    /** The requests of {@code getConferenceDetails}. */
    public static final class GetConferenceDetailsRequest extends OperationRequest<GetConferenceDetailsRequest> {

        GetConferenceDetailsRequest() {
            super(WireOperation.GET_CONFERENCE_DETAILS);
        }

        /**
         * Matches when the request is about the conference {@code conferenceId}.
         *
         * @return this pattern
         */
        public GetConferenceDetailsRequest withConferenceId(long conferenceId) {
            return condition(Matchers.number(WireOperation.GET_CONFERENCE_DETAILS, Field.CONFERENCE_ID, conferenceId));
        }

        @Override
        GetConferenceDetailsRequest self() {
            return this;
        }
    }

    /** The requests of {@code getConferencesList}. */
    public static final class GetConferencesListRequest extends OperationRequest<GetConferencesListRequest> {

        GetConferencesListRequest() {
            super(WireOperation.GET_CONFERENCES_LIST);
        }

        /**
         * Matches when the request's start date is {@code startDate}, as the SDK writes it.
         *
         * @return this pattern
         */
        public GetConferencesListRequest withStartDate(OffsetDateTime startDate) {
            return condition(Matchers.date(WireOperation.GET_CONFERENCES_LIST, Field.START_DATE, startDate));
        }

        /**
         * Matches when the request's end date is {@code endDate}, as the SDK writes it.
         *
         * @return this pattern
         */
        public GetConferencesListRequest withEndDate(OffsetDateTime endDate) {
            return condition(Matchers.date(WireOperation.GET_CONFERENCES_LIST, Field.END_DATE, endDate));
        }

        /**
         * Matches when the request asks for the host {@code hostId}'s conferences.
         *
         * @return this pattern
         */
        public GetConferencesListRequest withHostId(long hostId) {
            return condition(Matchers.number(WireOperation.GET_CONFERENCES_LIST, Field.HOST_ID, hostId));
        }

        @Override
        GetConferencesListRequest self() {
            return this;
        }
    }

    /** The requests of {@code getLicencesUsage}. */
    public static final class GetLicencesUsageRequest extends OperationRequest<GetLicencesUsageRequest> {

        GetLicencesUsageRequest() {
            super(WireOperation.GET_LICENCES_USAGE);
        }

        /**
         * Matches when the request's start date is {@code startDate}, as the SDK writes it.
         *
         * @return this pattern
         */
        public GetLicencesUsageRequest withStartDate(OffsetDateTime startDate) {
            return condition(Matchers.date(WireOperation.GET_LICENCES_USAGE, Field.START_DATE, startDate));
        }

        /**
         * Matches when the request's end date is {@code endDate}, as the SDK writes it.
         *
         * @return this pattern
         */
        public GetLicencesUsageRequest withEndDate(OffsetDateTime endDate) {
            return condition(Matchers.date(WireOperation.GET_LICENCES_USAGE, Field.END_DATE, endDate));
        }

        @Override
        GetLicencesUsageRequest self() {
            return this;
        }
    }

    /** The requests of {@code createInstantaneousAudioConference}. */
    public static final class CreateInstantaneousAudioConferenceRequest
            extends OperationRequest<CreateInstantaneousAudioConferenceRequest> {

        CreateInstantaneousAudioConferenceRequest() {
            super(WireOperation.CREATE_INSTANTANEOUS_AUDIO_CONFERENCE);
        }

        /**
         * Matches when the request names the conference {@code name}.
         *
         * @return this pattern
         */
        public CreateInstantaneousAudioConferenceRequest withName(String name) {
            return condition(Matchers.text(WireOperation.CREATE_INSTANTANEOUS_AUDIO_CONFERENCE, Field.NAME, name));
        }

        @Override
        CreateInstantaneousAudioConferenceRequest self() {
            return this;
        }
    }

    /** The requests of {@code createScheduledAudioConference}. */
    public static final class CreateScheduledAudioConferenceRequest
            extends OperationRequest<CreateScheduledAudioConferenceRequest> {

        CreateScheduledAudioConferenceRequest() {
            super(WireOperation.CREATE_SCHEDULED_AUDIO_CONFERENCE);
        }

        /**
         * Matches when the request names the conference {@code name}.
         *
         * @return this pattern
         */
        public CreateScheduledAudioConferenceRequest withName(String name) {
            return condition(Matchers.text(WireOperation.CREATE_SCHEDULED_AUDIO_CONFERENCE, Field.NAME, name));
        }

        /**
         * Matches when the request's start date is {@code startDate}, as the SDK writes it.
         *
         * @return this pattern
         */
        public CreateScheduledAudioConferenceRequest withStartDate(OffsetDateTime startDate) {
            return condition(Matchers.date(WireOperation.CREATE_SCHEDULED_AUDIO_CONFERENCE,
                    Field.START_DATE, startDate));
        }

        /**
         * Matches when the request's end date is {@code endDate}, as the SDK writes it.
         *
         * @return this pattern
         */
        public CreateScheduledAudioConferenceRequest withEndDate(OffsetDateTime endDate) {
            return condition(Matchers.date(WireOperation.CREATE_SCHEDULED_AUDIO_CONFERENCE, Field.END_DATE, endDate));
        }

        @Override
        CreateScheduledAudioConferenceRequest self() {
            return this;
        }
    }

    /** The requests of {@code modifyScheduledAudioConference}. */
    public static final class ModifyScheduledAudioConferenceRequest
            extends OperationRequest<ModifyScheduledAudioConferenceRequest> {

        ModifyScheduledAudioConferenceRequest() {
            super(WireOperation.MODIFY_SCHEDULED_AUDIO_CONFERENCE);
        }

        /**
         * Matches when the request is about the conference {@code conferenceId}.
         *
         * @return this pattern
         */
        public ModifyScheduledAudioConferenceRequest withConferenceId(long conferenceId) {
            return condition(Matchers.number(WireOperation.MODIFY_SCHEDULED_AUDIO_CONFERENCE,
                    Field.CONFERENCE_ID, conferenceId));
        }

        /**
         * Matches when the request names the conference {@code name}.
         *
         * @return this pattern
         */
        public ModifyScheduledAudioConferenceRequest withName(String name) {
            return condition(Matchers.text(WireOperation.MODIFY_SCHEDULED_AUDIO_CONFERENCE, Field.NAME, name));
        }

        /**
         * Matches when the request's start date is {@code startDate}, as the SDK writes it.
         *
         * @return this pattern
         */
        public ModifyScheduledAudioConferenceRequest withStartDate(OffsetDateTime startDate) {
            return condition(Matchers.date(WireOperation.MODIFY_SCHEDULED_AUDIO_CONFERENCE,
                    Field.START_DATE, startDate));
        }

        /**
         * Matches when the request's end date is {@code endDate}, as the SDK writes it.
         *
         * @return this pattern
         */
        public ModifyScheduledAudioConferenceRequest withEndDate(OffsetDateTime endDate) {
            return condition(Matchers.date(WireOperation.MODIFY_SCHEDULED_AUDIO_CONFERENCE, Field.END_DATE, endDate));
        }

        @Override
        ModifyScheduledAudioConferenceRequest self() {
            return this;
        }
    }

    /** The requests of {@code startScheduledAudioConference}. */
    public static final class StartScheduledAudioConferenceRequest
            extends OperationRequest<StartScheduledAudioConferenceRequest> {

        StartScheduledAudioConferenceRequest() {
            super(WireOperation.START_SCHEDULED_AUDIO_CONFERENCE);
        }

        /**
         * Matches when the request is about the conference {@code conferenceId}.
         *
         * @return this pattern
         */
        public StartScheduledAudioConferenceRequest withConferenceId(long conferenceId) {
            return condition(Matchers.number(WireOperation.START_SCHEDULED_AUDIO_CONFERENCE,
                    Field.CONFERENCE_ID, conferenceId));
        }

        @Override
        StartScheduledAudioConferenceRequest self() {
            return this;
        }
    }
}
