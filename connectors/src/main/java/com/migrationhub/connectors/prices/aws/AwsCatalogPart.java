package com.migrationhub.connectors.prices.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.migrationhub.domain.catalog.CatalogBuildException;
import com.migrationhub.domain.catalog.CatalogPart;
import com.migrationhub.domain.catalog.CatalogContent;
import com.migrationhub.domain.catalog.CatalogSource;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.Derivation;
import com.migrationhub.domain.catalog.InstanceSize;
import com.migrationhub.domain.catalog.Licence;
import com.migrationhub.domain.catalog.Price;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.catalog.Region;
import com.migrationhub.domain.catalog.Usd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The AWS part of the price catalog: EC2 instance types, Linux compute prices in every region
 * (on-demand, Standard Reserved Instances and, derived from Convertible Reserved Instances, Compute
 * Savings Plans; all No Upfront), Windows/RHEL/SLES licence charges, and EBS volume types and prices,
 * from the files under {@code shared/prices/aws} (see its SOURCES.md). Every price names its source;
 * every figure no source publishes names the derivation that made it.
 *
 * <p>Cost: about 210 JSON files (46 MB) parsed one at a time and four CSV files; a few seconds and
 * some 100 MB of heap at the peak.
 */
public final class AwsCatalogPart implements CatalogPart {
    static final String EC2 = "aws.ec2shop-ec2";
    static final String EBS = "aws.ec2shop-ebs";
    static final String KARPENTER_PRICES = "aws.karpenter-prices";
    static final String KARPENTER_TYPES = "aws.karpenter-types";
    static final String KARPENTER_NICS = "aws.karpenter-nics";
    static final String EC2INSTANCESINFO = "aws.ec2instancesinfo";
    static final String EBS_DOCS = "aws.ebs-volume-types";

    static final String SP_FROM_CONVERTIBLE = "aws.sp-from-convertible";
    static final String OS_UPLIFT = "aws.os-uplift-us-east-1";
    static final String OS_UPLIFT_PER_VCPU = "aws.os-uplift-per-vcpu";
    static final String GP3_THROUGHPUT = "aws.gp3-throughput-per-mibps";
    static final String IO2_FIRST_TIER = "aws.io2-first-tier";
    static final String EBS_MODEL = "aws.ebs-performance-model";
    static final String MAX_DATA_DISKS = "aws.max-data-disks";

    static final String KARPENTER_PRICES_FILE = "aws/karpenter-ondemand-linux.csv";

    static final String MAX_DATA_DISKS_TEXT = "Maximum data disks are EBS volumes besides the root volume, after AWS's "
            + "\"Amazon EBS volume limits for Amazon EC2 instances\". M7a, M7i, M7i-flex, C7a, C7i, C7i-flex, R7a, R7i "
            + "and R7iz have a dedicated limit by size (32 up to 12xlarge, 48 for 16xlarge, 64 for 24xlarge, 88 for "
            + "32xlarge, 128 for 48xlarge, 39 for metal-16xl and metal-24xl, 79 for metal-32xl and metal-48xl), less "
            + "the root volume. Nitro types of the 6th generation and earlier in the general-purpose, compute, memory "
            + "and storage families share 28 attachments among network interfaces, EBS volumes and NVMe instance-store "
            + "volumes: 28 less the primary network interface, the root volume and the instance-store volumes, with "
            + "no further network interface attached. All other types (Xen, bare metal, accelerated, high memory, "
            + "later generations) are left unknown (0).";
    static final String EBS_MODEL_TEXT = "EBS volume limits follow the EBS User Guide's volume types: gp3 1 GiB to "
            + "16 TiB with 3,000 IOPS and 125 MiB/s included, up to 16,000 IOPS (at most 500 per GiB) and 1,000 MiB/s "
            + "(the 0.25 MiB/s-per-IOPS ratio is not modelled); gp2 3 IOPS per GiB up to 16,000 (the 100-IOPS floor "
            + "under 34 GiB and burst credits are not counted) and 128 MiB/s (volumes of 334 GiB or more in fact reach "
            + "250 MiB/s); io1 4 GiB to 16 TiB, up to 64,000 IOPS (50 per GiB) and 1,000 MiB/s; io2 Block Express "
            + "4 GiB to 64 TiB, up to 256,000 IOPS (1,000 per GiB) and 4,000 MiB/s; st1 and sc1 125 GiB to 16 TiB "
            + "with a baseline of 40 and 12 MiB/s per TiB, up to 500 and 250 MiB/s, and no IOPS counted for small "
            + "random I/O. io1 and io2 throughput comes with the provisioned IOPS and is not billed apart. The instance "
            + "type's own EBS limits still apply.";

    private static final String EC2SHOP_REPO = "https://github.com/yeo/ec2.shop";
    private static final String KARPENTER_REPO = "https://github.com/aws/karpenter-provider-aws";

    /** Geography by region-id prefix; the longest matching prefix wins (us-gov- before us-). */
    private static final Map<String, String> GEOGRAPHY = Map.ofEntries(
            Map.entry("us-gov-", "GovCloud"), Map.entry("us-", "North America"), Map.entry("ca-", "North America"),
            Map.entry("mx-", "North America"), Map.entry("sa-", "South America"), Map.entry("eu-", "Europe"),
            Map.entry("ap-", "Asia Pacific"), Map.entry("me-", "Middle East"), Map.entry("il-", "Middle East"),
            Map.entry("af-", "Africa"));

    /** Which extract gives which commitment option; Savings Plans are derived from Convertible RIs. */
    private record Commitment(Ec2ShopFile.Kind kind, PricingOption option, String derivation) {
    }

    private static final List<Commitment> COMMITMENTS = List.of(
            new Commitment(Ec2ShopFile.Kind.STANDARD_1Y, PricingOption.RI_1Y, null),
            new Commitment(Ec2ShopFile.Kind.STANDARD_3Y, PricingOption.RI_3Y, null),
            new Commitment(Ec2ShopFile.Kind.CONVERTIBLE_1Y, PricingOption.SP_1Y, SP_FROM_CONVERTIBLE),
            new Commitment(Ec2ShopFile.Kind.CONVERTIBLE_3Y, PricingOption.SP_3Y, SP_FROM_CONVERTIBLE));

    @Override
    public String name() {
        return "aws";
    }

    @Override
    public CatalogContent build(Path prices) throws IOException {
        return assemble(prices).content();
    }

    /** The content with what was left out on the way, for tests and the build's notes. */
    record Assembly(CatalogContent content, Map<PricingOption, Integer> pricesByOption, int excludedOffers,
            int duplicateOffers, int commitmentsNotBelowOnDemand, int commitmentsWithoutOnDemand,
            List<String> regionsWithoutPreviousGeneration, AwsOsUplift.Result uplift, AwsEbs.Result ebs) {
    }

    Assembly assemble(Path prices) throws IOException {
        if (!Files.isDirectory(prices.resolve("aws"))) {
            throw new CatalogBuildException(prices + ": has no aws folder (the public price data, shared/prices)");
        }
        ObjectMapper json = new ObjectMapper();
        List<String> regionIds = regionIds(prices);

        Map<String, Map<Ec2ShopFile.Kind, Ec2ShopFile>> files = new TreeMap<>();
        Map<String, String> locations = new TreeMap<>();
        TreeSet<String> publicationDates = new TreeSet<>();
        List<String> noPreviousGeneration = new ArrayList<>();
        int excluded = 0;
        int duplicates = 0;
        for (String region : regionIds) {
            Map<Ec2ShopFile.Kind, Ec2ShopFile> byKind = new EnumMap<>(Ec2ShopFile.Kind.class);
            for (Ec2ShopFile.Kind kind : Ec2ShopFile.Kind.values()) {
                Ec2ShopFile f = Ec2ShopFile.read(json, prices, region, kind);
                if (f == null) {
                    noPreviousGeneration.add(region);
                    continue;
                }
                String before = locations.putIfAbsent(region, f.location);
                if (before != null && !before.equals(f.location)) {
                    throw new CatalogBuildException(f.file + ": is for '" + f.location + "' but "
                            + Ec2ShopFile.name(region, Ec2ShopFile.Kind.ON_DEMAND) + " is for '" + before + "'");
                }
                if (f.publicationDate != null) {
                    publicationDates.add(f.publicationDate);
                }
                excluded += f.excluded;
                duplicates += f.duplicates;
                byKind.put(kind, f);
            }
            files.put(region, byKind);
        }
        Map<String, Map<String, Long>> karpenterPrices = readKarpenterPrices(prices, locations.keySet());

        CatalogContent c = new CatalogContent();
        Map<String, String> regionByLocation = new HashMap<>();
        for (Map.Entry<String, String> e : locations.entrySet()) {
            c.regions.add(new Region(Cloud.AWS, e.getKey(), e.getValue(), geography(e.getKey())));
            if (regionByLocation.put(e.getValue(), e.getKey()) != null) {
                throw new CatalogBuildException(Ec2ShopFile.FOLDER + ": two regions are named '" + e.getValue() + "'");
            }
        }

        PriceTally tally = addPrices(c, regionIds, files, karpenterPrices);

        // A type's attributes are the same in every region's list, so the first met (regions in name order) serves.
        Map<String, Ec2ShopFile.Offer> described = new TreeMap<>();
        Set<String> previous = new TreeSet<>();
        for (String region : regionIds) {
            Map<Ec2ShopFile.Kind, Ec2ShopFile> byKind = files.get(region);
            byKind.get(Ec2ShopFile.Kind.ON_DEMAND).offers.forEach(described::putIfAbsent);
            Ec2ShopFile prev = byKind.get(Ec2ShopFile.Kind.PREVIOUS_GENERATION);
            if (prev != null) {
                prev.offers.forEach(described::putIfAbsent);
                previous.addAll(prev.offers.keySet());
            }
        }
        List<InstanceSize> sizes = AwsSizes.build(AwsSizes.readKarpenterTypes(prices),
                AwsSizes.readNetworkInterfaces(prices), described, previous, tally.priced);
        c.sizes.addAll(sizes);

        Map<String, Integer> vcpus = new HashMap<>();
        sizes.forEach(s -> vcpus.put(s.name(), s.vcpus()));
        AwsOsUplift.Result uplift = AwsOsUplift.read(prices, vcpus);
        c.licences.addAll(uplift.rows());
        AwsSqlLicences.Result sql = AwsSqlLicences.read(prices, new TreeSet<>(regionIds));
        c.licences.addAll(sql.rows());
        c.sources.addAll(sql.sources());
        c.derivations.addAll(sql.derivations());

        // ebs.json is keyed by the same display names as the instance price lists.
        AwsEbs.Result ebs = AwsEbs.read(json, prices, regionByLocation);
        c.diskTypes.addAll(ebs.types());
        c.diskPrices.addAll(ebs.prices());

        String ec2Date = publicationDates.isEmpty() ? ""
                : publicationDates.size() == 1 ? publicationDates.iterator().next()
                : publicationDates.first() + " to " + publicationDates.last();
        c.sources.addAll(sources(ec2Date, ebs.publicationDate(), regionIds.size(), noPreviousGeneration.size()));
        c.derivations.addAll(derivations(ec2Date, uplift));
        c.normalize();
        return new Assembly(c, tally.byOption, excluded, duplicates, tally.notBelow, tally.withoutOnDemand,
                noPreviousGeneration, uplift, ebs);
    }

    /** What {@link #addPrices} added and left out. */
    private static final class PriceTally {
        final Map<PricingOption, Integer> byOption = new EnumMap<>(PricingOption.class);
        final Set<String> priced = new TreeSet<>();
        int notBelow;
        int withoutOnDemand;
    }

    /**
     * On-demand prices from the current and previous-generation lists, overlaid by Karpenter's newer
     * table; Standard RIs as published; Savings Plans from Convertible RIs.
     */
    private static PriceTally addPrices(CatalogContent c, List<String> regionIds,
            Map<String, Map<Ec2ShopFile.Kind, Ec2ShopFile>> files, Map<String, Map<String, Long>> karpenterPrices) {
        PriceTally tally = new PriceTally();
        for (String region : regionIds) {
            Map<Ec2ShopFile.Kind, Ec2ShopFile> byKind = files.get(region);
            Map<String, Price> onDemand = new TreeMap<>();
            for (Ec2ShopFile.Kind kind : List.of(Ec2ShopFile.Kind.PREVIOUS_GENERATION, Ec2ShopFile.Kind.ON_DEMAND)) {
                Ec2ShopFile f = byKind.get(kind);
                if (f == null) {
                    continue;
                }
                for (Ec2ShopFile.Offer o : f.offers.values()) {
                    Price p = new Price(Cloud.AWS, o.type(), region, PricingOption.ON_DEMAND, o.usdNanosPerHour(), EC2,
                            null);
                    // A type in both lists keeps the higher price, as within one list.
                    onDemand.merge(o.type(), p, (a, b) -> a.usdNanosPerHour() >= b.usdNanosPerHour() ? a : b);
                }
            }
            // Karpenter's table is newer than the Price List extract, so it wins where it has the type.
            karpenterPrices.getOrDefault(region, Map.of()).forEach((type, nanos) -> onDemand.put(type,
                    new Price(Cloud.AWS, type, region, PricingOption.ON_DEMAND, nanos, KARPENTER_PRICES, null)));
            c.prices.addAll(onDemand.values());
            tally.byOption.merge(PricingOption.ON_DEMAND, onDemand.size(), Integer::sum);
            tally.priced.addAll(onDemand.keySet());

            for (Commitment commitment : COMMITMENTS) {
                for (Ec2ShopFile.Offer o : byKind.get(commitment.kind()).offers.values()) {
                    Price od = onDemand.get(o.type());
                    if (od == null) {
                        tally.withoutOnDemand++;
                        continue;
                    }
                    // A commitment not below on-demand predates an on-demand price cut: nobody would buy it.
                    if (o.usdNanosPerHour() >= od.usdNanosPerHour()) {
                        tally.notBelow++;
                        continue;
                    }
                    c.prices.add(new Price(Cloud.AWS, o.type(), region, commitment.option(), o.usdNanosPerHour(), EC2,
                            commitment.derivation()));
                    tally.byOption.merge(commitment.option(), 1, Integer::sum);
                }
            }
        }
        return tally;
    }

    /** The regions ec2.shop has an on-demand list for, from the file names, in name order. */
    private static List<String> regionIds(Path prices) throws IOException {
        Path folder = prices.resolve(Ec2ShopFile.FOLDER);
        if (!Files.isDirectory(folder)) {
            throw new CatalogBuildException(Ec2ShopFile.FOLDER + ": no such folder in " + prices);
        }
        Set<String> ids = new TreeSet<>();
        String suffix = "-" + Ec2ShopFile.Kind.ON_DEMAND.suffix + ".json";
        String previous = "-" + Ec2ShopFile.Kind.PREVIOUS_GENERATION.suffix + ".json";
        try (Stream<Path> list = Files.list(folder)) {
            list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(suffix) && !n.endsWith(previous))
                    .forEach(n -> ids.add(n.substring(0, n.length() - suffix.length())));
        }
        if (ids.isEmpty()) {
            throw new CatalogBuildException(Ec2ShopFile.FOLDER + ": holds no <region>-ondemand.json file");
        }
        return List.copyOf(ids);
    }

    private static Map<String, Map<String, Long>> readKarpenterPrices(Path prices, Set<String> regions) {
        Map<String, Map<String, Long>> byRegion = new TreeMap<>();
        PriceCsv.read(prices, KARPENTER_PRICES_FILE, List.of("region", "instance_type", "usd_per_hour"), row -> {
            String region = row.required("region");
            if (!regions.contains(region)) {
                throw row.problem("region", "'" + region + "' is not a region of the Price List extracts");
            }
            String type = row.required("instance_type");
            long nanos = row.usd("usd_per_hour");
            if (nanos <= 0) {
                throw row.problem("usd_per_hour", "is empty or zero");
            }
            if (byRegion.computeIfAbsent(region, r -> new TreeMap<>()).put(type, nanos) != null) {
                throw row.problem("instance_type", "'" + type + "' is listed twice for " + region);
            }
        });
        return byRegion;
    }

    static String geography(String region) {
        String best = null;
        for (String prefix : GEOGRAPHY.keySet()) {
            if (region.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        if (best == null) {
            throw new CatalogBuildException("region " + region + ": no geography for it; add its prefix to "
                    + "AwsCatalogPart.GEOGRAPHY");
        }
        return GEOGRAPHY.get(best);
    }

    private static List<CatalogSource> sources(String ec2Date, String ebsDate, int regions, int noPrevious) {
        return List.of(
                new CatalogSource(EC2, Ec2ShopFile.FOLDER + "<region>-{ondemand,previousgen-ondemand,"
                        + "reservedinstance-1y,reservedinstance-3y,reservedinstance-convertible-1y,"
                        + "reservedinstance-convertible-3y}.json", EC2SHOP_REPO, "73696e38", "MIT", ec2Date,
                        "AWS Price List extracts (repository path data/ec2/), Linux, shared tenancy, in " + regions
                                + " regions: on-demand (current and previous generation) and Standard and Convertible "
                                + "Reserved Instances, 1 and 3 years, No Upfront, effective hourly rate; also vCPU, "
                                + "memory, storage and category of the types Karpenter does not list. " + noPrevious
                                + " regions have no previous-generation list (ec2.shop stored S3's NoSuchKey error): "
                                + "they never offered those types. A commitment price not below the on-demand price "
                                + "of its type and region is left out."),
                new CatalogSource(EBS, AwsEbs.FILE, EC2SHOP_REPO, "73696e38", "MIT", ebsDate == null ? "" : ebsDate,
                        "AWS Price List EBS prices per region (repository path data/ebs/ebs.json): per GB-month, "
                                + "per provisioned IOPS-month, gp3 throughput per GiB/s-month."),
                new CatalogSource(KARPENTER_PRICES, KARPENTER_PRICES_FILE, KARPENTER_REPO, "6fc13b52", "Apache-2.0",
                        "2026-07-20", "us-east-1 Linux on-demand prices (repository path "
                                + "pkg/providers/pricing/zz_generated.pricing_aws.go); newer than the Price List "
                                + "extracts, so they replace their us-east-1 on-demand prices and add newer types."),
                new CatalogSource(KARPENTER_TYPES, AwsSizes.TYPES_FILE, KARPENTER_REPO, "692ccdd0", "Apache-2.0",
                        "2026-07", "Instance types from EC2 DescribeInstanceTypes (repository path "
                                + "website/content/en/docs/reference/instance-types.md): architecture, family, "
                                + "vCPUs, memory MiB, hypervisor, GPUs, local NVMe GB, and the maximum (burst) EBS "
                                + "bandwidth in Mbit/s, which the catalog divides by 8 for MB/s."),
                new CatalogSource(KARPENTER_NICS, AwsSizes.NICS_FILE, KARPENTER_REPO, "7f27b4e8", "Apache-2.0",
                        "2026-08", "Maximum network interfaces per instance type (repository path "
                                + "pkg/providers/instancetype/zz_generated.vpclimits.go)."),
                new CatalogSource(EC2INSTANCESINFO, AwsOsUplift.FILE, "https://github.com/LeanerCloud/ec2-instances-info",
                        "ef5638af", "MIT", "2023-08-30", "us-east-1 on-demand prices for Linux, Windows, RHEL "
                                + "and SLES (repository path generated_instances_data.txt, data from "
                                + "ec2instances.info); used only for the operating-system licence charges."),
                new CatalogSource(EBS_DOCS, "", "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html",
                        "", "AWS documentation (facts)", "", "EBS volume-type limits (sizes, IOPS, throughput) "
                                + "transcribed from the Amazon EBS User Guide; see derivation " + EBS_MODEL + "."));
    }

    private static List<Derivation> derivations(String ec2Date, AwsOsUplift.Result uplift) {
        StringBuilder medians = new StringBuilder();
        for (Licence l : AwsOsUplift.LICENCES) {
            Long m = uplift.medianPerVcpu().get(l);
            if (m == null) {
                continue;
            }
            medians.append(medians.length() == 0 ? "" : ", ").append(label(l)).append(" ").append(Usd.format(m))
                    .append(" USD per vCPU-hour (median of ").append(uplift.measured().get(l)).append(" types)");
        }
        return List.of(
                new Derivation(SP_FROM_CONVERTIBLE, "No source publishes AWS Compute Savings Plans rates. The 1-year "
                        + "and 3-year Savings Plan prices are the Convertible Reserved Instance rates (No Upfront, "
                        + "effective hourly) of the same instance type and region in the AWS Price List of " + ec2Date
                        + ". AWS sets Compute Savings Plans discounts close to those of Convertible Reserved "
                        + "Instances (both up to 66% off on-demand), but the actual Savings Plans rate may differ "
                        + "slightly. Where the Convertible rate is not below the type's on-demand price (on-demand was "
                        + "cut later), no Savings Plan price is given."),
                new Derivation(OS_UPLIFT, "The Windows, RHEL and SLES charges of an instance type are its on-demand "
                        + "price with that operating system minus its Linux on-demand price, both measured in "
                        + "us-east-1 on 2023-08-30 (ec2instances.info). The same hourly charge is applied in every "
                        + "region and under every purchase option, since AWS does not discount the licence part of a "
                        + "commitment. Today's charges may differ, in other regions (RHEL most of all) and since "
                        + "2023."),
                new Derivation(OS_UPLIFT_PER_VCPU, "Instance types without a us-east-1 measurement of 2023-08-30 are "
                        + "charged the median per-vCPU licence charge of the measured types: " + medians
                        + "; applied in every region and under every purchase option. Windows is not sold on "
                        + "Graviton (arm64) or Mac types, whatever this figure suggests."),
                new Derivation(GP3_THROUGHPUT, "The AWS Price List quotes gp3 throughput above the included "
                        + "125 MiB/s per GiB/s-month; the catalog divides it by 1,024 for the price per MiB/s-month "
                        + "(us-east-1: 40.96 / 1,024 = 0.04 USD)."),
                new Derivation(IO2_FIRST_TIER, "io2 provisioned IOPS are priced in three tiers per volume (up to "
                        + "32,000 IOPS, 32,001 to 64,000, above 64,000; each cheaper); the catalog prices every "
                        + "provisioned IOPS at the first tier's rate, which overstates volumes above 32,000 IOPS. "
                        + "Regions where the EBS price list has no io2 price have no io2 row."),
                new Derivation(EBS_MODEL, EBS_MODEL_TEXT),
                new Derivation(MAX_DATA_DISKS, MAX_DATA_DISKS_TEXT));
    }

    private static String label(Licence l) {
        return switch (l) {
            case WINDOWS -> "Windows";
            case RHEL -> "RHEL";
            case SLES -> "SLES";
            default -> l.id();
        };
    }
}
