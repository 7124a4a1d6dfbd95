package com.migrationhub.domain.assessment.strategy;

import com.migrationhub.domain.assessment.Environment;
import com.migrationhub.domain.assessment.Figures;
import com.migrationhub.domain.assessment.ServerTraits;
import com.migrationhub.domain.assessment.os.OsSupport;
import com.migrationhub.domain.model.Architecture;
import com.migrationhub.domain.model.Metric;
import com.migrationhub.domain.model.OsFamily;
import com.migrationhub.domain.model.PowerState;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.UtilizationStat;
import java.time.Duration;
import java.util.Locale;

/**
 * The {@link Fact}s of one server: flags and choices computed when built (cheap: no text
 * formatting), texts only when a rationale asks for them.
 */
public final class StrategyFacts {
    private final Server server;
    private final OsSupport os;
    private final FactSettings settings;
    private final boolean[] flags = new boolean[Fact.values().length];
    private final String[] words = new String[Fact.values().length];
    private final DatabaseDetector.Detection database;
    private final String vmware;
    private final String critical;
    private final UtilizationStat cpu;
    private final Double network;
    private final UtilizationStat networkStat;

    StrategyFacts(Server server, OsSupport os, DatabaseDetector detector, FactSettings settings) {
        this.server = server;
        this.os = os;
        this.settings = settings;
        set(Fact.TEMPLATE, server.template);
        set(Fact.POWERED_OFF, server.powerState == PowerState.POWERED_OFF);
        set(Fact.SUSPENDED, server.powerState == PowerState.SUSPENDED);

        cpu = ServerTraits.stat(server, Metric.CPU_PERCENT);
        Double cpuFigure = ServerTraits.typical(cpu);
        set(Fact.UTILIZATION_DATA, cpuFigure != null);
        set(Fact.CPU_IDLE, cpuFigure != null && cpuFigure < settings.idleCpuPercent() && longEnough(cpu));
        UtilizationStat total = ServerTraits.stat(server, Metric.NETWORK_MBPS);
        if (total != null && ServerTraits.typical(total) != null) {
            networkStat = total;
            network = ServerTraits.typical(total);
        } else {
            UtilizationStat in = ServerTraits.stat(server, Metric.NETWORK_IN_MBPS);
            UtilizationStat out = ServerTraits.stat(server, Metric.NETWORK_OUT_MBPS);
            Double a = ServerTraits.typical(in);
            Double b = ServerTraits.typical(out);
            networkStat = in != null ? in : out;
            network = a == null && b == null ? null : (a == null ? 0 : a) + (b == null ? 0 : b);
        }
        set(Fact.NETWORK_IDLE, network != null && network < settings.idleNetworkMBps() && longEnough(networkStat));
        set(Fact.IDLE, flags[Fact.CPU_IDLE.ordinal()] && flags[Fact.NETWORK_IDLE.ordinal()]);

        vmware = ServerTraits.vmwareEvidence(server);
        set(Fact.VMWARE, vmware != null);
        set(Fact.OS_KNOWN, os.recognized());
        set(Fact.OS_OUT_OF_SUPPORT, os.outOfSupport());
        set(Fact.OS_EXTENDED_SUPPORT, os.extendedOnly());
        set(Fact.OS_NO_UPGRADE_PATH, os.noUpgradePath());
        set(Fact.OS_32_BIT, os.os().architecture() == Architecture.X86);
        Environment env = ServerTraits.environment(server);
        set(Fact.PRODUCTION, env == Environment.PROD);
        critical = ServerTraits.businessCriticalEvidence(server);
        set(Fact.BUSINESS_CRITICAL, critical != null);

        database = detector.detect(server);
        words[Fact.DATABASE.ordinal()] = database == null ? null : database.engine();
        OsFamily family = os.os().family() == null ? OsFamily.UNKNOWN : os.os().family();
        words[Fact.OS_FAMILY.ordinal()] = family.name().toLowerCase(Locale.ROOT);
        words[Fact.OS_PRODUCT.ordinal()] = os.product() == null ? null : os.product().product();
        words[Fact.ENVIRONMENT.ordinal()] = env.id();
    }

    private void set(Fact f, boolean value) {
        flags[f.ordinal()] = value;
    }

    /** A window shorter than the minimum is too short to judge; no window given counts as enough. */
    private boolean longEnough(UtilizationStat s) {
        if (s == null || s.windowStart() == null || s.windowEnd() == null) {
            return true;
        }
        return Duration.between(s.windowStart(), s.windowEnd()).toHours() >= settings.minIdleDays() * 24L;
    }

    /** A flag's value; false for other kinds. */
    public boolean flag(Fact f) {
        return flags[f.ordinal()];
    }

    /** A choice's or word's value, null when none. */
    public String value(Fact f) {
        return words[f.ordinal()];
    }

    /** Any fact as text, for a rationale: flags read yes/no, missing values "unknown". */
    public String text(Fact f) {
        switch (f.kind()) {
            case FLAG:
                return flags[f.ordinal()] ? "yes" : "no";
            case CHOICE:
            case WORD:
                String v = words[f.ordinal()];
                return v == null ? "none" : v;
            default:
                break;
        }
        String t = switch (f) {
            case NAME -> server.name;
            case POWER_STATE -> server.powerState == null ? null
                    : server.powerState.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            case OS_LABEL -> os.label();
            case OS_SUPPORT -> os.describe();
            case DATABASE_NAME -> database == null ? null : database.engineName();
            case DATABASE_EVIDENCE -> database == null ? null : database.evidence();
            case IDLE_EVIDENCE -> idleEvidence();
            case VMWARE_EVIDENCE -> vmware;
            case CRITICAL_EVIDENCE -> critical;
            case VCPUS -> server.vcpus == null ? null : server.vcpus.toString();
            case MEMORY -> server.memoryMiB == null ? null : Figures.mib(server.memoryMiB);
            default -> null;
        };
        return t == null ? "unknown" : t;
    }

    private String idleEvidence() {
        if (cpu == null) {
            return "no CPU utilization data";
        }
        StringBuilder b = new StringBuilder();
        figure(b, "CPU", cpu, ServerTraits.typical(cpu), "%");
        if (network != null) {
            b.append(", network ");
            b.append(networkStat != null && networkStat.p95() != null ? "p95 " : "average ");
            b.append(Figures.decimal(network, 3)).append(" MB/s");
        } else {
            b.append(", no network data");
        }
        window(b, cpu);
        return b.toString();
    }

    private static void figure(StringBuilder b, String what, UtilizationStat s, Double value, String unit) {
        b.append(what).append(s.p95() != null ? " p95 " : " average ");
        b.append(value == null ? "unknown" : Figures.decimal(value, 1)).append(' ').append(unit);
    }

    private static void window(StringBuilder b, UtilizationStat s) {
        if (s.windowStart() != null && s.windowEnd() != null) {
            long days = Duration.between(s.windowStart(), s.windowEnd()).toDays();
            b.append(" over ").append(days).append(days == 1 ? " day" : " days");
        } else {
            b.append(" (collection window not given)");
        }
    }
}
