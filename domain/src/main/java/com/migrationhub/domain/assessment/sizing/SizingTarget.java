package com.migrationhub.domain.assessment.sizing;

import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.PricingOption;
import java.util.Objects;

/** Where and how a server would run: a cloud, one of its regions and a pricing option. */
public record SizingTarget(Cloud cloud, String region, PricingOption option) {
    public SizingTarget {
        Objects.requireNonNull(cloud, "cloud");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(option, "option");
    }

    /** "AWS us-east-1 on-demand". */
    public String label() {
        return cloud.label() + " " + region + " " + option.id();
    }
}
