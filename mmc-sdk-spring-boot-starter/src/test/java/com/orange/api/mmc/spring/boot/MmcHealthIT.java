package com.orange.api.mmc.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.mmc.sandbox.MmcSandbox;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The {@code mmc} health indicator against the sandbox, and against a service that is not there. */
class MmcHealthIT {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withClassLoader(new FilteredClassLoader("org.springframework.boot.health."))
            .withConfiguration(AutoConfigurations.of(MmcAutoConfiguration.class));

    @Test
    void upWithTheServiceVersionAndCachedWhileFresh() {
        try (MmcSandbox sandbox = MmcSandbox.start()) {
            runner.withPropertyValues("mmc.service-url=" + sandbox.serviceUrl(),
                    "mmc.organizer.access-key=" + sandbox.accessKey(),
                    "mmc.organizer.access-key-password=" + sandbox.accessKeyPassword(),
                    "mmc.organizer.service-account=" + sandbox.serviceAccount(),
                    "mmc.organizer.service-account-password=" + sandbox.serviceAccountPassword(),
                    "mmc.health.cache-ttl=1h").run(context -> {
                        HealthIndicator indicator = context.getBean(MmcAutoConfiguration.HEALTH_INDICATOR,
                                HealthIndicator.class);
                        Health health = indicator.health();
                        assertThat(health.getStatus()).isEqualTo(Status.UP);
                        assertThat(health.getDetails()).containsEntry("version", "V1.4");
                        MmcHealthCheck check = context.getBean(MmcHealthCheck.class);
                        assertThat(check.check()).isSameAs(check.check());
                    });
        }
    }

    @Test
    void downWhenTheServiceDoesNotAnswerOrNoOrganizerIsSet() {
        runner.withPropertyValues("mmc.service-url=http://127.0.0.1:9/mmc", "mmc.max-attempts=1",
                "mmc.organizer.access-key=key", "mmc.organizer.access-key-password=key-password",
                "mmc.organizer.service-account=account", "mmc.organizer.service-account-password=account-password")
                .run(context -> {
                    Health health = context.getBean(MmcAutoConfiguration.HEALTH_INDICATOR, HealthIndicator.class)
                            .health();
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(health.getDetails()).containsKey("error");
                    assertThat(health.getDetails().toString()).doesNotContain("key-password", "account-password");
                });
        runner.withPropertyValues("mmc.service-url=http://127.0.0.1:9/mmc").run(context -> assertThat(
                context.getBean(MmcAutoConfiguration.HEALTH_INDICATOR, HealthIndicator.class).health().getDetails())
                .containsEntry("error", "no organizer: set mmc.organizer.* or define an Organizer bean"));
    }
}
