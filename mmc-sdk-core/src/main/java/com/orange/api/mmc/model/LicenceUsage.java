package com.orange.api.mmc.model;

import java.math.BigDecimal;
import java.util.Objects;

/** How a contract used its licences over a period. Immutable. */
public final class LicenceUsage {

    private final int maxConcurrentConnections;
    private final int subscribedLicencesCount;
    private final BigDecimal usageRate;

    public LicenceUsage(int maxConcurrentConnections, int subscribedLicencesCount, BigDecimal usageRate) {
        this.maxConcurrentConnections = maxConcurrentConnections;
        this.subscribedLicencesCount = subscribedLicencesCount;
        this.usageRate = Objects.requireNonNull(usageRate, "usageRate");
    }

    /** @return the most connections open at the same time over the period */
    public int getMaxConcurrentConnections() {
        return maxConcurrentConnections;
    }

    /** @return how many licences the contract subscribed */
    public int getSubscribedLicencesCount() {
        return subscribedLicencesCount;
    }

    /** @return the usage rate the service computed */
    public BigDecimal getUsageRate() {
        return usageRate;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LicenceUsage that && maxConcurrentConnections == that.maxConcurrentConnections
                && subscribedLicencesCount == that.subscribedLicencesCount && usageRate.compareTo(that.usageRate) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxConcurrentConnections, subscribedLicencesCount, usageRate.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return ModelFormat.of(this).field("MaxConcurrentConnections", maxConcurrentConnections)
                .field("SubscribedLicencesCount", subscribedLicencesCount)
                .field("UsageRate", usageRate.stripTrailingZeros().toPlainString()).toString();
    }
}
