package com.migrationhub.domain.assessment.strategy;

import java.util.List;

/**
 * The named facts strategy rules reason on, computed from a server by {@link StrategyFacts}.
 * Flags and choices can appear in a rule's {@code when}; every fact can appear in a rationale as
 * {@code ${name}}.
 */
public enum Fact {
    // flags
    TEMPLATE("template", Kind.FLAG, "the server is a VM template"),
    POWERED_OFF("powered-off", Kind.FLAG, "the source reports the server powered off"),
    SUSPENDED("suspended", Kind.FLAG, "the source reports the server suspended"),
    CPU_IDLE("cpu-idle", Kind.FLAG,
            "CPU p95 (the average where the source gives no p95) is below the idle threshold (default 5 %),"
            + " over a window of at least the minimum days where the source gives the window"),
    NETWORK_IDLE("network-idle", Kind.FLAG,
            "network throughput (in + out, p95 or average) is below the idle threshold (default 0.1 MB/s),"
            + " with the same window rule"),
    IDLE("idle", Kind.FLAG, "cpu-idle and network-idle: both measured and both below their thresholds"),
    UTILIZATION_DATA("utilization-data", Kind.FLAG, "the source gives CPU utilization for the server"),
    VMWARE("vmware", Kind.FLAG, "runs on VMware vSphere: a vCenter or vSphere object id, or a VMware/ESXi hypervisor"),
    OS_KNOWN("os-known", Kind.FLAG, "the operating system is recognized (a product of os-products.tsv)"),
    OS_OUT_OF_SUPPORT("os-out-of-support", Kind.FLAG,
            "on the assessment date the OS is past end of life and of any extended support"),
    OS_EXTENDED_SUPPORT("os-extended-support", Kind.FLAG,
            "on the assessment date only paid or limited extended support remains (ESU, ELS, LTSS, ESM)"),
    OS_NO_UPGRADE_PATH("os-no-upgrade-path", Kind.FLAG,
            "no in-place upgrade to a supported release: 32-bit, UNIX, or a version below the product's"
            + " upgrade_from in os-products.tsv (Windows Server 2008 and older)"),
    OS_32_BIT("os-32-bit", Kind.FLAG, "the operating system is 32-bit"),
    PRODUCTION("production", Kind.FLAG, "the environment is production"),
    BUSINESS_CRITICAL("business-critical", Kind.FLAG,
            "a tag marks the server business or mission critical (see ServerTraits.businessCriticalEvidence)"),
    // choices
    DATABASE("database", Kind.CHOICE,
            "the database engine detected from the name, host name, application, tags and annotation",
            "sql-server", "oracle", "postgresql", "mysql", "mongodb"),
    OS_FAMILY("os-family", Kind.CHOICE, "the OS family", "windows", "linux", "unix", "other", "unknown"),
    OS_PRODUCT("os-product", Kind.WORD, "the OS product as os-products.tsv names it (windows-server, rhel, ...)"),
    ENVIRONMENT("environment", Kind.CHOICE, "the environment from the environment field or an Environment tag",
            "prod", "test", "dev", "dr", "other", "unknown"),
    // texts, for rationales only
    NAME("name", Kind.TEXT, "the server's name"),
    POWER_STATE("power-state", Kind.TEXT, "the power state as the source gave it"),
    OS_LABEL("os-label", Kind.TEXT, "the OS as a short label: Windows Server 2008 R2"),
    OS_SUPPORT("os-support", Kind.TEXT, "one line on the OS lifecycle with its dates"),
    DATABASE_NAME("database-name", Kind.TEXT, "the database engine as a name: SQL Server"),
    DATABASE_EVIDENCE("database-evidence", Kind.TEXT, "where the database was seen: name 'sql01'"),
    IDLE_EVIDENCE("idle-evidence", Kind.TEXT, "the utilization figures behind idle: CPU p95 0.8 % ..."),
    VMWARE_EVIDENCE("vmware-evidence", Kind.TEXT, "where VMware was seen: vCenter vc01"),
    CRITICAL_EVIDENCE("critical-evidence", Kind.TEXT, "the tag that marks the server critical"),
    VCPUS("vcpus", Kind.TEXT, "vCPUs"),
    MEMORY("memory", Kind.TEXT, "memory: 16 GiB");

    /** How a fact can be used. */
    public enum Kind {
        /** True or false: usable bare in a condition. */
        FLAG,
        /** One of fixed values: {@code fact = value}, or bare for "has a value other than unknown". */
        CHOICE,
        /** Any word: {@code fact = value}, or bare for "has a value". */
        WORD,
        /** Text for rationales only. */
        TEXT
    }

    private final String id;
    private final Kind kind;
    private final String description;
    private final List<String> values;

    Fact(String id, Kind kind, String description, String... values) {
        this.id = id;
        this.kind = kind;
        this.description = description;
        this.values = List.of(values);
    }

    /** The name used in rule files. */
    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    /** The values a choice takes; empty for other kinds. */
    public List<String> choices() {
        return values;
    }

    public static Fact byId(String id) {
        for (Fact f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        return null;
    }
}
