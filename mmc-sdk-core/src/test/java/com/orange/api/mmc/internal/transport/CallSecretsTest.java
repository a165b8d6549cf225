package com.orange.api.mmc.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.common.ApiCredentials;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a call's secrets mask in the server's text, and what they leave alone. */
class CallSecretsTest {

    private static final CallSecrets ONE_LETTER = CallSecrets.of(new ApiCredentials("c", "o", "r", "e"), "t");
    private static final CallSecrets LONG = CallSecrets.of(new ApiCredentials("key-1", "p<ss&1", "account",
            "pwd-Two"), "conf-Pass");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a short secret inside a word stays         | Incorrect credentials          | Incorrect credentials",
            "a short secret standing alone is masked     | password o refused             | password **** refused",
            "a short secret between punctuation          | user=c;pwd=o                   | user=****;pwd=****",
            "a short secret at both ends                 | t                              | ****"})
    void shortSecretsAreMaskedOnlyAsWholeWords(String name, String text, String masked) {
        assertThat(ONE_LETTER.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a long secret inside a word                 | xxpwd-Twoxx                    | xx****xx",
            "a secret as XML escapes it                   | was p&lt;ss&amp;1              | was ****",
            "a conference password                       | conf-Pass given                | **** given",
            "no secret                                   | nothing here                   | nothing here"})
    void longSecretsAreMaskedWherever(String name, String text, String masked) {
        assertThat(LONG.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({"key-1, p<ss&1", "c, o"})
    void theBasicFormOfTheAuthorizationIsMasked(String key, String password) {
        CallSecrets secrets = CallSecrets.of(new ApiCredentials(key, password, "account", "pwd-Two"));
        String basic = Base64.getEncoder().encodeToString((key + ":" + password).getBytes(StandardCharsets.UTF_8));

        assertThat(secrets.mask("Authorization: Basic " + basic)).isEqualTo("Authorization: Basic ****");
    }
}
