/**
 * Spring Boot 3.5 and 4.0 auto-configuration of the MMC SDK:
 * {@link com.orange.api.mmc.spring.boot.MmcAutoConfiguration} and its {@code mmc.*} properties,
 * {@link com.orange.api.mmc.spring.boot.MmcProperties}; with {@code mmc.watch.enabled=true},
 * {@link com.orange.api.mmc.spring.boot.MmcWatchAutoConfiguration} publishes conference events.
 */
package com.orange.api.mmc.spring.boot;
