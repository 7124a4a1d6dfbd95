package com.migrationhub.domain.assessment.tco;

import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.Usd;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the business case: an on-premises cost model over the estate (hardware per core,
 * storage per GB, network as a share, power and facilities per core, hypervisor and Windows
 * licences per core, administration labour per server) against each cloud's run cost from the
 * assessment plus remaining labour and a one-off migration cost, year by year, with the month
 * each cloud breaks even. Exact decimal arithmetic, rounded once per line to a nano-dollar.
 * Cost: constant in the estate's size (it works on totals).
 */
public final class TcoModel {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal HOURS_A_YEAR = new BigDecimal("8760");
    private static final BigDecimal THOUSAND = new BigDecimal("1000");

    /**
     * The estate's totals the model needs.
     *
     * @param windowsVcpus vCPUs of servers running Windows (their share of cores carries the Windows licence)
     * @param provisionedGb storage provisioned, in GB
     */
    public record Estate(long servers, long vcpus, long windowsVcpus, BigDecimal provisionedGb) {
    }

    private final TcoParameters p;

    public TcoModel(TcoParameters parameters) {
        this.p = parameters;
    }

    /**
     * @param monthlyRunNanos per cloud, the assessment's monthly total (compute, licences, storage, network)
     */
    public BusinessCase compute(Estate estate, Map<Cloud, Long> monthlyRunNanos, int horizonYears) {
        if (horizonYears < 1 || horizonYears > 5) {
            throw new IllegalArgumentException("horizon " + horizonYears + " years: use 1 to 5");
        }
        BigDecimal perCore = p.value("vcpus-per-core");
        long cores = perCore.signum() == 0 ? 0
                : new BigDecimal(estate.vcpus()).divide(perCore, 0, RoundingMode.CEILING).longValueExact();
        BigDecimal coresD = new BigDecimal(cores);
        List<BusinessCase.Line> lines = new ArrayList<>();
        BigDecimal acquisition = coresD.multiply(p.value("hardware.cost-per-core"));
        BigDecimal depreciation = acquisition.divide(p.value("hardware.life-years"), 9, RoundingMode.HALF_UP);
        lines.add(line("hardware", "Server hardware (depreciation)", depreciation, String.format(
                "%,d vCPUs / %s vCPUs per core = %,d cores × %s USD / %s years", estate.vcpus(), plain(perCore), cores,
                plain(p.value("hardware.cost-per-core")), plain(p.value("hardware.life-years")))));
        BigDecimal maintenance = percent(acquisition, p.value("hardware.maintenance-percent"));
        lines.add(line("maintenance", "Hardware maintenance", maintenance, String.format("%s %% of %s USD acquisition",
                plain(p.value("hardware.maintenance-percent")), plain(acquisition))));
        BigDecimal storage = estate.provisionedGb().multiply(p.value("storage.cost-per-gb-year"));
        lines.add(line("storage", "Storage", storage, String.format("%s GB provisioned × %s USD per GB a year",
                plain(estate.provisionedGb().setScale(0, RoundingMode.HALF_UP)), plain(p.value("storage.cost-per-gb-year")))));
        BigDecimal network = percent(depreciation.add(maintenance).add(storage), p.value("network.percent"));
        lines.add(line("network", "Network", network, String.format("%s %% of hardware, maintenance and storage",
                plain(p.value("network.percent")))));
        BigDecimal kwh = coresD.multiply(p.value("facilities.watts-per-core")).multiply(p.value("facilities.pue"))
                .multiply(HOURS_A_YEAR).divide(THOUSAND, 9, RoundingMode.HALF_UP);
        BigDecimal facilities = kwh.multiply(p.value("facilities.usd-per-kwh"));
        lines.add(line("facilities", "Power and facilities", facilities, String.format(
                "%,d cores × %s W × PUE %s × 8,760 h = %s kWh × %s USD", cores, plain(p.value("facilities.watts-per-core")),
                plain(p.value("facilities.pue")), plain(kwh.setScale(0, RoundingMode.HALF_UP)),
                plain(p.value("facilities.usd-per-kwh")))));
        BigDecimal virtualization = coresD.multiply(p.value("licence.virtualization-per-core-year"));
        lines.add(line("licence-virtualization", "Hypervisor licences", virtualization, String.format(
                "%,d cores × %s USD a year", cores, plain(p.value("licence.virtualization-per-core-year")))));
        BigDecimal windowsCores = estate.vcpus() == 0 ? BigDecimal.ZERO
                : coresD.multiply(new BigDecimal(estate.windowsVcpus())).divide(new BigDecimal(estate.vcpus()), 0,
                        RoundingMode.CEILING);
        BigDecimal windows = windowsCores.multiply(p.value("licence.windows-per-core-year"));
        lines.add(line("licence-windows", "Windows Server licences", windows, String.format(
                "%s cores (Windows' share of vCPUs) × %s USD a year", plain(windowsCores),
                plain(p.value("licence.windows-per-core-year")))));
        BigDecimal labour = new BigDecimal(estate.servers()).multiply(p.value("labour.hours-per-server-year"))
                .multiply(p.value("labour.usd-per-hour"));
        lines.add(line("labour", "Administration labour", labour, String.format("%,d servers × %s h × %s USD",
                estate.servers(), plain(p.value("labour.hours-per-server-year")), plain(p.value("labour.usd-per-hour")))));
        long onPremYearly = 0;
        for (BusinessCase.Line l : lines) {
            onPremYearly += l.yearlyNanos();
        }

        BigDecimal cloudLabour = percent(labour, p.value("cloud.labour-percent"));
        long migration = nanos(new BigDecimal(estate.servers()).multiply(p.value("migration.usd-per-server")));
        Map<Cloud, BusinessCase.CloudCase> clouds = new EnumMap<>(Cloud.class);
        for (Map.Entry<Cloud, Long> e : monthlyRunNanos.entrySet()) {
            List<BusinessCase.Line> cl = new ArrayList<>();
            long monthly = nanos(Usd.toDecimal(e.getValue()));
            long run = Math.multiplyExact(monthly, 12L);
            cl.add(new BusinessCase.Line("run", "Cloud run cost", run, "the assessment's monthly total × 12 ("
                    + Usd.cents(monthly) + " USD a month)"));
            cl.add(line("labour", "Remaining operations labour", cloudLabour, String.format("%s %% of on-premises labour",
                    plain(p.value("cloud.labour-percent")))));
            long yearly = run + nanos(cloudLabour);
            int months = horizonYears * 12;
            long[] cumCloud = new long[horizonYears];
            long[] cumOnPrem = new long[horizonYears];
            int breakEven = 0;
            for (int m = 1; m <= months; m++) {
                long cloudCum = migration + Usd.scale(yearly, m, 12);
                long onPremCum = Usd.scale(onPremYearly, m, 12);
                if (breakEven == 0 && cloudCum <= onPremCum) {
                    breakEven = m;
                }
                if (m % 12 == 0) {
                    cumCloud[m / 12 - 1] = cloudCum;
                    cumOnPrem[m / 12 - 1] = onPremCum;
                }
            }
            clouds.put(e.getKey(), new BusinessCase.CloudCase(e.getKey(), cl, yearly, migration, cumCloud, cumOnPrem,
                    breakEven));
        }
        Map<String, String> params = new LinkedHashMap<>();
        p.all().forEach((k, v) -> params.put(k, plain(v.value()) + " " + v.unit() + (v.overridden() ? " (set)" : "")));
        return new BusinessCase(horizonYears, List.copyOf(lines), onPremYearly, clouds, params);
    }

    private static BusinessCase.Line line(String id, String label, BigDecimal usd, String how) {
        return new BusinessCase.Line(id, label, nanos(usd), how);
    }

    private static BigDecimal percent(BigDecimal base, BigDecimal percent) {
        return base.multiply(percent).divide(HUNDRED, 9, RoundingMode.HALF_UP);
    }

    /** To the cent, as a business case shows its lines, so that its years add up on the page. */
    private static long nanos(BigDecimal usd) {
        return usd.setScale(2, RoundingMode.HALF_UP).movePointRight(9).longValueExact();
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    /** Monthly figure of a yearly one, for display. */
    public static long monthly(long yearlyNanos) {
        return Usd.scale(yearlyNanos, 1, 12);
    }
}
