package com.migrationhub.connectors.prices.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.migrationhub.domain.catalog.CatalogBuildException;
import com.migrationhub.domain.catalog.CatalogPart;
import com.migrationhub.domain.catalog.Arch;
import com.migrationhub.domain.catalog.CatalogContent;
import com.migrationhub.domain.catalog.CatalogSource;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.Derivation;
import com.migrationhub.domain.catalog.DiskPrice;
import com.migrationhub.domain.catalog.InstanceSize;
import com.migrationhub.domain.catalog.Licence;
import com.migrationhub.domain.catalog.LicencePrice;
import com.migrationhub.domain.catalog.OptionDiscount;
import com.migrationhub.domain.catalog.Price;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.catalog.Region;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Google Cloud's part of the price catalog ({@code gcp}): Compute Engine machine types, their
 * hourly prices per region for on-demand and 1- and 3-year resource-based commitments, derived
 * flexible-commitment discounts, OS licence fees and zonal Persistent Disk prices. Reads
 * {@code gcp/pricing.yml} (the Cyclenerd cost calculator's extract of the Cloud Billing Catalog)
 * and {@code gcp/machinetyperegion.csv} (where each type is offered). About 4 MB of YAML: a
 * second or two and some 100 MB of heap for the tree.
 *
 * <p>Every derived figure names its {@link Derivation}, whose text says how it was made; rules
 * taken from Google's documentation rather than the data are derivations too.
 */
public final class GcpCatalogPart implements CatalogPart {
    static final String NAME = "gcp";
    static final String PRICING_FILE = "gcp/pricing.yml";

    static final String SRC_PRICING = "gcp.pricing-yml";
    static final String SRC_REGIONS = "gcp.machinetyperegion";
    static final String SRC_DOCS = "gcp.google-docs";

    static final String DER_CUD_HOURLY = "gcp.cud-monthly-to-hourly";
    static final String DER_FLEX_CUD = "gcp.flex-cud-public-rates";
    static final String DER_NO_SUD = "gcp.sustained-use-not-applied";
    static final String DER_OFFERED = "gcp.offered-regions-only";
    static final String DER_MEMORY = "gcp.memory-gib-to-mib";
    static final String DER_SHARED_CORE = "gcp.shared-core";
    static final String DER_DATA_DISKS = "gcp.max-data-disks";
    static final String DER_NICS = "gcp.max-nics";
    static final String DER_GPUS = "gcp.gpu-count";
    static final String DER_CURRENT = "gcp.current";
    static final String DER_LICENCES = "gcp.licences";
    static final String DER_DISKS = "gcp.disk-performance";

    /** Flexible CUDs: 28 % off for 1 year, 46 % for 3 years (Google's published rates). */
    static final long FLEX_CUD_1Y_PPM = 720_000;
    static final long FLEX_CUD_3Y_PPM = 540_000;

    private static final int MAX_DISKS = 128;
    private static final int MAX_DISKS_SHARED_CORE = 16;

    /** pricing.yml's accelerator keys under a machine type: the GPU model, valued in GPUs. */
    private static final Set<String> GPU_KEYS = Set.of("a100", "a100-80gb", "h100-80gb", "h100-80gb-mega", "l4",
            "rtx6000");
    private static final Set<String> SPEC_KEYS = Set.of("cpu", "ram", "cost", "local-ssd", "type");

    /** compute.license keys the catalog has a licence for; the SAP editions have none. */
    private static final Map<String, Licence> LICENCE_KEYS = Map.of("windows", Licence.WINDOWS, "rhel", Licence.RHEL,
            "sles", Licence.SLES, "sql-web", Licence.SQL_WEB, "sql-standard", Licence.SQL_STANDARD,
            "sql-enterprise", Licence.SQL_ENTERPRISE);
    private static final Set<String> LICENCE_KEYS_SKIPPED = Set.of("rhel-sap", "sles-sap");

    private static final Map<String, String> GEOGRAPHY = Map.of("africa", "Africa", "asia", "Asia Pacific",
            "australia", "Asia Pacific", "europe", "Europe", "me", "Middle East", "northamerica", "North America",
            "southamerica", "South America", "us", "North America");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CatalogContent build(Path prices) throws IOException {
        Path yml = prices.resolve(PRICING_FILE);
        Path csv = prices.resolve(MachineTypeRegions.FILE);
        for (Path p : new Path[] {yml, csv}) {
            if (!Files.isRegularFile(p)) {
                throw new CatalogBuildException(prices.relativize(p) + ": no such file in " + prices);
            }
        }
        PricingYaml yaml = new PricingYaml(PRICING_FILE);
        JsonNode root = yaml.read(yml);
        MachineTypeRegions offered = MachineTypeRegions.read(csv);
        return new Builder(yaml, root, offered).build();
    }

    /** One build: the content and what it needs while filling it. */
    private static final class Builder {
        private final PricingYaml yaml;
        private final JsonNode root;
        private final MachineTypeRegions offered;
        private final CatalogContent c = new CatalogContent();
        private final Set<String> pricedRegions = new TreeSet<>();
        private final Set<String> families = new TreeSet<>();
        private int notOffered;

        Builder(PricingYaml yaml, JsonNode root, MachineTypeRegions offered) {
            this.yaml = yaml;
            this.root = root;
            this.offered = offered;
        }

        CatalogContent build() {
            JsonNode instances = yaml.required(root, "compute", "instance");
            Map<String, Arch> archByType = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : instances.properties()) {
                InstanceSize size = size(e.getKey(), e.getValue());
                c.sizes.add(size);
                archByType.put(size.name(), size.arch());
                families.add(size.family());
                prices(size, e.getValue());
            }
            licences(yaml.required(root, "compute", "license"), archByType);
            discounts();
            disks(yaml.required(root, "compute", "storage"));
            regions();
            sources();
            derivations();
            return c;
        }

        private InstanceSize size(String name, JsonNode node) {
            String where = "compute.instance." + name;
            String family = family(name, node);
            String series = GcpMachineFamilies.series(family);
            if (series == null) {
                throw yaml.problem(where, "family '" + family
                        + "' is not one the builder knows (add it to GcpMachineFamilies with its series)");
            }
            BigDecimal cpu = required(node, "cpu", where);
            BigDecimal ram = required(node, "ram", where);
            BigDecimal gpuTotal = BigDecimal.ZERO;
            for (Map.Entry<String, JsonNode> attribute : node.properties()) {
                String key = attribute.getKey();
                if (GPU_KEYS.contains(key)) {
                    gpuTotal = gpuTotal.add(required(node, key, where));
                } else if (!SPEC_KEYS.contains(key)) {
                    throw yaml.problem(where + "." + key, "an attribute the builder does not know");
                }
            }
            // a fraction of a GPU (G4 vGPU shapes) still gives the VM a GPU
            int gpus = gpuTotal.setScale(0, RoundingMode.CEILING).intValueExact();
            BigDecimal localSsd = yaml.decimal(node, "local-ssd", where);

            MachineTypeRegions.Spec spec = offered.spec(name);
            int vcpus;
            boolean sharedCore;
            if (spec != null) {
                vcpus = spec.vcpus();
                sharedCore = spec.sharedCore();
            } else {
                try {
                    vcpus = cpu.intValueExact();
                } catch (ArithmeticException e) {
                    throw yaml.problem(where + ".cpu", cpu + " vCPUs and no whole count in " + MachineTypeRegions.FILE);
                }
                sharedCore = GcpMachineFamilies.LEGACY_SHARED_CORE.contains(name);
            }
            long memoryMiB = ram.multiply(BigDecimal.valueOf(1024)).setScale(0, RoundingMode.FLOOR).longValueExact();
            boolean current = !GcpMachineFamilies.LEGACY_SHARED_CORE.contains(name) && !name.startsWith("custom-")
                    && (spec == null || !spec.deprecated());
            int maxNics = Math.max(2, Math.min(8, vcpus));
            return new InstanceSize(Cloud.GCP, name, family, series, vcpus, memoryMiB, GcpMachineFamilies.arch(family),
                    sharedCore, localSsd == null ? 0 : localSsd.intValueExact(),
                    sharedCore ? MAX_DISKS_SHARED_CORE : MAX_DISKS, maxNics, current, gpus, 0, 0, SRC_PRICING);
        }

        /** The custom shapes name their series in 'type' (n1-custom). */
        private String family(String name, JsonNode node) {
            JsonNode type = node.get("type");
            return GcpMachineFamilies.familyOf(type != null && type.isTextual() ? type.asText() : name);
        }

        private void prices(InstanceSize size, JsonNode node) {
            JsonNode cost = node.get("cost");
            if (cost == null) {
                return; // listed without any price (m4n at this commit)
            }
            Set<String> regions = offered.regions(size.name(), size.family());
            for (Map.Entry<String, JsonNode> e : cost.properties()) {
                String region = e.getKey();
                JsonNode r = e.getValue();
                String where = "compute.instance." + size.name() + ".cost." + region;
                BigDecimal hour = yaml.decimal(r, "hour", where);
                BigDecimal month = yaml.decimal(r, "month", where);
                if (regions != null && !regions.contains(region)) {
                    if (hour != null && hour.signum() > 0) {
                        notOffered++;
                    }
                    continue;
                }
                if (hour != null && hour.signum() > 0) {
                    add(size, region, PricingOption.ON_DEMAND, PricingYaml.nanos(hour), null);
                }
                commitment(size, region, PricingOption.RI_1Y, yaml.decimal(r, "month_1y", where), month);
                commitment(size, region, PricingOption.RI_3Y, yaml.decimal(r, "month_3y", where), month);
            }
        }

        /**
         * For types without committed use discounts the calculator repeats the sustained-use
         * monthly price as month_1y and month_3y: that is no commitment price.
         */
        private void commitment(InstanceSize size, String region, PricingOption option, BigDecimal monthly,
                BigDecimal month) {
            if (monthly == null || monthly.signum() == 0 || (month != null && monthly.compareTo(month) == 0)) {
                return;
            }
            add(size, region, option, PricingYaml.hourlyFromMonthly(monthly), DER_CUD_HOURLY);
        }

        private void add(InstanceSize size, String region, PricingOption option, long nanos, String derivation) {
            c.prices.add(new Price(Cloud.GCP, size.name(), region, option, nanos, SRC_PRICING, derivation));
            pricedRegions.add(region);
        }

        private void licences(JsonNode licence, Map<String, Arch> archByType) {
            for (Map.Entry<String, JsonNode> e : licence.properties()) {
                String type = e.getKey();
                String where = "compute.license." + type + ".cost";
                Arch arch = archByType.get(type);
                if (arch == null) {
                    throw yaml.problem(where, "a licence for a machine type compute.instance does not list");
                }
                JsonNode cost = e.getValue().get("cost");
                if (cost == null) {
                    throw yaml.problem(where, "missing");
                }
                for (Map.Entry<String, JsonNode> o : cost.properties()) {
                    Licence l = LICENCE_KEYS.get(o.getKey());
                    if (l == null) {
                        if (LICENCE_KEYS_SKIPPED.contains(o.getKey())) {
                            continue;
                        }
                        throw yaml.problem(where + "." + o.getKey(), "a licence the builder does not know");
                    }
                    if (l == Licence.WINDOWS && arch == Arch.ARM64) {
                        continue; // Windows Server does not run on Arm machine types
                    }
                    BigDecimal hour = yaml.decimal(o.getValue(), "hour", where + "." + o.getKey());
                    if (hour == null || hour.signum() == 0) {
                        continue;
                    }
                    // Google charges OS licences the same in every region
                    c.licences.add(new LicencePrice(Cloud.GCP, l, LicencePrice.ANY, type, false,
                            PricingYaml.nanos(hour), 0, SRC_PRICING, null));
                }
            }
        }

        private void discounts() {
            for (String family : families) {
                if (GcpMachineFamilies.FLEX_CUD_FAMILIES.contains(family)) {
                    c.discounts.add(new OptionDiscount(Cloud.GCP, LicencePrice.ANY, family, PricingOption.SP_1Y,
                            FLEX_CUD_1Y_PPM, SRC_DOCS, DER_FLEX_CUD));
                    c.discounts.add(new OptionDiscount(Cloud.GCP, LicencePrice.ANY, family, PricingOption.SP_3Y,
                            FLEX_CUD_3Y_PPM, SRC_DOCS, DER_FLEX_CUD));
                }
            }
        }

        private void disks(JsonNode storage) {
            for (GcpDiskTypes.Priced d : GcpDiskTypes.all(SRC_DOCS)) {
                c.diskTypes.add(d.type());
                String where = "compute.storage." + d.yamlKey() + ".cost";
                JsonNode cost = yaml.required(storage, d.yamlKey(), "cost");
                for (Map.Entry<String, JsonNode> e : cost.properties()) {
                    BigDecimal month = yaml.decimal(e.getValue(), "month", where + "." + e.getKey());
                    if (month == null || month.signum() == 0) {
                        continue;
                    }
                    c.diskPrices.add(new DiskPrice(Cloud.GCP, d.type().name(), e.getKey(), PricingYaml.nanos(month), 0,
                            0, 0, SRC_PRICING, null));
                    pricedRegions.add(e.getKey());
                }
            }
        }

        private void regions() {
            JsonNode names = root.path("region");
            for (String id : pricedRegions) {
                String location = names.path(id).path("location").asText("");
                if (location.isEmpty()) {
                    throw yaml.problem("region." + id, "a priced region without a location name");
                }
                String geography = GEOGRAPHY.get(id.substring(0, Math.max(0, id.indexOf('-'))));
                if (geography == null) {
                    throw yaml.problem("region." + id, "a region prefix the builder has no geography for");
                }
                c.regions.add(new Region(Cloud.GCP, id, location, geography));
            }
        }

        private BigDecimal required(JsonNode node, String key, String where) {
            BigDecimal v = yaml.decimal(node, key, where);
            if (v == null) {
                throw yaml.problem(where, "no '" + key + "'");
            }
            return v;
        }

        private void sources() {
            String repo = "Cyclenerd/google-cloud-pricing-cost-calculator";
            c.sources.add(new CatalogSource(SRC_PRICING, PRICING_FILE, repo, "fd66b26f", "Apache-2.0", "2026-07-30",
                    "Compute Engine machine types (vCPUs, memory, GPUs, local SSD); per region the hourly on-demand"
                            + " price and the monthly 1- and 3-year committed use prices; OS licence fees per"
                            + " machine type; Persistent Disk prices per GiB-month; from the Cloud Billing Catalog API"));
            c.sources.add(new CatalogSource(SRC_REGIONS, MachineTypeRegions.FILE, repo + " (build/)", "fd66b26f",
                    "Apache-2.0", "2026-07",
                    "the regions offering each machine type, with the Compute Engine API's vCPU count, shared-core"
                            + " flag and deprecation state (gcloud compute machine-types list)"));
            c.sources.add(new CatalogSource(SRC_DOCS, "", "cloud.google.com/compute/docs", "", "CC-BY-4.0", "",
                    "figures transcribed by hand from Google Cloud's documentation, not read from a file: Persistent"
                            + " Disk performance limits (compute/docs/disks/performance), disks and network"
                            + " interfaces per VM (compute/docs/disks, vpc/docs/multiple-interfaces-concepts),"
                            + " machine families, compute flexible committed use discount rates"
                            + " (compute/docs/instances/committed-use-discounts-overview); check against the"
                            + " current pages"));
        }

        private void derivations() {
            derive(DER_CUD_HOURLY, "Google publishes resource-based committed use prices (1 and 3 years, no upfront"
                    + " payment) as monthly figures at 730 hours a month (pricing.yml month_1y, month_3y). The"
                    + " catalog's hourly rate is the monthly figure divided by 730, rounded to the nano-dollar: a"
                    + " unit conversion, not an estimate. Where the calculator repeats the sustained-use monthly"
                    + " price as the commitment price (f1-micro, g1-small: no committed use discounts), no"
                    + " commitment price is given.");
            derive(DER_FLEX_CUD, "Compute flexible committed use discounts (spend-based; the workbench's sp1y and"
                    + " sp3y): the on-demand price less 28 % for 1 year and 46 % for 3 years, Google's published"
                    + " rates for the series C2, C2D, C3, C3D, C4, C4A, C4D, E2, N1, N2, N2D, N4, N4D and T2D. Not"
                    + " read from the data (pricing.yml has no flexible CUD prices) but from Google's"
                    + " documentation. Other series get no flexible commitment price: Google gives H3 and the"
                    + " M series other rates and excludes accelerator- and storage-optimized types and f1/g1; the"
                    + " E2 rule also covers e2-micro/small/medium, which Google may exclude as shared-core.");
            derive(DER_NO_SUD, "On-demand prices are Google's hourly list prices (pricing.yml 'hour'). Sustained use"
                    + " discounts, which Google grants automatically to N1, N2, N2D, C2, M1 and M2 VMs running most"
                    + " of a month (up to 20-30 %, included in pricing.yml's 'month'), are not applied: the"
                    + " assessment prices full on-demand hours, so GCP on-demand costs are an upper bound.");
            derive(DER_OFFERED, "Prices are given only in the regions where machinetyperegion.csv (the Compute"
                    + " Engine API's machine-type list) offers the machine type: pricing.yml computes prices from"
                    + " regional SKU rates also where a type is not offered, and those " + notOffered
                    + " type-region pairs are left out. Types the list lacks (the custom N1 shapes,"
                    + " c4-highcpu-288-metal) follow the regions of their series.");
            derive(DER_MEMORY, "pricing.yml gives memory in GB meaning GiB; memory in MiB is that times 1024,"
                    + " rounded down to a whole MiB as the Compute Engine API reports it (f1-micro 0.6 GB = 614"
                    + " MiB, g1-small 1.7 GB = 1,740 MiB). Local SSD is in GB as pricing.yml gives it (375 per disk).");
            derive(DER_SHARED_CORE, "Shared-core types (e2-micro, e2-small, e2-medium, f1-micro, g1-small: SHARED_CPU"
                    + " in machinetyperegion.csv) are burstable. Their vCPUs are the API's count (e2-micro, e2-small,"
                    + " e2-medium: 2) rather than pricing.yml's billed fraction of a core (0.25, 0.5, 1).");
            derive(DER_DATA_DISKS, "Maximum data disks: Google documents at most 128 Persistent Disk and Hyperdisk"
                    + " volumes per VM and 16 for shared-core types; the catalog applies that rule to every type"
                    + " rather than reading a per-type figure. Some newer series allow fewer Hyperdisk volumes on"
                    + " small shapes.");
            derive(DER_NICS, "Maximum network interfaces: Google's rule of one per vCPU, at least 2 and at most 8"
                    + " (max(2, min(8, vCPUs))). The extra GPU-network interfaces of A3 and A4 types are not counted.");
            derive(DER_GPUS, "GPUs are counted from pricing.yml's accelerator figures (a100, a100-80gb, h100-80gb,"
                    + " h100-80gb-mega, l4, rtx6000). A fraction of a GPU (G4 vGPU shapes with 1/8, 1/4 or 1/2 of"
                    + " an RTX PRO 6000) counts as 1: the VM has GPU acceleration, not a whole GPU.");
            derive(DER_CURRENT, "Every machine type is current except f1-micro and g1-small (legacy N1 shared-core,"
                    + " superseded by the E2 shared-core types), the custom-*-ext shapes (examples of N1 custom"
                    + " machine types with extended memory, not predefined types) and types the API lists as"
                    + " DEPRECATED or OBSOLETE. N1 stays current: Google still offers it in most regions and it is"
                    + " the series to which GPUs are attached.");
            derive(DER_LICENCES, "OS licences are pricing.yml's hourly fee per machine type (compute.license), which"
                    + " Google charges the same in every region; the calculator computes them from Google's licence"
                    + " SKUs (Windows Server per vCPU, or per billed fraction of a core on shared-core types; RHEL"
                    + " per vCPU in three size tiers; SLES a flat fee per VM). Windows is not given for Arm types"
                    + " (T2A, C4A, N4A), which cannot run it. SLES and RHEL for SAP have no catalog licence. SQL"
                    + " Server is not in pricing.yml, so the catalog has no Google SQL Server licence prices.");
            derive(DER_DISKS, "Zonal Persistent Disk performance by Google's documented rules, from 10 GiB to 64 TiB:"
                    + " pd-balanced 3,000 IOPS + 6 per GiB and 140 MB/s + 0.28 per GiB; pd-ssd 6,000 IOPS + 30 per"
                    + " GiB and 240 MB/s + 0.48 per GiB; pd-standard 0.12 MB/s per GiB and 0.75 read / 1.5 write"
                    + " IOPS per GiB, recorded as 0 IOPS per GiB because the catalog holds whole numbers only."
                    + " Upper limits are Google's per-VM read limits on the largest VMs (pd-balanced 80,000 IOPS,"
                    + " pd-ssd 100,000, pd-standard 7,500; 1,200 MB/s each); smaller VMs reach less. Prices are"
                    + " pricing.yml's GiB-month figures. pd-extreme and Hyperdisk are not in the catalog:"
                    + " pricing.yml does not price their provisioned IOPS (nor Hyperdisk Balanced or Throughput).");
        }

        private void derive(String id, String text) {
            c.derivations.add(new Derivation(id, text));
        }
    }
}
