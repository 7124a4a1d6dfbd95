package com.migrationhub.samples;

import static com.migrationhub.samples.GuestOs.CENTOS_6_32;
import static com.migrationhub.samples.GuestOs.CENTOS_7;
import static com.migrationhub.samples.GuestOs.DEBIAN_10;
import static com.migrationhub.samples.GuestOs.DEBIAN_11;
import static com.migrationhub.samples.GuestOs.ORACLE_LINUX_7;
import static com.migrationhub.samples.GuestOs.ORACLE_LINUX_8;
import static com.migrationhub.samples.GuestOs.OTHER_LINUX;
import static com.migrationhub.samples.GuestOs.RHEL_7;
import static com.migrationhub.samples.GuestOs.RHEL_8;
import static com.migrationhub.samples.GuestOs.RHEL_9;
import static com.migrationhub.samples.GuestOs.SLES_12;
import static com.migrationhub.samples.GuestOs.SLES_15;
import static com.migrationhub.samples.GuestOs.UBUNTU_1804;
import static com.migrationhub.samples.GuestOs.UBUNTU_2004;
import static com.migrationhub.samples.GuestOs.UBUNTU_2204;
import static com.migrationhub.samples.GuestOs.WINDOWS_2008_32;
import static com.migrationhub.samples.GuestOs.WINDOWS_2008_R2;
import static com.migrationhub.samples.GuestOs.WINDOWS_2012_R2;
import static com.migrationhub.samples.GuestOs.WINDOWS_2016;
import static com.migrationhub.samples.GuestOs.WINDOWS_2019;
import static com.migrationhub.samples.GuestOs.WINDOWS_2022;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The business applications a manufacturer of Contoso's size runs, and how a given estate staffs
 * and weighs them: owners, cost centers, planned waves and shares differ with the seed.
 */
final class ApplicationCatalog {
    private ApplicationCatalog() {
    }

    private record Entry(String name, String code, String businessUnit, char family, List<String> roles,
            List<GuestOs> preferred, int baseWeight) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("SAP ERP", "SAP", "Finance", 'L', List.of("APP", "APP", "DB"), List.of(SLES_12, SLES_15), 8),
            new Entry("MES Plant Floor", "MES", "Manufacturing Operations", 'W', List.of("APP", "APP", "DB", "WEB"),
                    List.of(), 9),
            new Entry("Teamcenter PLM", "PLM", "Engineering", 'M', List.of("APP", "DB", "WEB", "FSC"), List.of(), 5),
            new Entry("SCADA Historian", "HIS", "Manufacturing Operations", 'W', List.of("APP", "DB"), List.of(), 4),
            new Entry("Quality Management", "QMS", "Quality", 'W', List.of("APP", "DB", "WEB"), List.of(), 3),
            new Entry("Warehouse Management", "WMS", "Supply Chain", 'L', List.of("APP", "DB", "WEB"),
                    List.of(RHEL_7, RHEL_8), 5),
            new Entry("EDI Gateway", "EDI", "Supply Chain", 'L', List.of("APP"), List.of(RHEL_8, RHEL_9), 2),
            new Entry("Active Directory", "AD", "Corporate IT", 'W', List.of("DC"),
                    List.of(WINDOWS_2016, WINDOWS_2019, WINDOWS_2022), 3),
            new Entry("File Services", "FS", "Corporate IT", 'W', List.of("FS"), List.of(), 3),
            new Entry("SQL Server Shared", "SQL", "Corporate IT", 'W', List.of("DB"),
                    List.of(WINDOWS_2016, WINDOWS_2019), 4),
            new Entry("Oracle Shared DB", "ORA", "Corporate IT", 'L', List.of("DB"),
                    List.of(ORACLE_LINUX_7, ORACLE_LINUX_8), 3),
            new Entry("Citrix Virtual Apps", "CTX", "Corporate IT", 'W', List.of("APP", "APP", "WEB"),
                    List.of(WINDOWS_2016, WINDOWS_2019), 6),
            new Entry("Intranet Portal", "INT", "Corporate IT", 'L', List.of("WEB", "APP"),
                    List.of(UBUNTU_2004, UBUNTU_2204), 3),
            new Entry("Customer Portal", "CPT", "Sales", 'L', List.of("WEB", "WEB", "APP", "DB"),
                    List.of(UBUNTU_2204, RHEL_9), 4),
            new Entry("HR Payroll", "PAY", "Human Resources", 'W', List.of("APP", "DB"), List.of(), 2),
            new Entry("Zabbix Monitoring", "MON", "Corporate IT", 'L', List.of("APP", "DB"),
                    List.of(CENTOS_7, RHEL_8), 2),
            new Entry("Veeam Backup", "BKP", "Corporate IT", 'W', List.of("APP", "PRX", "PRX"),
                    List.of(WINDOWS_2019, WINDOWS_2022), 3),
            new Entry("Jenkins CI", "CI", "Engineering", 'L', List.of("APP", "AGT", "AGT"),
                    List.of(UBUNTU_1804, UBUNTU_2004, DEBIAN_10, DEBIAN_11), 4),
            new Entry("Kafka Streaming", "KFK", "Engineering", 'L', List.of("APP"), List.of(RHEL_8, CENTOS_7), 2),
            new Entry("Data Warehouse", "DWH", "Finance", 'M', List.of("DB", "APP"), List.of(), 3),
            new Entry("Print Services", "PRT", "Corporate IT", 'W', List.of("APP"),
                    List.of(WINDOWS_2012_R2, WINDOWS_2016), 2),
            new Entry("CAD License Server", "LIC", "Engineering", 'W', List.of("APP"),
                    List.of(WINDOWS_2008_R2, WINDOWS_2012_R2), 1),
            new Entry("PKI Certificate Services", "PKI", "Corporate IT", 'W', List.of("APP"),
                    List.of(WINDOWS_2012_R2, WINDOWS_2016), 1),
            new Entry("Splunk Logging", "LOG", "Corporate IT", 'L', List.of("APP", "IDX", "IDX"),
                    List.of(RHEL_7, RHEL_8), 3),
            new Entry("Legacy Lab Systems", "LAB", "Quality", 'M', List.of("APP"),
                    List.of(WINDOWS_2008_32, CENTOS_6_32, WINDOWS_2008_R2), 1),
            new Entry("Network Appliances", "NET", "Corporate IT", 'L', List.of("APP"), List.of(OTHER_LINUX), 1));

    /** The catalog as one estate has it: its own owners, cost centers, waves and shares. */
    static List<BusinessApplication> forEstate(SplittableRandom rng, List<String> owners) {
        List<BusinessApplication> result = new ArrayList<>(ENTRIES.size());
        for (Entry e : ENTRIES) {
            String owner = Seeds.pick(rng, owners);
            String costCenter = "CC-" + (4100 + 10 * rng.nextInt(60));
            // Discovery comes before planning: a good part of the portfolio has no wave yet.
            String wave = rng.nextDouble() < 0.4 ? "" : "Wave " + (1 + rng.nextInt(5));
            int weight = Math.max(1, (int) Math.round(e.baseWeight() * (0.5 + rng.nextDouble()) * 10));
            result.add(new BusinessApplication(e.name(), e.code(), e.businessUnit(), e.family(), e.roles(),
                    e.preferred(), owner, costCenter, wave, weight));
        }
        return List.copyOf(result);
    }
}
