package com.orange.api.mmc.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.common.ConfigurationException;

import jakarta.xml.ws.WebServiceException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The runtime check: versions compared by number, linkage errors named as configuration problems. */
class RuntimeCheckTest {

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({"5.4, 5.4, 0", "5.10.1, 5.4, 1", "5.3.1, 5.4, -1", "5.4-beta1, 5.4, 0", "6, 5.6.5, 1"})
    void versionsCompareByTheirNumbers(String version, String other, int sign) {
        assertThat(Integer.signum(RuntimeCheck.compare(version, other))).isEqualTo(sign);
    }

    @Test
    void aLinkageErrorDeepInACallIsAConfigurationProblemNamingTheLibraries() {
        WebServiceException wrapped = new WebServiceException(new IncompatibleClassChangeError(
                "class X cannot inherit from final class org.apache.hc.Y"));

        ConfigurationException problem = RuntimeCheck.linkageProblem(wrapped).orElseThrow();

        assertThat(problem.getMessage()).contains("org.apache.hc.Y").contains("httpclient5 5.4.x to 5.6.x")
                .contains("com.sun.xml.ws:jaxws-rt");
        assertThat(problem.getSource()).contains(RuntimeCheck.RUNTIME);
    }

    @Test
    void anyOtherFailureIsNoLinkageProblem() {
        assertThat(RuntimeCheck.linkageProblem(new WebServiceException("broken pipe"))).isEmpty();
    }

    @Test
    void thisBuildsRuntimePassesTheCheck() {
        RuntimeCheck.verify();

        assertThat(RuntimeCheck.httpClientVersion(getClass().getClassLoader())).isPresent();
    }
}
