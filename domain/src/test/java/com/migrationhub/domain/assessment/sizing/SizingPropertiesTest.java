package com.migrationhub.domain.assessment.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.domain.assessment.Servers;
import com.migrationhub.domain.catalog.Arch;
import com.migrationhub.domain.catalog.CatalogFixture;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.InstanceSize;
import com.migrationhub.domain.catalog.Licence;
import com.migrationhub.domain.catalog.PriceCatalog;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.catalog.Quote;
import com.migrationhub.domain.model.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Properties of the sizing over a few thousand generated servers, in every region of every
 * cloud of the fixture and several pricing options, checked against a brute force over the
 * whole catalog.
 */
class SizingPropertiesTest {
    private static final PriceCatalog CATALOG = CatalogFixture.catalog();
    private static final List<Server> SERVERS = Servers.generate(20250630L, 3000);
    private static final List<SizingTarget> TARGETS = targets();
    /** Compute prices by target, in the order of {@code CATALOG.sizes(cloud)}: the brute force's own lookups. */
    private static final java.util.Map<SizingTarget, Quote[]> PRICES = new java.util.HashMap<>();

    static {
        for (SizingTarget t : TARGETS) {
            List<InstanceSize> sizes = CATALOG.sizes(t.cloud());
            Quote[] q = new Quote[sizes.size()];
            for (int i = 0; i < q.length; i++) {
                q[i] = CATALOG.computePrice(sizes.get(i), t.region(), t.option());
            }
            PRICES.put(t, q);
        }
    }

    private static List<SizingTarget> targets() {
        List<SizingTarget> t = new ArrayList<>();
        for (Cloud c : Cloud.values()) {
            for (String region : CATALOG.pricedRegions(c)) {
                for (PricingOption o : List.of(PricingOption.ON_DEMAND, PricingOption.RI_1Y, PricingOption.SP_3Y)) {
                    t.add(new SizingTarget(c, region, o));
                }
            }
        }
        return t;
    }

    @Test
    void theChosenSizeFitsAndNoCheaperFittingSizeExists() {
        for (SizingOptions options : List.of(SizingOptions.defaults(),
                SizingOptions.defaults().withMode(SizingMode.AS_ON_PREMISES),
                SizingOptions.defaults().withAllowArm(true).withAllowBurstable(true).withPercentile(50)
                        .withComfortFactor("1.0"),
                SizingOptions.defaults().withFamilies(java.util.Set.of("m5", "r5", "Esv5", "n2"))
                        .withMinMemoryMiBPerVcpu(4096).withCurrentOnly(false).withPercentile(99))) {
            CheapestFitSizing sizing = new CheapestFitSizing(CATALOG, options);
            int sized = 0;
            int unsized = 0;
            for (Server s : SERVERS) {
                SizingDemand d = sizing.demand(s);
                for (SizingTarget t : TARGETS) {
                    SizingResult r = sizing.size(d, t);
                    Best best = bruteForce(options, d, t, d.licences());
                    if (best == null) {
                        assertThat(r.choice()).as("%s %s", s.name, t.label()).isNull();
                        assertThat(r.noSize()).isNotBlank();
                        unsized++;
                        continue;
                    }
                    assertThat(r.choice()).as("%s %s", s.name, t.label()).isNotNull();
                    assertFits(r.choice().size(), d, options);
                    assertThat(r.choice().usdNanosPerHour()).as("%s %s", s.name, t.label()).isEqualTo(best.nanos);
                    assertThat(r.choice().size().name()).isEqualTo(best.size.name());
                    sized++;
                }
            }
            assertThat(sized).as("sized results").isGreaterThan(SERVERS.size() * TARGETS.size() / 2);
            assertThat(unsized).as("unsized results").isGreaterThan(0);
        }
    }

    @Test
    void performanceBasedNeverCostsMoreThanAsOnPremises() {
        CheapestFitSizing perf = new CheapestFitSizing(CATALOG, SizingOptions.defaults().withMode(SizingMode.PERFORMANCE));
        CheapestFitSizing onPrem = new CheapestFitSizing(CATALOG, SizingOptions.defaults()
                .withMode(SizingMode.AS_ON_PREMISES));
        int cheaper = 0;
        for (Server s : SERVERS) {
            SizingDemand p = perf.demand(s);
            SizingDemand o = onPrem.demand(s);
            assertThat(p.vcpus()).isLessThanOrEqualTo(o.vcpus());
            assertThat(p.memoryMiB()).isLessThanOrEqualTo(o.memoryMiB());
            assertThat(p.disks()).isEqualTo(o.disks());
            for (SizingTarget t : TARGETS) {
                SizingResult rp = perf.size(p, t);
                SizingResult ro = onPrem.size(o, t);
                assertThat(rp.storageUsdNanosPerMonth()).isEqualTo(ro.storageUsdNanosPerMonth());
                if (ro.sized()) {
                    assertThat(rp.sized()).as("%s %s", s.name, t.label()).isTrue();
                    assertThat(rp.choice().usdNanosPerHour()).as("%s %s", s.name, t.label())
                            .isLessThanOrEqualTo(ro.choice().usdNanosPerHour());
                    if (rp.choice().usdNanosPerHour() < ro.choice().usdNanosPerHour()) {
                        cheaper++;
                    }
                }
            }
        }
        assertThat(cheaper).isGreaterThan(1000); // the property is not vacuous
    }

    @Test
    void demandRespectsFloorsAndCapsAndEveryResultExplainsItself() {
        CheapestFitSizing sizing = new CheapestFitSizing(CATALOG, SizingOptions.defaults());
        for (Server s : SERVERS) {
            SizingDemand d = sizing.demand(s);
            if (!d.sizable()) {
                assertThat(s.vcpus == null || s.memoryMiB == null).isTrue();
                continue;
            }
            assertThat(d.vcpus()).isBetween(SizingDemand.MIN_VCPUS, Math.max(1, s.vcpus));
            assertThat(d.memoryMiB()).isGreaterThanOrEqualTo(SizingDemand.MIN_MEMORY_MIB);
            if (s.memoryMiB != null) {
                assertThat(d.memoryMiB()).isLessThanOrEqualTo(Math.max(SizingDemand.MIN_MEMORY_MIB, s.memoryMiB));
            }
            assertThat(d.confidence().stars()).isBetween(d.basis() == SizingMode.PERFORMANCE ? 1 : 0,
                    d.basis() == SizingMode.PERFORMANCE ? 5 : 0);
            SizingResult r = sizing.size(d, TARGETS.get(s.name.hashCode() & 7));
            List<String> lines = r.explanation();
            assertThat(lines.size()).isGreaterThanOrEqualTo(7);
            assertThat(String.join("\n", lines)).doesNotContain("null");
        }
    }

    private record Best(InstanceSize size, long nanos) {
    }

    /** The cheapest allowed size meeting the demand, by an independent scan of the whole catalog. */
    private static Best bruteForce(SizingOptions o, SizingDemand d, SizingTarget t, List<Licence> licences) {
        if (!d.sizable()) {
            return null;
        }
        Best best = null;
        List<InstanceSize> sizes = CATALOG.sizes(t.cloud());
        for (int i = 0; i < sizes.size(); i++) {
            InstanceSize s = sizes.get(i);
            if (!allowed(s, d, o) || !meets(s, d)) {
                continue;
            }
            Quote q = PRICES.get(t)[i];
            if (q == null) {
                continue;
            }
            long total = q.usdNanos();
            boolean priced = true;
            for (Licence l : licences) {
                Quote lq = CATALOG.licence(t.cloud(), l, s, t.region());
                if (lq == null) {
                    priced = false;
                    break;
                }
                total += lq.usdNanos();
            }
            if (priced && (best == null || total < best.nanos
                    || total == best.nanos && s.name().compareTo(best.size.name()) < 0)) {
                best = new Best(s, total);
            }
        }
        return best;
    }

    private static boolean allowed(InstanceSize s, SizingDemand d, SizingOptions o) {
        boolean arch = d.arm() ? s.arch() == Arch.ARM64
                : s.arch() == Arch.X86_64 || o.allowArm() && !d.windows();
        return arch && (!o.currentOnly() || s.current()) && (o.allowBurstable() || !s.burstable())
                && (o.allowGpu() || s.gpus() == 0)
                && (o.families().isEmpty() || o.families().contains(s.family().toLowerCase(Locale.ROOT)))
                && s.memoryMiB() >= o.minMemoryMiBPerVcpu() * s.vcpus();
    }

    private static boolean meets(InstanceSize s, SizingDemand d) {
        return s.vcpus() >= d.vcpus() && s.memoryMiB() >= d.memoryMiB()
                && (s.maxDataDisks() == 0 || s.maxDataDisks() >= d.dataDisks())
                && (s.maxNics() == 0 || s.maxNics() >= d.nics())
                && (d.iops() == 0 || s.maxIops() == 0 || s.maxIops() >= d.iops())
                && (d.mbps() == 0 || s.maxMBps() == 0 || s.maxMBps() >= d.mbps());
    }

    private static void assertFits(InstanceSize s, SizingDemand d, SizingOptions o) {
        assertThat(meets(s, d)).as("%s meets %s", s.name(), d).isTrue();
        assertThat(allowed(s, d, o)).as("%s allowed", s.name()).isTrue();
    }
}
