package com.migrationhub.domain.assessment;

import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.PricingOption;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything an assessment scenario assumes, stored with its results so a report says exactly
 * what it assumed and a re-run gives the same figures: clouds and regions, sizing mode,
 * percentile and comfort factor, purchase option, currency and its rate, the date support is
 * judged on, hours a month, licence switches, network allowance, horizon and sizing limits.
 *
 * @param assessedOn      the day operating-system support is judged on (so a re-run is identical)
 * @param hoursPerMonth   hours of compute a month on demand (730 always on; 50 h a week ≈ 216.67)
 * @param egressGbPerMonth network allowance: internet egress per server and month
 * @param horizonYears    the business case's horizon, 1–5
 * @param riskWeights     per-project overrides of the shipped risk weights (factor id to weight)
 */
public record Assumptions(List<Cloud> clouds, Map<Cloud, List<String>> regions, SizingMode sizing, int percentile,
        BigDecimal comfort, PricingOption pricing, String currency, BigDecimal rate, String rateMonth,
        LocalDate assessedOn, BigDecimal hoursPerMonth, boolean azureHybridBenefit, boolean byolWindows,
        boolean byolSql, BigDecimal egressGbPerMonth, int horizonYears, List<String> families, boolean allowArm,
        boolean allowBurstable, long minMemoryMiBPerVcpu, int performanceWindowDays, Map<String, Integer> riskWeights) {

    /** How servers are sized. */
    public enum SizingMode {
        /** Performance-based where the server has utilization data, as on premises where it has none. */
        AUTO("auto"),
        AS_ON_PREMISES("as-is"),
        PERFORMANCE("performance");

        private final String id;

        SizingMode(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static SizingMode parse(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            for (SizingMode m : values()) {
                if (m.id.equals(t)) {
                    return m;
                }
            }
            if (t.equals("as-on-premises") || t.equals("asis")) {
                return AS_ON_PREMISES;
            }
            throw new IllegalArgumentException("unknown sizing '" + text + "': use as-is, performance or auto");
        }
    }

    public static final Map<Cloud, String> DEFAULT_REGIONS = Map.of(Cloud.AWS, "us-east-1", Cloud.AZURE, "eastus",
            Cloud.GCP, "us-central1");
    public static final BigDecimal ALWAYS_ON = new BigDecimal("730");

    public Assumptions {
        if (clouds.isEmpty()) {
            throw new IllegalArgumentException("an assessment needs at least one cloud");
        }
        if (percentile != 50 && percentile != 90 && percentile != 95 && percentile != 99) {
            throw new IllegalArgumentException("percentile " + percentile + ": use 50, 90, 95 or 99");
        }
        if (comfort.compareTo(BigDecimal.ONE) < 0 || comfort.compareTo(new BigDecimal("5")) > 0) {
            throw new IllegalArgumentException("comfort factor " + comfort.toPlainString() + ": use 1.0 to 5.0");
        }
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("exchange rate " + rate.toPlainString() + " must be above 0");
        }
        if (hoursPerMonth.signum() <= 0 || hoursPerMonth.compareTo(ALWAYS_ON) > 0) {
            throw new IllegalArgumentException("hours a month " + hoursPerMonth.toPlainString() + ": use 1 to 730");
        }
        if (horizonYears < 1 || horizonYears > 5) {
            throw new IllegalArgumentException("horizon " + horizonYears + " years: use 1 to 5");
        }
        for (Cloud c : clouds) {
            if (regions.getOrDefault(c, List.of()).isEmpty()) {
                throw new IllegalArgumentException("no region given for " + c.label());
            }
        }
        clouds = List.copyOf(clouds);
        Map<Cloud, List<String>> r = new EnumMap<>(Cloud.class);
        regions.forEach((k, v) -> r.put(k, List.copyOf(v)));
        regions = Map.copyOf(r);
        families = List.copyOf(families);
        riskWeights = Map.copyOf(new TreeMap<>(riskWeights));
    }

    /** The defaults: all three clouds, one default region each, auto sizing at p95 × 1.3, on demand, USD. */
    public static Assumptions defaults(LocalDate assessedOn) {
        Map<Cloud, List<String>> regions = new EnumMap<>(Cloud.class);
        DEFAULT_REGIONS.forEach((c, r) -> regions.put(c, List.of(r)));
        return new Assumptions(List.of(Cloud.values()), regions, SizingMode.AUTO, 95, new BigDecimal("1.3"),
                PricingOption.ON_DEMAND, "USD", BigDecimal.ONE, "", assessedOn, ALWAYS_ON, false, false, false,
                BigDecimal.ZERO, 3, List.of(), false, true, 0, 30, Map.of());
    }

    /** Regions of every cloud assessed, as (cloud, region) pairs in cloud order. */
    public List<Map.Entry<Cloud, String>> cloudRegions() {
        List<Map.Entry<Cloud, String>> list = new ArrayList<>();
        for (Cloud c : clouds) {
            for (String r : regions.get(c)) {
                list.add(Map.entry(c, r));
            }
        }
        return list;
    }

    /** Every assumption as text, for storing with the results and printing in reports. */
    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("clouds", String.join(",", clouds.stream().map(Cloud::id).toList()));
        for (Cloud c : clouds) {
            m.put("regions." + c.id(), String.join(",", regions.get(c)));
        }
        m.put("sizing", sizing.id());
        m.put("percentile", Integer.toString(percentile));
        m.put("comfort", comfort.toPlainString());
        m.put("pricing", pricing.id());
        m.put("currency", currency);
        m.put("rate", rate.toPlainString());
        m.put("rate.month", rateMonth);
        m.put("assessed.on", assessedOn.toString());
        m.put("hours.per.month", hoursPerMonth.toPlainString());
        m.put("licence.azure-hybrid-benefit", Boolean.toString(azureHybridBenefit));
        m.put("licence.byol-windows", Boolean.toString(byolWindows));
        m.put("licence.byol-sql", Boolean.toString(byolSql));
        m.put("network.egress-gb-per-month", egressGbPerMonth.toPlainString());
        m.put("horizon.years", Integer.toString(horizonYears));
        m.put("sizing.families", String.join(",", families));
        m.put("sizing.allow-arm", Boolean.toString(allowArm));
        m.put("sizing.allow-burstable", Boolean.toString(allowBurstable));
        m.put("sizing.min-memory-mib-per-vcpu", Long.toString(minMemoryMiBPerVcpu));
        m.put("performance.window-days", Integer.toString(performanceWindowDays));
        riskWeights.forEach((k, v) -> m.put("risk.weight." + k, Integer.toString(v)));
        return m;
    }

    /** Reads what {@link #toMap()} wrote; a key missing takes its default. */
    public static Assumptions fromMap(Map<String, String> m) {
        Assumptions d = defaults(LocalDate.parse(m.getOrDefault("assessed.on", "2026-01-01")));
        List<Cloud> clouds = new ArrayList<>();
        for (String c : m.getOrDefault("clouds", "aws,azure,gcp").split(",")) {
            clouds.add(Cloud.parse(c));
        }
        Map<Cloud, List<String>> regions = new EnumMap<>(Cloud.class);
        for (Cloud c : clouds) {
            regions.put(c, List.of(m.getOrDefault("regions." + c.id(), DEFAULT_REGIONS.get(c)).split(",")));
        }
        Map<String, Integer> weights = new TreeMap<>();
        m.forEach((k, v) -> {
            if (k.startsWith("risk.weight.")) {
                weights.put(k.substring("risk.weight.".length()), Integer.parseInt(v));
            }
        });
        String families = m.getOrDefault("sizing.families", "");
        return new Assumptions(clouds, regions, SizingMode.parse(m.getOrDefault("sizing", d.sizing.id())),
                Integer.parseInt(m.getOrDefault("percentile", "95")), new BigDecimal(m.getOrDefault("comfort", "1.3")),
                PricingOption.parse(m.getOrDefault("pricing", "on-demand")), m.getOrDefault("currency", "USD"),
                new BigDecimal(m.getOrDefault("rate", "1")), m.getOrDefault("rate.month", ""), d.assessedOn,
                new BigDecimal(m.getOrDefault("hours.per.month", "730")),
                Boolean.parseBoolean(m.getOrDefault("licence.azure-hybrid-benefit", "false")),
                Boolean.parseBoolean(m.getOrDefault("licence.byol-windows", "false")),
                Boolean.parseBoolean(m.getOrDefault("licence.byol-sql", "false")),
                new BigDecimal(m.getOrDefault("network.egress-gb-per-month", "0")),
                Integer.parseInt(m.getOrDefault("horizon.years", "3")),
                families.isEmpty() ? List.of() : List.of(families.split(",")),
                Boolean.parseBoolean(m.getOrDefault("sizing.allow-arm", "false")),
                Boolean.parseBoolean(m.getOrDefault("sizing.allow-burstable", "true")),
                Long.parseLong(m.getOrDefault("sizing.min-memory-mib-per-vcpu", "0")),
                Integer.parseInt(m.getOrDefault("performance.window-days", "30")), weights);
    }
}
