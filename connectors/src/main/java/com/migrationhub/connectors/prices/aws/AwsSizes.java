package com.migrationhub.connectors.prices.aws;

import com.migrationhub.domain.catalog.CatalogBuildException;
import com.migrationhub.domain.catalog.Arch;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.InstanceSize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The EC2 instance types as catalog sizes: the union of Karpenter's instance-type table (read from
 * EC2's DescribeInstanceTypes, so preferred for vCPUs, memory, architecture, GPUs, local NVMe and
 * EBS bandwidth) and the types the AWS Price List extracts price (their attributes fill in the
 * retired types Karpenter no longer lists). Network interfaces come from Karpenter's VPC limits.
 */
final class AwsSizes {
    static final String TYPES_FILE = "aws/karpenter-instance-types.csv";
    static final String NICS_FILE = "aws/karpenter-network-interfaces.csv";

    /** One row of Karpenter's instance-type table. */
    record KarpenterType(String type, String arch, String family, String category, int generation, int vcpus,
            long memoryMiB, String hypervisor, long ebsMbps, int gpus, int localNvmeGb) {
    }

    /** The category of a family by its leading letters, for types the Price List does not describe. */
    private static final Map<String, String> SERIES = Map.ofEntries(
            Map.entry("a", "general purpose"), Map.entry("m", "general purpose"), Map.entry("t", "general purpose"),
            Map.entry("mac", "general purpose"),
            // The Price List files hpc and cc under compute optimized; so does the catalog.
            Map.entry("c", "compute optimized"), Map.entry("cc", "compute optimized"),
            Map.entry("hpc", "compute optimized"),
            Map.entry("r", "memory optimized"), Map.entry("x", "memory optimized"), Map.entry("u", "memory optimized"),
            Map.entry("z", "memory optimized"), Map.entry("cr", "memory optimized"),
            Map.entry("i", "storage optimized"), Map.entry("im", "storage optimized"),
            Map.entry("is", "storage optimized"), Map.entry("d", "storage optimized"),
            Map.entry("h", "storage optimized"), Map.entry("hs", "storage optimized"),
            Map.entry("g", "accelerated computing"), Map.entry("gr", "accelerated computing"),
            Map.entry("p", "accelerated computing"), Map.entry("inf", "accelerated computing"),
            Map.entry("trn", "accelerated computing"), Map.entry("dl", "accelerated computing"),
            Map.entry("f", "accelerated computing"), Map.entry("vt", "accelerated computing"));

    /** Graviton families: a1, or a generation digit followed by "g" (m6g, c7gn, is4gen, x2gd). */
    private static final Pattern GRAVITON = Pattern.compile("a1|[a-z]+\\d+g[a-z]*");
    private static final Pattern BURSTABLE = Pattern.compile("t\\d+[a-z]*");
    private static final Pattern LEADING_LETTERS = Pattern.compile("[a-z]+");
    /** The Price List's "Storage": "EBS only", "2 x 300 NVMe SSD", "1 x 1875GB", "4 X 940 GB NVMe SSD", "900 GB NVMe SSD". */
    private static final Pattern STORAGE = Pattern.compile("(?:(\\d+)\\s*[xX]\\s*)?(\\d+)\\s*(?:GB)?\\s*(?:NVMe SSD|SSD|HDD)?");
    private static final Pattern MEMORY = Pattern.compile("([\\d.,]+)\\s*GiB");

    /**
     * Families with a dedicated EBS attachment limit by size (AWS, "Amazon EBS volume limits for Amazon
     * EC2 instances"); later revisions of that page add more families, whose limits the catalog leaves
     * unknown rather than guess.
     */
    private static final Set<String> DEDICATED_LIMIT_FAMILIES = Set.of("m7a", "m7i", "m7i-flex", "c7a", "c7i",
            "c7i-flex", "r7a", "r7i", "r7iz");
    private static final Map<String, Integer> DEDICATED_LIMITS = Map.ofEntries(
            Map.entry("medium", 32), Map.entry("large", 32), Map.entry("xlarge", 32), Map.entry("2xlarge", 32),
            Map.entry("4xlarge", 32), Map.entry("8xlarge", 32), Map.entry("12xlarge", 32), Map.entry("16xlarge", 48),
            Map.entry("24xlarge", 64), Map.entry("32xlarge", 88), Map.entry("48xlarge", 128),
            Map.entry("metal-16xl", 39), Map.entry("metal-24xl", 39), Map.entry("metal-32xl", 79),
            Map.entry("metal-48xl", 79));
    /** Categories whose Nitro types up to the 6th generation share the 28-attachment limit without exceptions. */
    private static final Set<String> SHARED_LIMIT_CATEGORIES = Set.of("a", "c", "m", "r", "t", "x", "z", "i", "im",
            "is");
    private static final int SHARED_ATTACHMENTS = 28;

    private AwsSizes() {
    }

    static Map<String, KarpenterType> readKarpenterTypes(Path prices) {
        Map<String, KarpenterType> types = new TreeMap<>();
        PriceCsv.read(prices, TYPES_FILE, List.of("instance_type", "arch", "family", "category", "generation", "cpu",
                "memory", "hypervisor", "ebs_bandwidth", "gpu_count", "local_nvme"), row -> {
                    String type = row.required("instance_type");
                    KarpenterType t = new KarpenterType(type, row.required("arch"), row.required("family"),
                            row.required("category"), (int) row.number("generation"), (int) row.number("cpu"),
                            row.number("memory"), row.text("hypervisor"), row.number("ebs_bandwidth"),
                            (int) row.number("gpu_count"), (int) row.number("local_nvme"));
                    if (types.put(type, t) != null) {
                        throw row.problem("instance_type", "'" + type + "' is listed twice");
                    }
                });
        return types;
    }

    static Map<String, Integer> readNetworkInterfaces(Path prices) {
        Map<String, Integer> nics = new TreeMap<>();
        PriceCsv.read(prices, NICS_FILE, List.of("instance_type", "max_network_interfaces"), row -> {
            String type = row.required("instance_type");
            if (nics.put(type, (int) row.number("max_network_interfaces")) != null) {
                throw row.problem("instance_type", "'" + type + "' is listed twice");
            }
        });
        return nics;
    }

    /**
     * @param karpenter     Karpenter's types
     * @param nics          maximum network interfaces by type
     * @param priceList     per type, the first on-demand offer met (regions in name order), for its attributes
     * @param previous      types AWS lists as previous generation in any region
     * @param alsoPriced    further types that have a price (Karpenter's price table)
     */
    static List<InstanceSize> build(Map<String, KarpenterType> karpenter, Map<String, Integer> nics,
            Map<String, Ec2ShopFile.Offer> priceList, Set<String> previous, Set<String> alsoPriced) {
        Set<String> names = new TreeSet<>(karpenter.keySet());
        names.addAll(priceList.keySet());
        names.addAll(alsoPriced);
        List<InstanceSize> sizes = new ArrayList<>();
        for (String name : names) {
            KarpenterType k = karpenter.get(name);
            Ec2ShopFile.Offer o = priceList.get(name);
            if (k == null && o == null) {
                throw new CatalogBuildException(name + " has a price in " + AwsCatalogPart.KARPENTER_PRICES_FILE
                        + " but neither " + TYPES_FILE + " nor the Price List extracts describe it");
            }
            String family = k != null ? k.family() : name.substring(0, name.indexOf('.'));
            String letters = leadingLetters(family, name);
            String series = series(o, letters, name);
            int vcpus = k != null ? k.vcpus() : parseInt(o.vcpu(), name, "vCPU");
            long memory = k != null ? k.memoryMiB() : memoryMiB(o.memory(), name);
            Arch arch = k != null ? arch(k.arch(), name) : (GRAVITON.matcher(family).matches() ? Arch.ARM64 : Arch.X86_64);
            Storage storage = storage(o, name);
            int local = k != null && k.localNvmeGb() > 0 ? k.localNvmeGb() : storage.gb();
            int dataDisks = k == null ? 0 : maxDataDisks(k, letters, name, storage, local);
            long mbps = k == null ? 0 : k.ebsMbps() / 8;
            sizes.add(new InstanceSize(Cloud.AWS, name, family, series, vcpus, memory, arch,
                    BURSTABLE.matcher(family).matches(), local, dataDisks, nics.getOrDefault(name, 0),
                    !previous.contains(name), k == null ? 0 : k.gpus(), 0, mbps,
                    k != null ? AwsCatalogPart.KARPENTER_TYPES : AwsCatalogPart.EC2));
        }
        return sizes;
    }

    /**
     * EBS data volumes (besides the root volume) a type can attach, from AWS's documented limits; 0 where
     * the catalog does not know. See {@link AwsCatalogPart#MAX_DATA_DISKS_TEXT}.
     */
    static int maxDataDisks(KarpenterType k, String letters, String name, Storage storage, int localGb) {
        String size = name.substring(name.indexOf('.') + 1);
        if (DEDICATED_LIMIT_FAMILIES.contains(k.family())) {
            Integer limit = DEDICATED_LIMITS.get(size);
            return limit == null ? 0 : limit - 1;
        }
        boolean shared = "nitro".equals(k.hypervisor()) && k.generation() > 0 && k.generation() <= 6
                && SHARED_LIMIT_CATEGORIES.contains(letters) && !size.startsWith("metal");
        if (!shared) {
            return 0;
        }
        int devices;
        if (localGb == 0) {
            devices = 0;
        } else if (storage.devices() > 0) {
            devices = storage.devices();
        } else {
            return 0;
        }
        // One attachment is the primary network interface, one the root volume.
        return SHARED_ATTACHMENTS - 2 - devices;
    }

    private static String series(Ec2ShopFile.Offer o, String letters, String name) {
        if (o != null && o.category() != null && !o.category().isBlank()) {
            String c = o.category().trim().toLowerCase(Locale.ROOT);
            // t1.micro's "Micro Instances" was a general-purpose burstable type.
            return c.equals("micro instances") ? "general purpose" : c;
        }
        String s = SERIES.get(letters);
        if (s == null) {
            throw new CatalogBuildException(TYPES_FILE + ": " + name + " is of a family ('" + letters
                    + "') the builder has no category for; add it to AwsSizes.SERIES");
        }
        return s;
    }

    private static String leadingLetters(String family, String name) {
        Matcher m = LEADING_LETTERS.matcher(family);
        if (!m.lookingAt()) {
            throw new CatalogBuildException(name + ": cannot read a family from '" + family + "'");
        }
        return m.group();
    }

    private static Arch arch(String karpenterArch, String name) {
        return switch (karpenterArch) {
            case "amd64" -> Arch.X86_64;
            case "arm64" -> Arch.ARM64;
            default -> throw new CatalogBuildException(TYPES_FILE + ": " + name + " has the architecture '"
                    + karpenterArch + "'; expected amd64 or arm64");
        };
    }

    /** Instance storage as the Price List states it: the number of devices (0 when not stated) and total GB. */
    record Storage(int devices, int gb) {
    }

    static Storage storage(Ec2ShopFile.Offer o, String name) {
        if (o == null || o.storage() == null || o.storage().isBlank() || o.storage().trim().equals("EBS only")) {
            return new Storage(0, 0);
        }
        Matcher m = STORAGE.matcher(o.storage().trim());
        if (!m.matches()) {
            throw new CatalogBuildException(Ec2ShopFile.FOLDER + ": " + name + " has the storage '" + o.storage()
                    + "', which the builder cannot read");
        }
        int devices = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
        return new Storage(devices, devices * Integer.parseInt(m.group(2)));
    }

    static long memoryMiB(String memory, String name) {
        Matcher m = memory == null ? null : MEMORY.matcher(memory.trim());
        if (m == null || !m.matches()) {
            throw new CatalogBuildException(Ec2ShopFile.FOLDER + ": " + name + " has the memory '" + memory
                    + "'; expected a number of GiB");
        }
        return new BigDecimal(m.group(1).replace(",", "")).multiply(BigDecimal.valueOf(1024))
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static int parseInt(String text, String name, String what) {
        try {
            return Integer.parseInt(text.trim());
        } catch (RuntimeException e) {
            throw new CatalogBuildException(Ec2ShopFile.FOLDER + ": " + name + " has the " + what + " '" + text
                    + "'; expected a whole number");
        }
    }
}
