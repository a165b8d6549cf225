package com.orange.api.mmc.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToXml;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.matching.ContentPattern;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** The scrubber on mappings shaped as WireMock records the SDK's calls. */
class MmcRecordingScrubberTest {

    private static final String ACCOUNT_PASSWORD = "sap-Secret-2";
    private static final String ACCESS_KEY_PASSWORD = "akp-Secret-1";
    private static final String CONFERENCE_PASSWORD = "conf-Secret-3";

    private static String request(String accountPassword, String conferencePassword, String name) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<S:Header><ApplicationContext xmlns=\"http://api.orange.com/mmc/1\">"
                + "<entry><key>Partner_API_Account_ID</key><value>the-account</value></entry>"
                + "<entry><key>Partner_API_Account_Pwd</key><value>" + accountPassword + "</value></entry>"
                + "</ApplicationContext></S:Header><S:Body><createInstantaneousConference xmlns=\"http://api.orange.com/mmc/1\">"
                + "<instantaneousConferenceInfo><name>" + name + "</name><password>" + conferencePassword
                + "</password></instantaneousConferenceInfo></createInstantaneousConference></S:Body></S:Envelope>";
    }

    private static final String ANSWER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><S:Envelope"
            + " xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><ns2:createInstantaneousConferenceResponse"
            + " xmlns:ns2=\"http://api.orange.com/mmc/1\"><ns2:conference><ns2:id>1234</ns2:id><ns2:password>"
            + CONFERENCE_PASSWORD + "</ns2:password><ns2:url>https://portal/start?id=1234&amp;pwd=" + CONFERENCE_PASSWORD
            + "</ns2:url></ns2:conference></ns2:createInstantaneousConferenceResponse></S:Body></S:Envelope>";

    private static StubMapping recorded() {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("the-key:" + ACCESS_KEY_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return post(urlEqualTo("/api/MultimediaConference-1")).withHeader("Authorization", equalTo(basic))
                .withHeader("SOAPAction", equalTo("\"urn:createInstantaneousConference\""))
                .withRequestBody(equalToXml(request(ACCOUNT_PASSWORD, CONFERENCE_PASSWORD, "now")))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=utf-8")
                        .withBody(ANSWER))
                .build();
    }

    private static StubMapping scrubbed(StubMapping mapping) {
        return new MmcRecordingScrubber().transform(mapping, null, Parameters.empty());
    }

    @Test
    void noSecretIsLeftInTheMapping() {
        String json = Json.write(scrubbed(recorded()));

        assertThat(json).doesNotContain(ACCOUNT_PASSWORD, ACCESS_KEY_PASSWORD, CONFERENCE_PASSWORD,
                Base64.getEncoder().encodeToString(("the-key:" + ACCESS_KEY_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .doesNotContainIgnoringCase("authorization");
    }

    @Test
    void theBodyConditionStillMatchesTheRequestWhateverItsPasswords() {
        StringValuePattern body = (StringValuePattern) only(scrubbed(recorded()));

        assertThat(body.match(request(ACCOUNT_PASSWORD, CONFERENCE_PASSWORD, "now")).isExactMatch()).isTrue();
        assertThat(body.match(request("another-pwd", "another-conf-pwd", "now")).isExactMatch()).isTrue();
        assertThat(body.match(request(ACCOUNT_PASSWORD, CONFERENCE_PASSWORD, "later")).isExactMatch()).isFalse();
    }

    @Test
    void theAccountAndTheOtherConditionsStay() {
        StubMapping recorded = recorded();
        StubMapping scrubbed = scrubbed(recorded);

        assertThat(Json.write(scrubbed)).contains("the-account");
        assertThat(scrubbed.getRequest().getHeaders()).containsOnlyKeys("SOAPAction");
        assertThat(scrubbed.getRequest().getUrl()).isEqualTo("/api/MultimediaConference-1");
        assertThat(scrubbed.getId()).isEqualTo(recorded.getId());
    }

    @Test
    void theAnswerLosesItsPasswordElementAndMasksItsEchoes() {
        String body = scrubbed(recorded()).getResponse().getBody();

        assertThat(body).doesNotContain("password>").doesNotContain(CONFERENCE_PASSWORD)
                .contains("<ns2:id>1234</ns2:id>").contains("pwd=" + MmcRecordingScrubber.MASK);
    }

    @Test
    void aNonXmlConditionHoldingASecretMatchesAnyTextThere() {
        StubMapping mapping = post(urlEqualTo("/x")).withRequestBody(equalToXml(request(ACCOUNT_PASSWORD, "pw12345", "n")))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("code=pw12345;"))
                .willReturn(aResponse().withStatus(200)).build();

        StubMapping scrubbed = scrubbed(mapping);

        assertThat(Json.write(scrubbed)).doesNotContain("pw12345");
        StringValuePattern contains = (StringValuePattern) scrubbed.getRequest().getBodyPatterns().get(1);
        assertThat(contains.match("a code=other;").isExactMatch()).isTrue();
        assertThat(contains.match("a code=;").isExactMatch()).isFalse();
    }

    @Test
    void aMappingWithoutSecretsComesOutTheSame() {
        StubMapping plain = post(urlEqualTo("/x")).withRequestBody(equalTo("hello"))
                .willReturn(aResponse().withStatus(200).withBody("<a>1</a>")).build();

        assertThat(Json.write(scrubbed(plain))).isEqualTo(Json.write(plain));
    }

    private static ContentPattern<?> only(StubMapping mapping) {
        assertThat(mapping.getRequest().getBodyPatterns()).hasSize(1);
        return mapping.getRequest().getBodyPatterns().get(0);
    }
}
