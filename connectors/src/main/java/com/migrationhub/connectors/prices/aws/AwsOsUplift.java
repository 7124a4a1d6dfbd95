package com.migrationhub.connectors.prices.aws;

import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.Licence;
import com.migrationhub.domain.catalog.LicencePrice;
import com.migrationhub.domain.catalog.Usd;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The operating-system licence charges AWS adds to the Linux price, measured from ec2instances.info's
 * us-east-1 on-demand prices of 2023-08-30: per instance type, the Windows, RHEL or SLES price minus
 * the Linux price. Types the file does not measure get the median uplift per vCPU. Cost: one pass
 * over a 650-row CSV.
 */
final class AwsOsUplift {
    static final String FILE = "aws/ec2instancesinfo-us-east-1-2023-08-30.csv";
    private static final String TYPE = "Instance type";
    private static final String LINUX = "Linux OD cost in us-east-1";
    private static final Map<Licence, String> COLUMNS = Map.of(
            Licence.WINDOWS, "Windows OD cost in us-east-1",
            Licence.RHEL, "RHEL OD cost in us-east-1",
            Licence.SLES, "SLES OD cost in us-east-1");
    static final List<Licence> LICENCES = List.of(Licence.WINDOWS, Licence.RHEL, Licence.SLES);

    /** What the file gave: per-type rows, per-vCPU fallbacks, and what was left out. */
    record Result(List<LicencePrice> rows, Map<Licence, Long> medianPerVcpu, Map<Licence, Integer> measured,
            int unknownTypes, int notOffered, int belowLinux) {
    }

    private AwsOsUplift() {
    }

    /**
     * @param vcpus the catalog's vCPUs by instance type; types it lacks are skipped
     */
    static Result read(Path prices, Map<String, Integer> vcpus) {
        List<LicencePrice> rows = new ArrayList<>();
        Map<Licence, List<Long>> perVcpu = new EnumMap<>(Licence.class);
        LICENCES.forEach(l -> perVcpu.put(l, new ArrayList<>()));
        int[] unknown = {0};
        int[] notOffered = {0};
        int[] belowLinux = {0};
        List<String> required = new ArrayList<>(List.of(TYPE, LINUX));
        LICENCES.forEach(l -> required.add(COLUMNS.get(l)));
        PriceCsv.read(prices, FILE, required, row -> {
            String type = row.required(TYPE);
            long linux = row.usd(LINUX);
            Integer cpus = vcpus.get(type);
            if (cpus == null) {
                unknown[0]++;
                return;
            }
            // 0 or blank is how the file says the type is not sold with that system.
            if (linux <= 0) {
                notOffered[0] += LICENCES.size();
                return;
            }
            for (Licence licence : LICENCES) {
                long os = row.usd(COLUMNS.get(licence));
                if (os <= 0) {
                    notOffered[0]++;
                    continue;
                }
                long uplift = os - linux;
                if (uplift < 0) {
                    belowLinux[0]++;
                    continue;
                }
                // An uplift of 0 is a measurement (SLES on t3.nano costs what Linux costs), so it is kept.
                rows.add(new LicencePrice(Cloud.AWS, licence, LicencePrice.ANY, type, false, uplift, 0,
                        AwsCatalogPart.EC2INSTANCESINFO, AwsCatalogPart.OS_UPLIFT));
                perVcpu.get(licence).add(Usd.scale(uplift, 1, cpus));
            }
        });
        Map<Licence, Long> medians = new EnumMap<>(Licence.class);
        Map<Licence, Integer> measured = new EnumMap<>(Licence.class);
        for (Licence licence : LICENCES) {
            List<Long> values = perVcpu.get(licence);
            measured.put(licence, values.size());
            if (values.isEmpty()) {
                continue;
            }
            long median = median(values);
            medians.put(licence, median);
            rows.add(new LicencePrice(Cloud.AWS, licence, LicencePrice.ANY, LicencePrice.ANY, true, median, 0,
                    AwsCatalogPart.EC2INSTANCESINFO, AwsCatalogPart.OS_UPLIFT_PER_VCPU));
        }
        return new Result(rows, medians, measured, unknown[0], notOffered[0], belowLinux[0]);
    }

    /** The median; of an even count, the mean of the middle two rounded half-up to a nano-dollar. */
    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return Usd.scale(sorted.get(n / 2 - 1) + sorted.get(n / 2), 1, 2);
    }
}
