package com.orange.api.mmc;

import static com.orange.api.mmc.RawHttpServer.envelope;
import static com.orange.api.mmc.RawHttpServer.soapAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.orange.api.common.TechnicalException;

import com.orange.api.mmc.model.ParticipantInfo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.BiConsumer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An answer whose values are not what the schema says is never mapped to something else: each case sends,
 * from a raw-socket server, a well-framed answer with one bad value; the call fails with
 * {@code BAD_RESPONSE} naming the element and repeating the value, never a default, a null or a guess.
 */
class BadAnswerValuesIT {

    private static final Organizer ORGANIZER = SoapStubs.organizer();

    /** The manual's details sample, with {@code %s} standing for the case's id, start and end. */
    private static final String CONFERENCE = "<m:getConferenceDetailsResponse xmlns:m=\"" + RawHttpServer.NS + "\">"
            + "<m:conference><m:id>%s</m:id><m:name>your_conference_name</m:name>"
            + "<m:startDateTime>%s</m:startDateTime><m:endDateTime>%s</m:endDateTime>"
            + "<m:state>NotStarted</m:state><m:type>Scheduled</m:type></m:conference>"
            + "</m:getConferenceDetailsResponse>";

    private static final String USAGE = "<m:getLicencesUsageResponse xmlns:m=\"" + RawHttpServer.NS + "\">"
            + "<m:licenceUsage><m:maxConcurrentConnections>%s</m:maxConcurrentConnections>"
            + "<m:subscribedLicencesCount>%s</m:subscribedLicencesCount><m:usageRate>%s</m:usageRate>"
            + "</m:licenceUsage></m:getLicencesUsageResponse>";

    private static final String JOINED = "<m:joinConferenceResponse xmlns:m=\"" + RawHttpServer.NS + "\">"
            + "<m:participant><m:id>%s</m:id><m:cultureName>en-US</m:cultureName></m:participant>"
            + "</m:joinConferenceResponse>";

    private static final String START = "2009-09-21T13:38:06+02:00";
    private static final String END = "2009-09-21T15:37:06+02:00";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a date that is not one       | details | 37893        | not-a-date | " + END + " | conference.startDateTime | not-a-date",
            "a 30th of February           | details | 37893        | 2024-02-30T10:00:00Z | " + END + " | conference.startDateTime | 2024-02-30T10:00:00Z",
            "a 60th second                | details | 37893        | " + START + " | 2024-06-30T23:59:60Z | conference.endDateTime | 2024-06-30T23:59:60Z",
            "a year alone                 | details | 37893        | 2024 | " + END + " | conference.startDateTime | 2024",
            "an identifier that is text   | details | abc          | " + START + " | " + END + " | conference.id | abc",
            "an identifier of zero        | details | 0            | " + START + " | " + END + " | conference.id | 0",
            "a count beyond an int        | usage   | 99999999999  | 10 | 50 | licenceUsage.maxConcurrentConnections | 99999999999",
            "a count that is text         | usage   | abc          | 10 | 50 | licenceUsage.maxConcurrentConnections | abc",
            "a count with a fraction      | usage   | 3            | 10.5 | 50 | licenceUsage.subscribedLicencesCount | 10.5",
            "a rate that is text          | usage   | 3            | 10 | fifty | licenceUsage.usageRate | fifty",
            "a rate with an exponent      | usage   | 3            | 10 | 5E1 | licenceUsage.usageRate | 5E1",
            "a participant id beyond long | join    | 99999999999999999999 | - | - | participant.id | 99999999999999999999"})
    void aValueTheSchemaDoesNotAllowFailsTheCallNamingTheElementAndValue(String name, String operation, String first,
            String second, String third, String element, String value) throws Exception {
        String body = switch (operation) {
            case "details" -> CONFERENCE.formatted(first, second, third);
            case "usage" -> USAGE.formatted(first, second, third);
            default -> JOINED.formatted(first);
        };
        try (RawHttpServer server = new RawHttpServer(request -> RawHttpServer.Reply.keep(soapAnswer(200, envelope(body))));
                Mmc mmc = Mmc.builder().serviceUrl(server.url()).requestTimeout(Duration.ofSeconds(10)).maxAttempts(3).build()) {

            TechnicalException failure = catchThrowableOfType(TechnicalException.class, () -> CALLS.get(operation).accept(mmc, ORGANIZER));

            assertThat(failure).as(name).isNotNull();
            assertThat(failure.getCode()).isEqualTo("BAD_RESPONSE");
            assertThat(failure.getMessage()).contains(element).contains("'" + value + "'");
            assertThat(failure.isRetryable()).as("the same answer would come again").isFalse();
            assertThat(server.requests).as("sent once, not retried").hasSize(1);
        }
    }

    private static final Map<String, BiConsumer<Mmc, Organizer>> CALLS = Map.of(
            "details", (mmc, organizer) -> mmc.getConferenceDetails(organizer, 37893),
            "usage", (mmc, organizer) -> mmc.getLicencesUsage(organizer,
                    OffsetDateTime.parse("2009-09-01T00:00:00Z"), OffsetDateTime.parse("2009-09-30T00:00:00Z")),
            "join", (mmc, organizer) -> mmc.joinConference(organizer,
                    new ParticipantInfo("Ada", "Lovelace", "ada@example.com", 37893, "s3cret")));
}
