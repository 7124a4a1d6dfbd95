package com.migrationhub.connectors.prices.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.migrationhub.domain.catalog.CatalogBuildException;
import com.migrationhub.domain.catalog.Arch;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.Derivation;
import com.migrationhub.domain.catalog.InstanceSize;
import com.migrationhub.domain.catalog.Licence;
import com.migrationhub.domain.catalog.LicencePrice;
import com.migrationhub.domain.catalog.Price;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.catalog.Usd;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One instance record of ec2instances.info (the JSON its site serves per instance type, as in
 * {@code fixtures/prices/ec2instances-x2iedn.32xlarge.json}) read into catalog rows, for a connector
 * that fetches such records live:
 * <ul>
 * <li>{@link #size}: vCPUs, memory, architecture, instance storage, network interfaces, GPUs and the
 * baseline EBS IOPS and throughput;</li>
 * <li>{@link #prices}: per region, the Linux on-demand price, Standard Reserved Instances 1 and 3 years
 * No Upfront, and Savings Plans taken from Convertible Reserved Instances No Upfront
 * ({@value AwsCatalogPart#SP_FROM_CONVERTIBLE});</li>
 * <li>{@link #licences}: per region, Windows, RHEL and SLES over Linux, and SQL Server Web, Standard and
 * Enterprise over Windows, from the on-demand prices ({@value #OS_UPLIFT}).</li>
 * </ul>
 * Figures the record leaves empty or gives as text ("N/A") are skipped. Cost: linear in the record.
 */
public final class Ec2InstancesInfoRecord {
    public static final String OS_UPLIFT = "aws.os-uplift-ec2instances-info";

    private static final Pattern BURSTABLE = Pattern.compile("t\\d+[a-z]*");

    /** A licence as the record's price keys express it: the system with it, and the system it comes on top of. */
    private record Uplift(Licence licence, String with, String base) {
    }

    private static final List<Uplift> UPLIFTS = List.of(
            new Uplift(Licence.WINDOWS, "mswin", "linux"),
            new Uplift(Licence.RHEL, "rhel", "linux"),
            new Uplift(Licence.SLES, "sles", "linux"),
            new Uplift(Licence.SQL_WEB, "mswinSQLWeb", "mswin"),
            new Uplift(Licence.SQL_STANDARD, "mswinSQL", "mswin"),
            new Uplift(Licence.SQL_ENTERPRISE, "mswinSQLEnterprise", "mswin"));

    /** The record's reserved-term keys for the catalog's options. */
    private record Term(String key, PricingOption option, String derivation) {
    }

    private static final List<Term> TERMS = List.of(
            new Term("yrTerm1Standard.noUpfront", PricingOption.RI_1Y, null),
            new Term("yrTerm3Standard.noUpfront", PricingOption.RI_3Y, null),
            new Term("yrTerm1Convertible.noUpfront", PricingOption.SP_1Y, AwsCatalogPart.SP_FROM_CONVERTIBLE),
            new Term("yrTerm3Convertible.noUpfront", PricingOption.SP_3Y, AwsCatalogPart.SP_FROM_CONVERTIBLE));

    private final JsonNode record;
    private final String type;

    private Ec2InstancesInfoRecord(JsonNode record) {
        this.record = record;
        JsonNode t = record.get("instance_type");
        if (t == null || !t.isTextual() || t.asText().isBlank()) {
            throw new CatalogBuildException("an ec2instances.info record without \"instance_type\"");
        }
        this.type = t.asText();
        if (!record.path("pricing").isObject()) {
            throw new CatalogBuildException(type + ": the ec2instances.info record has no \"pricing\" object");
        }
    }

    public static Ec2InstancesInfoRecord read(Path file) throws IOException {
        JsonNode node;
        try {
            node = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new CatalogBuildException(file.getFileName() + ": not valid JSON: " + e.getMessage(), e);
        }
        return of(node);
    }

    public static Ec2InstancesInfoRecord of(JsonNode record) {
        if (record == null || !record.isObject()) {
            throw new CatalogBuildException("an ec2instances.info record must be a JSON object");
        }
        return new Ec2InstancesInfoRecord(record);
    }

    public String instanceType() {
        return type;
    }

    /** The regions with a Linux on-demand price, in name order. */
    public Set<String> regions() {
        Set<String> regions = new TreeSet<>();
        for (Iterator<String> it = record.get("pricing").fieldNames(); it.hasNext();) {
            String region = it.next();
            if (onDemand(region, "linux") > 0) {
                regions.add(region);
            }
        }
        return regions;
    }

    /** The derivations {@link #prices} and {@link #licences} name. */
    public static List<Derivation> derivations() {
        return List.of(
                new Derivation(AwsCatalogPart.SP_FROM_CONVERTIBLE, "No source publishes AWS Compute Savings Plans "
                        + "rates. The 1-year and 3-year Savings Plan prices are the Convertible Reserved Instance "
                        + "rates (No Upfront, effective hourly) of the same instance type and region. AWS sets "
                        + "Compute Savings Plans discounts close to those of Convertible Reserved Instances (both up "
                        + "to 66% off on-demand), but the actual Savings Plans rate may differ slightly."),
                new Derivation(OS_UPLIFT, "Licence charges from an ec2instances.info record: per region, the "
                        + "on-demand price with Windows, RHEL or SLES minus the Linux on-demand price, and the "
                        + "on-demand price of Windows with SQL Server Web, Standard or Enterprise minus the Windows "
                        + "price. The charge applies under every purchase option, since AWS does not discount the "
                        + "licence part of a commitment."));
    }

    /** @param source the id of the catalog source the record came from */
    public InstanceSize size(String source) {
        int vcpus = record.path("vCPU").asInt(0);
        long memoryMiB = record.path("memory").isNumber()
                ? record.path("memory").decimalValue().multiply(BigDecimal.valueOf(1024))
                        .setScale(0, RoundingMode.HALF_UP).longValueExact()
                : 0;
        if (vcpus <= 0 || memoryMiB <= 0) {
            throw new CatalogBuildException(type + ": the ec2instances.info record has no vCPU or memory");
        }
        String family = type.substring(0, Math.max(0, type.indexOf('.')));
        Arch arch = Arch.X86_64;
        for (JsonNode a : record.path("arch")) {
            if (a.asText().equals("x86_64")) {
                arch = Arch.X86_64;
                break;
            }
            if (a.asText().startsWith("arm64")) {
                arch = Arch.ARM64;
            }
        }
        JsonNode storage = record.path("storage");
        int localGb = 0;
        if (storage.isObject() && "GB".equals(storage.path("size_unit").asText("GB"))) {
            localGb = Math.max(1, storage.path("devices").asInt(1)) * storage.path("size").asInt(0);
        }
        return new InstanceSize(Cloud.AWS, type, family, record.path("family").asText("").toLowerCase(Locale.ROOT),
                vcpus, memoryMiB, arch, BURSTABLE.matcher(family).matches(), localGb, 0,
                record.path("vpc").path("max_enis").asInt(0), "current".equals(record.path("generation").asText()),
                record.path("GPU").asInt(0), record.path("ebs_baseline_iops").asLong(0),
                (long) Math.floor(record.path("ebs_baseline_throughput").asDouble(0)), source);
    }

    /** Linux compute prices, every region and option the record has. */
    public List<Price> prices(String source) {
        List<Price> prices = new ArrayList<>();
        for (String region : regions()) {
            long od = onDemand(region, "linux");
            prices.add(new Price(Cloud.AWS, type, region, PricingOption.ON_DEMAND, od, source, null));
            JsonNode reserved = record.get("pricing").get(region).path("linux").path("reserved");
            for (Term term : TERMS) {
                long nanos = usd(reserved.get(term.key()));
                if (nanos > 0) {
                    prices.add(new Price(Cloud.AWS, type, region, term.option(), nanos, source, term.derivation()));
                }
            }
        }
        return prices;
    }

    /** Per-instance licence charges by region; a charge below zero (a data error) is skipped. */
    public List<LicencePrice> licences(String source) {
        List<LicencePrice> licences = new ArrayList<>();
        for (Iterator<String> it = record.get("pricing").fieldNames(); it.hasNext();) {
            String region = it.next();
            for (Uplift u : UPLIFTS) {
                long with = onDemand(region, u.with());
                long base = onDemand(region, u.base());
                if (with > 0 && base > 0 && with >= base) {
                    licences.add(new LicencePrice(Cloud.AWS, u.licence(), region, type, false, with - base, 0, source,
                            OS_UPLIFT));
                }
            }
        }
        licences.sort((a, b) -> a.region().equals(b.region()) ? a.licence().compareTo(b.licence())
                : a.region().compareTo(b.region()));
        return licences;
    }

    /** The on-demand price of a system in a region; 0 when the record has none. */
    private long onDemand(String region, String system) {
        return usd(record.get("pricing").path(region).path(system).get("ondemand"));
    }

    private long usd(JsonNode value) {
        if (value == null || value.isNull()) {
            return 0;
        }
        try {
            return Usd.parse(value.asText());
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }
}
