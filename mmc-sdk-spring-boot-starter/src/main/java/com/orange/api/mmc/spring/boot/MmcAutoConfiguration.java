package com.orange.api.mmc.spring.boot;

import com.orange.api.common.SettingsSource;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.MmcInterceptor;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.micrometer.MicrometerInterceptor;
import com.orange.api.mmc.opentelemetry.OpenTelemetryInterceptor;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of the MMC SDK for Spring Boot 3.5 and 4.0 (see {@link MmcProperties}):
 *
 * <ul>
 *   <li>{@link Mmc} from the {@code mmc.*} properties, with every {@link MmcInterceptor} bean, closed with
 *       the context;</li>
 *   <li>{@link Organizer} when the four {@code mmc.organizer.*} credentials are set;</li>
 *   <li>{@link MmcHealthCheck}, reported by a health indicator named {@code mmc} when the actuator is there
 *       (Boot 3's or Boot 4's health API, whichever the application has);</li>
 *   <li>{@link MicrometerInterceptor} when {@code mmc-sdk-micrometer} is on the classpath and a
 *       {@link MeterRegistry} bean exists; {@link OpenTelemetryInterceptor} likewise with an
 *       {@link OpenTelemetry} bean.</li>
 * </ul>
 *
 * A bean of the same type defined by the application replaces each of them.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.opentelemetry.OpenTelemetryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration"})
@ConditionalOnClass(Mmc.class)
@EnableConfigurationProperties(MmcProperties.class)
public class MmcAutoConfiguration {

    /** The bean name of the health indicator, which Boot reports as {@code mmc}. */
    public static final String HEALTH_INDICATOR = "mmcHealthIndicator";

    /**
     * @return the client, built from the {@code mmc.*} properties with the interceptor beans in their order
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public Mmc mmc(MmcProperties properties, ObjectProvider<MmcInterceptor> interceptors) {
        Mmc.Builder builder = Mmc.builder()
                .configSource(SettingsSource.ofValues("Spring Boot mmc.* properties", properties.settings()));
        interceptors.orderedStream().forEach(builder::addInterceptor);
        return builder.build();
    }

    /** @return the organizer of the {@code mmc.organizer.*} credentials */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "mmc.organizer",
            name = {"access-key", "access-key-password", "service-account", "service-account-password"})
    public Organizer mmcOrganizer(MmcProperties properties) {
        MmcProperties.Organizer given = properties.getOrganizer();
        return new Organizer(given.getAccessKey(), given.getAccessKeyPassword(), given.getServiceAccount(),
                given.getServiceAccountPassword());
    }

    /** @return the check behind the {@code mmc} health indicator */
    @Bean
    @ConditionalOnMissingBean
    public MmcHealthCheck mmcHealthCheck(Mmc mmc, ObjectProvider<Organizer> organizer, MmcProperties properties) {
        return new MmcHealthCheck(mmc, organizer.getIfUnique(), properties.getHealth().getTimeout(),
                properties.getHealth().getCacheTtl());
    }

    /** Metrics, when the application has Micrometer and {@code mmc-sdk-micrometer}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({MeterRegistry.class, MicrometerInterceptor.class})
    static class MicrometerConfiguration {

        @Bean
        @ConditionalOnBean(MeterRegistry.class)
        @ConditionalOnMissingBean
        MicrometerInterceptor mmcMicrometerInterceptor(MeterRegistry registry) {
            return new MicrometerInterceptor(registry);
        }
    }

    /** Tracing, when the application has OpenTelemetry and {@code mmc-sdk-opentelemetry}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({OpenTelemetry.class, OpenTelemetryInterceptor.class})
    static class OpenTelemetryConfiguration {

        @Bean
        @ConditionalOnBean(OpenTelemetry.class)
        @ConditionalOnMissingBean
        OpenTelemetryInterceptor mmcOpenTelemetryInterceptor(OpenTelemetry openTelemetry) {
            return new OpenTelemetryInterceptor(openTelemetry);
        }
    }

    /** The health indicator on Boot 3's health API. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    static class Boot3HealthConfiguration {

        @Bean(HEALTH_INDICATOR)
        @ConditionalOnMissingBean(name = HEALTH_INDICATOR)
        org.springframework.boot.actuate.health.HealthIndicator mmcHealthIndicator(MmcHealthCheck check) {
            return () -> {
                MmcHealthCheck.Result result = check.check();
                return (result.up() ? org.springframework.boot.actuate.health.Health.up()
                        : org.springframework.boot.actuate.health.Health.down()).withDetails(result.details()).build();
            };
        }
    }

    /** The health indicator on Boot 4's health API. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class Boot4HealthConfiguration {

        @Bean(HEALTH_INDICATOR)
        @ConditionalOnMissingBean(name = HEALTH_INDICATOR)
        org.springframework.boot.health.contributor.HealthIndicator mmcHealthIndicator(MmcHealthCheck check) {
            return () -> {
                MmcHealthCheck.Result result = check.check();
                return (result.up() ? org.springframework.boot.health.contributor.Health.up()
                        : org.springframework.boot.health.contributor.Health.down()).withDetails(result.details())
                        .build();
            };
        }
    }
}
