package com.orange.api.mmc.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orange.api.common.ConfigurationException;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.MmcCallContext;
import com.orange.api.mmc.MmcInterceptor;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.micrometer.MicrometerInterceptor;
import com.orange.api.mmc.opentelemetry.OpenTelemetryInterceptor;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** One test per condition of {@link MmcAutoConfiguration}; no call leaves the machine. */
class MmcAutoConfigurationTest {

    /** Nothing listens on port 9 of the loopback: calls fail at once. */
    private static final String NOWHERE = "http://127.0.0.1:9/mmc";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MmcAutoConfiguration.class))
            .withPropertyValues("mmc.service-url=" + NOWHERE, "mmc.max-attempts=1");

    private static final String[] CREDENTIALS = {"mmc.organizer.access-key=key",
            "mmc.organizer.access-key-password=key-password", "mmc.organizer.service-account=account",
            "mmc.organizer.service-account-password=account-password"};

    @Test
    void theClientTakesTheMmcPropertiesWithRelaxedBindingAndIsClosedWithTheContext() {
        AtomicReference<Mmc> client = new AtomicReference<>();
        runner.withPropertyValues("mmc.connect-timeout=1500", "MMC_REQUEST_TIMEOUT=PT2.5S", "mmc.maxResponseSize=2048",
                "mmc.disable-proxy=true", "mmc.call-timeout=PT7S").run(context -> {
                    Mmc mmc = context.getBean(Mmc.class);
                    client.set(mmc);
                    assertThat(mmc.settings().serviceUrl()).isEqualTo(URI.create(NOWHERE));
                    assertThat(mmc.settings().connectTimeout()).isEqualTo(Duration.ofMillis(1500));
                    assertThat(mmc.settings().maxAttempts()).isEqualTo(1);
                    assertThat(mmc.settings().maxResponseSize()).isEqualTo(2048);
                    assertThat(mmc.settings().callTimeout()).contains(Duration.ofSeconds(7));
                });
        Organizer organizer = new Organizer("key", "key-password", "account", "account-password");
        assertThatThrownBy(() -> client.get().about(organizer)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anInvalidSettingFailsTheStartNamingIt() {
        runner.withPropertyValues("mmc.max-attempts=several").run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            while (failure != null && !(failure instanceof ConfigurationException)) {
                failure = failure.getCause();
            }
            assertThat(failure).isNotNull().hasMessageContaining("maxAttempts").hasMessageContaining("several");
        });
    }

    @Test
    void anOrganizerOnlyWhenTheFourCredentialsAreSet() {
        runner.run(context -> assertThat(context).doesNotHaveBean(Organizer.class));
        runner.withPropertyValues(CREDENTIALS[0], CREDENTIALS[1], CREDENTIALS[2])
                .run(context -> assertThat(context).doesNotHaveBean(Organizer.class));
        runner.withPropertyValues(CREDENTIALS).run(context -> {
            Organizer organizer = context.getBean(Organizer.class);
            assertThat(organizer.getServiceAccount()).isEqualTo("account");
            assertThat(organizer.getAccessKey()).isEqualTo("key");
        });
    }

    @Test
    void theApplicationsOwnBeansWin() {
        Organizer own = new Organizer("mine", "mine-password", "mine-account", "mine-account-password");
        runner.withPropertyValues(CREDENTIALS)
                .withBean("myMmc", Mmc.class, () -> Mmc.builder().serviceUrl(URI.create("http://127.0.0.1:8/own")).build())
                .withBean("myOrganizer", Organizer.class, () -> own)
                .run(context -> {
                    assertThat(context).hasSingleBean(Mmc.class).hasSingleBean(Organizer.class);
                    assertThat(context.getBean(Mmc.class).settings().serviceUrl().getPort()).isEqualTo(8);
                    assertThat(context.getBean(Organizer.class)).isSameAs(own);
                });
    }

    @Test
    void interceptorBeansAreAddedToTheClient() {
        List<String> seen = new CopyOnWriteArrayList<>();
        MmcInterceptor interceptor = new MmcInterceptor() {
            @Override
            public void onCallEnd(MmcCallContext call, Throwable failureOrNull) {
                seen.add(call.operation());
            }
        };
        runner.withPropertyValues(CREDENTIALS).withBean(MmcInterceptor.class, () -> interceptor).run(context -> {
            Mmc mmc = context.getBean(Mmc.class);
            assertThatThrownBy(() -> mmc.about(context.getBean(Organizer.class)))
                    .isInstanceOf(com.orange.api.common.TechnicalException.class);
            assertThat(seen).containsExactly("about");
        });
    }

    @Test
    void theMicrometerInterceptorWhenAMeterRegistryBeanExists() {
        runner.withPropertyValues(CREDENTIALS).withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            assertThat(context).hasSingleBean(MicrometerInterceptor.class);
            assertThatThrownBy(() -> context.getBean(Mmc.class).about(context.getBean(Organizer.class)))
                    .isInstanceOf(com.orange.api.common.TechnicalException.class);
            assertThat(context.getBean(MeterRegistry.class).get("mmc.client.calls")
                    .tags("operation", "about", "outcome", "technical_error").timer().count()).isEqualTo(1);
        });
        runner.run(context -> assertThat(context).doesNotHaveBean(MicrometerInterceptor.class));
        runner.withClassLoader(new FilteredClassLoader(MicrometerInterceptor.class))
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> assertThat(context).doesNotHaveBean(MicrometerInterceptor.class));
    }

    @Test
    void theOpenTelemetryInterceptorWhenAnOpenTelemetryBeanExists() {
        runner.withBean(OpenTelemetry.class, OpenTelemetry::noop)
                .run(context -> assertThat(context).hasSingleBean(OpenTelemetryInterceptor.class));
        runner.run(context -> assertThat(context).doesNotHaveBean(OpenTelemetryInterceptor.class));
        runner.withClassLoader(new FilteredClassLoader(OpenTelemetryInterceptor.class))
                .withBean(OpenTelemetry.class, OpenTelemetry::noop)
                .run(context -> assertThat(context).doesNotHaveBean(OpenTelemetryInterceptor.class));
    }

    @Test
    void aUserInterceptorOfTheSameTypeWins() {
        MicrometerInterceptor own = new MicrometerInterceptor(new SimpleMeterRegistry(), true);
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).withBean(MicrometerInterceptor.class, () -> own)
                .run(context -> assertThat(context.getBean(MicrometerInterceptor.class)).isSameAs(own));
    }

    @Test
    void theHealthIndicatorFollowsTheHealthApiOnTheClasspath() {
        runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.health.")).run(context ->
                assertThat(context.getBean(MmcAutoConfiguration.HEALTH_INDICATOR))
                        .isInstanceOf(org.springframework.boot.actuate.health.HealthIndicator.class));
        runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate.")).run(context ->
                assertThat(context.getBean(MmcAutoConfiguration.HEALTH_INDICATOR))
                        .isInstanceOf(org.springframework.boot.health.contributor.HealthIndicator.class));
        runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate.",
                "org.springframework.boot.health.")).run(context -> {
                    assertThat(context).doesNotHaveBean(MmcAutoConfiguration.HEALTH_INDICATOR);
                    assertThat(context).hasSingleBean(MmcHealthCheck.class);
                });
    }

    @Test
    void withoutTheSdkNothingIsConfigured() {
        runner.withClassLoader(new FilteredClassLoader(Mmc.class)).run(context -> assertThat(context)
                .doesNotHaveBean(MmcProperties.class).doesNotHaveBean(MmcHealthCheck.class));
    }
}
