package com.orange.api.mmc.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.common.ApiCredentials;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the wire log masks: password elements (plain or CDATA), the account password entry, echoed credentials. */
class WireLogTest {

    private static final CallSecrets SECRETS = CallSecrets.of(new ApiCredentials("access-key-4711", "key-Secret-1", "account-0815",
            "account-Secret-2"), "conf-Secret-6");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "plain password element    | <m:password>conf-Secret-3</m:password>                                 | conf-Secret-3",
            "CDATA password element    | <password><![CDATA[conf-Secret-<4>]]></password>                      | conf-Secret-<4>",
            "mixed CDATA and text      | <audioConferencePassword>a<![CDATA[b-Secret-5]]>c</audioConferencePassword> | b-Secret-5",
            "account password entry    | <key>Partner_API_Account_Pwd</key><value>account-Secret-2</value>      | account-Secret-2",
            "echoed in a faultstring   | <faultstring>bad password key-Secret-1 for key</faultstring>           | key-Secret-1",
            "echoed account password   | <faultstring>account-Secret-2 is wrong</faultstring>                  | account-Secret-2",
            "echoed conference password | <faultstring>conf-Secret-6 is too short</faultstring>                | conf-Secret-6"})
    void everySecretIsMasked(String name, String xml, String secret) {
        String masked = WireLog.mask(xml.getBytes(StandardCharsets.UTF_8), SECRETS);

        assertThat(masked).doesNotContain(secret).contains(WireLog.MASK);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a name            | <name>weekly</name>",
            "a state           | <m:state>Started</m:state>"})
    void whatIsNoSecretStaysReadable(String name, String xml) {
        assertThat(WireLog.mask(xml.getBytes(StandardCharsets.UTF_8), SECRETS)).isEqualTo(xml);
    }
}
