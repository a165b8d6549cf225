/**
 * Micrometer metrics for the MMC SDK: {@link com.orange.api.mmc.micrometer.MicrometerInterceptor} for calls,
 * {@link com.orange.api.mmc.micrometer.MicrometerConferenceListener} for the events of conference watches.
 */
package com.orange.api.mmc.micrometer;
