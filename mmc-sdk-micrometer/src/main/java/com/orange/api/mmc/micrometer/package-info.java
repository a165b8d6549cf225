/**
 * Micrometer metrics for the MMC SDK: {@link com.orange.api.mmc.micrometer.MicrometerInterceptor}.
 */
package com.orange.api.mmc.micrometer;
