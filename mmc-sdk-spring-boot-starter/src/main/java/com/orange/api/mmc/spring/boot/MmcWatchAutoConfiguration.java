package com.orange.api.mmc.spring.boot;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

/**
 * With {@code mmc.watch.enabled=true}: a {@link ConferenceEventPublisher} watching the conferences of the
 * {@link Organizer} bean (from {@code mmc.organizer.*}) and publishing each change as a
 * {@link com.orange.api.mmc.ConferenceEvent} application event (see {@link MmcWatchProperties}).
 */
@AutoConfiguration(after = MmcAutoConfiguration.class)
@ConditionalOnClass(Mmc.class)
@ConditionalOnProperty(prefix = "mmc.watch", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(MmcWatchProperties.class)
public class MmcWatchAutoConfiguration {

    /**
     * @return the publisher of conference events, started with the context
     * @throws IllegalStateException when no single {@link Organizer} bean exists
     */
    @Bean
    @ConditionalOnMissingBean
    public ConferenceEventPublisher mmcConferenceEventPublisher(Mmc mmc, ObjectProvider<Organizer> organizer,
            MmcWatchProperties properties, ApplicationEventPublisher publisher) {
        Organizer watched = organizer.getIfUnique();
        if (watched == null) {
            throw new IllegalStateException("mmc.watch.enabled=true needs an organizer: set the four mmc.organizer.*"
                    + " credentials or define one Organizer bean");
        }
        return new ConferenceEventPublisher(mmc, watched, properties.options(), publisher);
    }
}
