/**
 * OpenTelemetry tracing for the MMC SDK: {@link com.orange.api.mmc.opentelemetry.OpenTelemetryInterceptor}.
 */
package com.orange.api.mmc.opentelemetry;
