package com.migrationhub.domain.assessment;

import com.migrationhub.domain.assessment.sizing.SizingMode;
import com.migrationhub.domain.assessment.cost.Uptime;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.catalog.Usd;
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
 * @param uptime          hours of compute a month on demand: "always-on" (730 h), "50h/week" or "200h/month"
 * @param byolWindows     bring your own Windows licence (Azure Hybrid Benefit on Azure; on AWS and
 *                        Google it needs dedicated hosts, so the licence stays and is flagged)
 * @param egressGbPerMonth network allowance: internet egress per server and month
 * @param horizonYears    the business case's horizon, 1–5
 * @param riskWeights     per-project overrides of the shipped risk weights (factor id to weight)
 * @param tco             per-project overrides of the business case's parameters (key to decimal)
 */
public record Assumptions(List<Cloud> clouds, Map<Cloud, List<String>> regions, SizingMode sizing, int percentile,
        BigDecimal comfort, PricingOption pricing, String currency, BigDecimal rate, String rateMonth,
        LocalDate assessedOn, String uptime, boolean byolWindows, boolean byolSql, long egressGbPerMonth, int horizonYears, List<String> families, boolean allowArm,
        boolean allowBurstable, long minMemoryMiBPerVcpu, int performanceWindowDays, Map<String, Integer> riskWeights,
        Map<String, String> tco) {

    /** Orders "cloud region" keys as the scenario lists its clouds and regions; keys it does not list last, by name. */
    public java.util.Comparator<String> cloudRegionOrder() {
        List<String> order = cloudRegions().stream().map(e -> e.getKey().id() + " " + e.getValue()).toList();
        return java.util.Comparator.comparingInt((String key) -> {
            int i = order.indexOf(key);
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(key -> key);
    }

    /**
     * The same assumptions but every server sized as on premises (its allocated vCPUs and memory):
     * what the saving from right-sizing is measured against.
     */
    public Assumptions asOnPremises() {
        return new Assumptions(clouds, regions, SizingMode.AS_ON_PREMISES, percentile, comfort, pricing, currency, rate,
                rateMonth, assessedOn, uptime, byolWindows, byolSql, egressGbPerMonth, horizonYears, families, allowArm,
                allowBurstable, minMemoryMiBPerVcpu, performanceWindowDays, riskWeights, tco);
    }

    /** Parses as-is, performance or auto. */
    public static SizingMode parseSizing(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "as-is", "as-on-premises", "asis" -> SizingMode.AS_ON_PREMISES;
            case "performance", "performance-based" -> SizingMode.PERFORMANCE;
            case "auto", "automatic" -> SizingMode.AUTO;
            default -> throw new IllegalArgumentException("unknown sizing '" + text + "': use as-is, performance or auto");
        };
    }

    /** The command line's name of a sizing mode. */
    public static String sizingId(SizingMode m) {
        return switch (m) {
            case AS_ON_PREMISES -> "as-is";
            case PERFORMANCE -> "performance";
            case AUTO -> "auto";
        };
    }

    public static final Map<Cloud, String> DEFAULT_REGIONS = Map.of(Cloud.AWS, "us-east-1", Cloud.AZURE, "eastus",
            Cloud.GCP, "us-central1");

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
        if (egressGbPerMonth < 0) {
            throw new IllegalArgumentException("egress " + egressGbPerMonth + " GB a month must not be negative");
        }
        parseUptime(uptime);
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
        tco = Map.copyOf(new TreeMap<>(tco));
    }

    /** Reads "always-on", "50h/week" or "200h/month" (hours may have decimals a month). */
    public static Uptime parseUptime(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        try {
            if (t.equals("always-on") || t.equals("730h/month") || t.equals("730")) {
                return Uptime.ALWAYS_ON;
            }
            if (t.endsWith("h/week")) {
                return Uptime.hoursPerWeek(Integer.parseInt(t.substring(0, t.length() - "h/week".length())));
            }
            if (t.endsWith("h/month")) {
                return Uptime.hoursPerMonth(t.substring(0, t.length() - "h/month".length()));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("uptime '" + text + "': " + e.getMessage());
        }
        throw new IllegalArgumentException("uptime '" + text + "': use always-on, 50h/week or 200h/month");
    }

    /** The defaults: all three clouds, one default region each, auto sizing at p95 × 1.3, on demand, USD. */
    /**
     * An amount of nano-dollars in whole cents of the scenario's currency ({@link #rate()} units per
     * USD), rounded half up: how every figure is shown, each server's part rounded before it is summed.
     */
    public long cents(long usdNanos) {
        // exactly the decimal rule below, in long arithmetic where it fits: a report converts
        // millions of amounts, and the decimal way was a second of a 100,000-server report
        int scale = rate.scale();
        if (scale >= 0 && scale <= 11 && rate.precision() <= 18) {
            long unscaled = scale == 0 ? rate.longValue() : rate.unscaledValue().longValue();
            long product = usdNanos * unscaled;
            if (Math.multiplyHigh(usdNanos, unscaled) == product >> 63) {
                // nanos × unscaled / 10^(9 + scale) units, so / 10^(7 + scale) cents
                long divisor = POWERS_OF_TEN[7 + scale];
                long whole = product / divisor;
                long rest = Math.abs(product % divisor);
                return rest >= divisor - rest ? whole + Long.signum(product) : whole;
            }
        }
        return Usd.toDecimal(usdNanos).multiply(rate).setScale(2, java.math.RoundingMode.HALF_UP).movePointRight(2)
                .longValueExact();
    }

    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    public static Assumptions defaults(LocalDate assessedOn) {
        Map<Cloud, List<String>> regions = new EnumMap<>(Cloud.class);
        DEFAULT_REGIONS.forEach((c, r) -> regions.put(c, List.of(r)));
        return new Assumptions(List.of(Cloud.values()), regions, SizingMode.AUTO, 95, new BigDecimal("1.3"),
                PricingOption.ON_DEMAND, "USD", BigDecimal.ONE, "", assessedOn, "always-on", false, false, 0, 3,
                List.of(), false, false, 0, 30, Map.of(), Map.of());
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
        m.put("sizing", sizingId(sizing));
        m.put("percentile", Integer.toString(percentile));
        m.put("comfort", comfort.toPlainString());
        m.put("pricing", pricing.id());
        m.put("currency", currency);
        m.put("rate", rate.toPlainString());
        m.put("rate.month", rateMonth);
        m.put("assessed.on", assessedOn.toString());
        m.put("uptime", uptime);
        m.put("licence.byol-windows", Boolean.toString(byolWindows));
        m.put("licence.byol-sql", Boolean.toString(byolSql));
        m.put("network.egress-gb-per-month", Long.toString(egressGbPerMonth));
        m.put("horizon.years", Integer.toString(horizonYears));
        m.put("sizing.families", String.join(",", families));
        m.put("sizing.allow-arm", Boolean.toString(allowArm));
        m.put("sizing.allow-burstable", Boolean.toString(allowBurstable));
        m.put("sizing.min-memory-mib-per-vcpu", Long.toString(minMemoryMiBPerVcpu));
        m.put("performance.window-days", Integer.toString(performanceWindowDays));
        riskWeights.forEach((k, v) -> m.put("risk.weight." + k, Integer.toString(v)));
        tco.forEach((k, v) -> m.put("tco." + k, v));
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
        Map<String, String> tco = new TreeMap<>();
        m.forEach((k, v) -> {
            if (k.startsWith("risk.weight.")) {
                weights.put(k.substring("risk.weight.".length()), Integer.parseInt(v));
            } else if (k.startsWith("tco.")) {
                tco.put(k.substring("tco.".length()), v);
            }
        });
        String families = m.getOrDefault("sizing.families", "");
        return new Assumptions(clouds, regions, parseSizing(m.getOrDefault("sizing", "auto")),
                Integer.parseInt(m.getOrDefault("percentile", "95")), new BigDecimal(m.getOrDefault("comfort", "1.3")),
                PricingOption.parse(m.getOrDefault("pricing", "on-demand")), m.getOrDefault("currency", "USD"),
                new BigDecimal(m.getOrDefault("rate", "1")), m.getOrDefault("rate.month", ""), d.assessedOn,
                m.getOrDefault("uptime", "always-on"),
                Boolean.parseBoolean(m.getOrDefault("licence.byol-windows", "false")),
                Boolean.parseBoolean(m.getOrDefault("licence.byol-sql", "false")),
                Long.parseLong(m.getOrDefault("network.egress-gb-per-month", "0")),
                Integer.parseInt(m.getOrDefault("horizon.years", "3")),
                families.isEmpty() ? List.of() : List.of(families.split(",")),
                Boolean.parseBoolean(m.getOrDefault("sizing.allow-arm", "false")),
                Boolean.parseBoolean(m.getOrDefault("sizing.allow-burstable", "false")),
                Long.parseLong(m.getOrDefault("sizing.min-memory-mib-per-vcpu", "0")),
                Integer.parseInt(m.getOrDefault("performance.window-days", "30")), weights, tco);
    }
}
