package com.orange.api.mmc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.orange.api.common.ConfigurationException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manual's "first project": settings and credentials from mmc.properties, then About. */
class ConfigFileIT {

    @TempDir
    Path dir;

    private Path settings(SoapStubs stubs) throws IOException {
        Path file = dir.resolve("mmc.properties");
        Files.writeString(file, """
                disableProxy=true
                serviceUrl=%s
                accessKey=%s
                accessKeyPassword=%s
                serviceAccount=%s
                serviceAccountPassword=%s
                requestTimeout=PT7S
                maxAttempts=2
                """.formatted(stubs.serviceUrl(), SoapStubs.ACCESS_KEY, SoapStubs.ACCESS_KEY_PASSWORD,
                SoapStubs.SERVICE_ACCOUNT, SoapStubs.SERVICE_ACCOUNT_PASSWORD));
        return file;
    }

    @Test
    void aboutWorksWithEverythingLoadedFromTheFile() throws IOException {
        try (SoapStubs stubs = new SoapStubs()) {
            stubs.answer("about", "<m:aboutReturn>V1.4</m:aboutReturn>");
            Path file = settings(stubs);

            try (Mmc mmc = Mmc.loadFromConfigFile(file)) {
                Organizer organizer = new Organizer();
                organizer.loadFromConfigFile(file);

                assertThat(mmc.about(organizer)).isEqualTo("V1.4");
                assertThat(mmc.settings().requestTimeout()).isEqualTo(Duration.ofSeconds(7));
                assertThat(mmc.settings().maxAttempts()).isEqualTo(2);
            }
            SoapStubs.SentRequest request = stubs.onlyRequest();
            assertThat(request.header("Authorization"))
                    .isEqualTo(SoapStubs.basicAuth(SoapStubs.ACCESS_KEY, SoapStubs.ACCESS_KEY_PASSWORD));
            assertThat(request.applicationContext("Partner_API_Account_Pwd")).isEqualTo(SoapStubs.SERVICE_ACCOUNT_PASSWORD);
        }
    }

    @Test
    void aStreamWorksLikeAFile() throws IOException {
        try (SoapStubs stubs = new SoapStubs(); InputStream in = Files.newInputStream(settings(stubs))) {
            try (Mmc mmc = Mmc.loadFromConfigFile(in)) {
                assertThat(mmc.settings().serviceUrl()).isEqualTo(stubs.serviceUrl());
            }
        }
    }

    @Test
    void theManualsPlaceholdersAreRefusedWithTheKeyAndFileNamed() throws IOException {
        Path file = dir.resolve("mmc.properties");
        Files.writeString(file, """
                disableProxy=false
                proxyHost=your_proxy_host
                proxyPort=your_proxy_port
                serviceUrl=your_service_url
                """);

        ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> Mmc.loadFromConfigFile(file));

        assertThat(e.getKey()).contains("serviceUrl");
        assertThat(e.getMessage()).contains(file.toString());
    }

    @Test
    void theDotNetSdksXmlMmcConfigIsReadWithTheSameKeys() throws IOException {
        try (SoapStubs stubs = new SoapStubs()) {
            stubs.answer("about", "<m:aboutReturn>V1.4</m:aboutReturn>");
            Path file = dir.resolve("mmc.config");
            Files.writeString(file, """
                    <?xml version="1.0" encoding="utf-8"?>
                    <configuration>
                      <configSections><section name="log4net" type="log4net.Config.Log4NetConfigurationSectionHandler, log4net"/></configSections>
                      <appSettings>
                        <!-- HTTP Proxy Configuration -->
                        <add key="disableProxy" value="true" />
                        <add key="serviceUrl" value="%s" />
                        <add key="accessKey" value="%s" />
                        <add key="accessKeyPassword" value="%s" />
                        <add key="serviceAccount" value="%s" />
                        <add key="serviceAccountPassword" value="%s" />
                        <add key="requestTimeout" value="PT9S" />
                      </appSettings>
                      <log4net><root><level value="INFO"/></root></log4net>
                    </configuration>
                    """.formatted(stubs.serviceUrl(), SoapStubs.ACCESS_KEY, SoapStubs.ACCESS_KEY_PASSWORD,
                    SoapStubs.SERVICE_ACCOUNT, SoapStubs.SERVICE_ACCOUNT_PASSWORD));

            try (Mmc mmc = Mmc.loadFromConfigFile(file)) {
                Organizer organizer = new Organizer();
                organizer.loadFromConfigFile(file);

                assertThat(mmc.about(organizer)).isEqualTo("V1.4");
                assertThat(mmc.settings().requestTimeout()).isEqualTo(Duration.ofSeconds(9));
            }
        }
    }

    @Test
    void anXmlMmcConfigGetsTheSameErrorsAsAPropertiesFile() throws IOException {
        Path typo = dir.resolve("typo.config");
        Files.writeString(typo, "<configuration><appSettings><add key=\"requestTimout\" value=\"PT9S\"/>"
                + "</appSettings></configuration>");
        Path badValue = dir.resolve("bad.config");
        Files.writeString(badValue, "<configuration><appSettings><add key=\"serviceUrl\" value=\"your_service_url\"/>"
                + "</appSettings></configuration>");
        Path entity = dir.resolve("entity.config");
        Files.writeString(entity, "<!DOCTYPE configuration [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<configuration><appSettings><add key=\"serviceUrl\" value=\"&x;\"/></appSettings></configuration>");

        ConfigurationException unknown = catchThrowableOfType(ConfigurationException.class, () -> Mmc.loadFromConfigFile(typo));
        ConfigurationException invalid = catchThrowableOfType(ConfigurationException.class,
                () -> Mmc.loadFromConfigFile(badValue));
        ConfigurationException refused = catchThrowableOfType(ConfigurationException.class,
                () -> Mmc.loadFromConfigFile(entity));

        assertThat(unknown.getMessage()).contains("requestTimout").contains("requestTimeout").contains(typo.toString());
        assertThat(invalid.getKey()).contains("serviceUrl");
        assertThat(invalid.getMessage()).contains(badValue.toString());
        assertThat(refused.getMessage()).contains(entity.toString()).doesNotContain("root:");
    }
}
