package com.migrationhub.domain.assessment.cost;

import com.migrationhub.domain.catalog.CatalogSource;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.Quote;
import com.migrationhub.domain.catalog.Usd;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a cloud charges per GB of data leaving it for the internet: a documented assumption, not
 * a catalog figure, that the user may override. The defaults are each cloud's public list price
 * for the first paid tier, from North America and Europe; the free allowance (100 GB a month
 * per account on AWS and Azure) is ignored, since it is per account, not per server.
 *
 * @param usdNanosPerGb the price per GB, nano-dollars
 * @param basis         where the figure comes from, as a report prints it
 */
public record EgressPrice(long usdNanosPerGb, String basis) {

    public static final Map<Cloud, EgressPrice> DEFAULTS = defaults();

    public EgressPrice {
        Objects.requireNonNull(basis, "basis");
        if (usdNanosPerGb < 0) {
            throw new IllegalArgumentException("an egress price cannot be negative");
        }
    }

    private static Map<Cloud, EgressPrice> defaults() {
        Map<Cloud, EgressPrice> m = new EnumMap<>(Cloud.class);
        m.put(Cloud.AWS, new EgressPrice(Usd.parse("0.09"), "AWS data transfer out from EC2 to the internet, "
                + "0.09 USD/GB for the first 10 TB a month (AWS EC2 on-demand pricing page, 2025)"));
        m.put(Cloud.AZURE, new EgressPrice(Usd.parse("0.087"), "Azure internet egress over the Microsoft network "
                + "from North America and Europe, 0.087 USD/GB from 100 GB to 10 TB a month (Azure bandwidth "
                + "pricing page, 2025)"));
        m.put(Cloud.GCP, new EgressPrice(Usd.parse("0.12"), "Google Cloud Premium Tier internet egress, 0.12 USD/GB "
                + "for the first TiB a month from us-central1 and europe-west1 (Cloud Billing Catalog via "
                + "Cyclenerd/google-cloud-pricing-cost-calculator pricing.yml, 2026-07-30)"));
        return Map.copyOf(m);
    }

    /** This price as a quote whose source is the assumption. */
    public Quote quote(Cloud cloud) {
        return new Quote(usdNanosPerGb, new CatalogSource(Quote.ASSUMPTION + "egress-" + cloud.id(), "", "", "", "",
                "", basis), null);
    }
}
