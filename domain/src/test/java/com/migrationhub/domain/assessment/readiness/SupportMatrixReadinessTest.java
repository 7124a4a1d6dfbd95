package com.migrationhub.domain.assessment.readiness;

import static com.migrationhub.domain.assessment.Fixtures.ON;
import static com.migrationhub.domain.assessment.Fixtures.disk;
import static com.migrationhub.domain.assessment.Fixtures.server;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.migrationhub.domain.assessment.Fixtures;
import com.migrationhub.domain.assessment.RulesException;
import com.migrationhub.domain.assessment.os.OsLifecycleMatcher;
import com.migrationhub.domain.assessment.os.OsProducts;
import com.migrationhub.domain.assessment.readiness.Readiness.Code;
import com.migrationhub.domain.assessment.readiness.Readiness.Severity;
import com.migrationhub.domain.assessment.readiness.Readiness.Status;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.model.Disk;
import com.migrationhub.domain.model.Firmware;
import com.migrationhub.domain.model.Nic;
import com.migrationhub.domain.model.PowerState;
import com.migrationhub.domain.model.Server;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SupportMatrixReadinessTest {
    private static final OsLifecycleMatcher LIFECYCLES =
            new OsLifecycleMatcher(OsProducts.readShipped(), Fixtures.lifecycles());
    private final SupportMatrixReadiness readiness = new SupportMatrixReadiness(OsSupportMatrix.readShipped(),
            CloudLimits.readShipped(), LIFECYCLES, ON);

    @Test
    void windowsServer2019IsReadyEverywhere() {
        Server s = server("app01", "Microsoft Windows Server 2019 (64-bit)");
        s.disks.add(disk("Hard disk 2", 500));

        Map<Cloud, Readiness> all = readiness.assessAll(s);

        assertThat(all.values()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(Status.READY);
            assertThat(r.reasons()).isEmpty();
        });
    }

    @Test
    void windowsServer2008R2IsOutOfSupportWithItsDate() {
        Readiness r = readiness.assess(server("legacy01", "Microsoft Windows Server 2008 R2 (64-bit)"), Cloud.AWS);

        assertThat(r.status()).isEqualTo(Status.NOT_READY);
        Readiness.Reason reason = r.reason(Code.OS_OUT_OF_SUPPORT);
        assertThat(reason.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(reason.text()).isEqualTo("Windows Server 2008 R2 left extended support on 2020-01-14; its Extended"
                + " Security Updates (ESU) ended on 2023-01-10: no security fixes any more: upgrade before or during"
                + " the move");
        assertThat(reason.source()).isEqualTo("endoflife.date products/windows-server.md");
    }

    @Test
    void rhel6OnAzureIsNotEndorsedAndOutOfExtendedSupport() {
        Server s = server("db-legacy", "Red Hat Enterprise Linux 6 (64-bit)");

        Readiness azure = readiness.assess(s, Cloud.AZURE);
        Readiness aws = readiness.assess(s, Cloud.AWS);

        assertThat(azure.status()).isEqualTo(Status.NOT_READY);
        assertThat(azure.reasons()).extracting(Readiness.Reason::code, Readiness.Reason::severity).containsExactly(
                tuple(Code.OS_CONDITIONAL, Severity.CONDITION), tuple(Code.OS_OUT_OF_SUPPORT, Severity.BLOCKER));
        assertThat(azure.reason(Code.OS_CONDITIONAL).text())
                .startsWith("Red Hat Enterprise Linux 6 on Azure: not an Azure endorsed version");
        assertThat(azure.reason(Code.OS_CONDITIONAL).source()).isEqualTo("Endorsed Linux distributions on Azure");
        assertThat(azure.reason(Code.OS_OUT_OF_SUPPORT).text()).startsWith("Red Hat Enterprise Linux 6 left maintenance"
                + " support on 2020-11-30; its Extended Life-cycle Support (ELS) ended on 2024-06-30");
        assertThat(aws.reasons()).extracting(Readiness.Reason::code).containsExactly(Code.OS_OUT_OF_SUPPORT);
    }

    @Test
    void extendedSupportIsACondition() {
        Readiness r = readiness.assess(server("web07", "Red Hat Enterprise Linux 7 (64-bit)"), Cloud.AZURE);

        assertThat(r.status()).isEqualTo(Status.READY_WITH_CONDITIONS);
        assertThat(r.reason(Code.OS_EXTENDED_SUPPORT).text()).startsWith("Red Hat Enterprise Linux 7 left maintenance"
                + " support on 2024-06-30; only Extended Life-cycle Support (ELS) until 2029-05-31: ");
    }

    @Test
    void a32BitSystemIsAConditionOnAwsAndABlockerOnAzureAndGoogleCloud() {
        Server s = server("print01", "Debian GNU/Linux 12 (32-bit)");

        Map<Cloud, Readiness> all = readiness.assessAll(s);

        assertThat(all.get(Cloud.AWS).reason(Code.OS_32_BIT).severity()).isEqualTo(Severity.CONDITION);
        assertThat(all.get(Cloud.AZURE).reason(Code.OS_32_BIT).severity()).isEqualTo(Severity.BLOCKER);
        assertThat(all.get(Cloud.GCP).reason(Code.OS_32_BIT).severity()).isEqualTo(Severity.BLOCKER);
        assertThat(all.get(Cloud.AZURE).reason(Code.OS_32_BIT).text())
                .isEqualTo("Debian 12 is 32-bit: Azure Migrate replicates only 64-bit guests: rebuild on a 64-bit OS");
        assertThat(all.get(Cloud.AWS).status()).isEqualTo(Status.READY_WITH_CONDITIONS);
        assertThat(all.get(Cloud.GCP).status()).isEqualTo(Status.NOT_READY);
    }

    @Test
    void a40TibDiskIsNotReadyOnAzureAConditionOnAwsAndFineOnGoogleCloud() {
        Server s = server("files01", "Microsoft Windows Server 2022 (64-bit)");
        s.disks.add(disk("Hard disk 2", 40 * 1024));

        Map<Cloud, Readiness> all = readiness.assessAll(s);

        Readiness azure = all.get(Cloud.AZURE);
        assertThat(azure.status()).isEqualTo(Status.NOT_READY);
        assertThat(azure.reason(Code.DISK_SIZE).text()).startsWith(
                "disk 'Hard disk 2' is 40,960 GiB (40 TiB), above Azure's 32,767 GiB (32 TiB): Azure Migrate replicates");
        assertThat(all.get(Cloud.AWS).status()).isEqualTo(Status.READY_WITH_CONDITIONS);
        assertThat(all.get(Cloud.AWS).reason(Code.DISK_SIZE).text()).contains("io2 Block Express");
        assertThat(all.get(Cloud.GCP).status()).isEqualTo(Status.READY);
    }

    @Test
    void aDiskAbove64TibIsABlockerOnAws() {
        Server s = server("archive01", "Microsoft Windows Server 2022 (64-bit)");
        s.disks.add(disk("Hard disk 2", 65 * 1024));

        Readiness aws = readiness.assess(s, Cloud.AWS);

        assertThat(aws.reasons()).extracting(Readiness.Reason::code, Readiness.Reason::severity)
                .containsExactly(tuple(Code.DISK_SIZE, Severity.BLOCKER));
    }

    @Test
    void anOsDiskAbove2TibOnBiosIsABlockerAndAbove4TibOnAzureWhatever() {
        Server bios = server("big-boot", "Microsoft Windows Server 2022 (64-bit)");
        bios.disks.set(0, disk("Hard disk 1", 3 * 1024));
        Server uefi = server("bigger-boot", "Microsoft Windows Server 2022 (64-bit)");
        uefi.firmware = Firmware.UEFI;
        uefi.disks.set(0, disk("Hard disk 1", 5 * 1024));

        assertThat(readiness.assess(bios, Cloud.GCP).reason(Code.OS_DISK_SIZE_BIOS).text())
                .startsWith("OS disk 'Hard disk 1' is 3,072 GiB (3 TiB) on a BIOS server, above 2,048 GiB (2 TiB): ");
        assertThat(readiness.assess(uefi, Cloud.AZURE).reason(Code.OS_DISK_SIZE).severity()).isEqualTo(Severity.BLOCKER);
        assertThat(readiness.assess(uefi, Cloud.AWS).status()).isEqualTo(Status.READY);
    }

    @Test
    void aSharedDiskNeedsAClusterRebuild() {
        Server s = server("sqlclu-node1", "Microsoft Windows Server 2019 (64-bit)");
        Disk quorum = disk("Hard disk 2", 1);
        quorum.sharing = "sharingMultiWriter";
        Disk unshared = disk("Hard disk 3", 200);
        unshared.sharing = "sharingNone";
        s.disks.add(quorum);
        s.disks.add(unshared);

        Map<Cloud, Readiness> all = readiness.assessAll(s);

        assertThat(all.get(Cloud.AZURE).status()).isEqualTo(Status.NOT_READY);
        assertThat(all.get(Cloud.AZURE).reason(Code.SHARED_DISK).text())
                .startsWith("shared disk 'Hard disk 2' (sharingMultiWriter): Azure Migrate doesn't migrate shared-disk clusters");
        assertThat(all.get(Cloud.AWS).status()).isEqualTo(Status.READY_WITH_CONDITIONS);
        assertThat(all.get(Cloud.AWS).reason(Code.SHARED_DISK).text()).contains("Multi-Attach");
        assertThat(all.get(Cloud.GCP).reasons()).extracting(Readiness.Reason::code).containsExactly(Code.SHARED_DISK);
    }

    @Test
    void rawAndIndependentDisksAreConditionsForSnapshotBasedReplication() {
        Server s = server("oracle-rac1", "Oracle Linux 8 (64-bit)");
        Disk rdm = disk("Hard disk 2", 500);
        rdm.raw = true;
        Disk independent = disk("Hard disk 3", 100);
        independent.diskMode = "independent_persistent";
        s.disks.add(rdm);
        s.disks.add(independent);

        Readiness azure = readiness.assess(s, Cloud.AZURE);
        Readiness aws = readiness.assess(s, Cloud.AWS);

        assertThat(azure.status()).isEqualTo(Status.READY_WITH_CONDITIONS);
        assertThat(azure.reasons()).extracting(Readiness.Reason::code)
                .containsExactly(Code.RAW_DISK, Code.INDEPENDENT_DISK);
        assertThat(azure.reason(Code.INDEPENDENT_DISK).text())
                .startsWith("independent disk 'Hard disk 3' (independent_persistent): agentless replication");
        assertThat(aws.reasons()).extracting(Readiness.Reason::code).containsExactly(Code.RAW_DISK);
    }

    @Test
    void uefiIsAConditionOnAzureOnly() {
        Server s = server("uefi01", "Microsoft Windows Server 2022 (64-bit)");
        s.firmware = Firmware.UEFI;

        Map<Cloud, Readiness> all = readiness.assessAll(s);

        assertThat(all.get(Cloud.AZURE).status()).isEqualTo(Status.READY_WITH_CONDITIONS);
        assertThat(all.get(Cloud.AZURE).reason(Code.BOOT_UEFI).text()).startsWith("boots UEFI: UEFI servers become"
                + " Generation 2 VMs");
        assertThat(all.get(Cloud.AWS).status()).isEqualTo(Status.READY);
        assertThat(all.get(Cloud.GCP).status()).isEqualTo(Status.READY);
    }

    @Test
    void anUnknownOsIsUnknownUnlessSomethingElseBlocks() {
        Server s = server("mystery", "Other 3.x or later Linux (64-bit)");

        Readiness r = readiness.assess(s, Cloud.GCP);
        assertThat(r.status()).isEqualTo(Status.UNKNOWN);
        assertThat(r.reasons()).extracting(Readiness.Reason::code, Readiness.Reason::severity, Readiness.Reason::text)
                .containsExactly(tuple(Code.OS_UNKNOWN, Severity.UNKNOWN,
                        "operating system not recognized: 'Other 3.x or later Linux (64-bit)'"));

        s.disks.add(disk("Hard disk 2", 70 * 1024));
        assertThat(readiness.assess(s, Cloud.GCP).status()).as("a certain blocker outweighs the unknown")
                .isEqualTo(Status.NOT_READY);
    }

    @Test
    void aTemplateIsNotAssessedAndAPoweredOffServerIs() {
        Server template = server("w2019-template", "Microsoft Windows Server 2019 (64-bit)");
        template.template = true;
        Server off = server("old-app", "Microsoft Windows Server 2019 (64-bit)");
        off.powerState = PowerState.POWERED_OFF;
        off.firmware = Firmware.UEFI;

        Readiness t = readiness.assess(template, Cloud.AZURE);
        Readiness o = readiness.assess(off, Cloud.AZURE);

        assertThat(t.status()).isEqualTo(Status.UNKNOWN);
        assertThat(t.reasons()).extracting(Readiness.Reason::code, Readiness.Reason::severity)
                .containsExactly(tuple(Code.TEMPLATE, Severity.NOTE));
        assertThat(o.status()).isEqualTo(Status.READY_WITH_CONDITIONS);
        assertThat(o.reasons()).extracting(Readiness.Reason::code).containsExactly(Code.POWERED_OFF, Code.BOOT_UEFI);
    }

    @Test
    void diskAndNicCountsAboveTheLargestSizeBlock() {
        Server s = server("many-disks", "Ubuntu 22.04 LTS (64-bit)");
        for (int i = 2; i <= 66; i++) {
            s.disks.add(disk("Hard disk " + i, 10));
        }
        for (int i = 0; i < 8; i++) {
            s.nics.add(new Nic());
        }

        Readiness azure = readiness.assess(s, Cloud.AZURE);

        assertThat(azure.status()).isEqualTo(Status.NOT_READY);
        assertThat(azure.reason(Code.DISK_COUNT).text()).startsWith("65 data disks, above Azure's 64: ");
        assertThat(azure.reason(Code.NIC_COUNT).text()).startsWith("9 network adapters, above Azure's 8: ");
        assertThat(readiness.assess(s, Cloud.AWS).status()).isEqualTo(Status.READY);
    }

    @Test
    void theLargestSizeOfTheCatalogReplacesTheDefaultCounts() {
        Map<Cloud, CloudLimits> limits = new EnumMap<>(CloudLimits.readShipped());
        limits.put(Cloud.AWS, limits.get(Cloud.AWS).withLargestSize(20, 4, "catalog: largest size x9.big"));
        SupportMatrixReadiness custom = new SupportMatrixReadiness(OsSupportMatrix.readShipped(), limits, LIFECYCLES, ON);
        Server s = server("nics", "Ubuntu 22.04 LTS (64-bit)");
        for (int i = 0; i < 4; i++) {
            s.nics.add(new Nic());
        }

        Readiness r = custom.assess(s, Cloud.AWS);

        assertThat(r.reason(Code.NIC_COUNT).text()).startsWith("5 network adapters, above AWS's 4: ");
        assertThat(r.reason(Code.NIC_COUNT).source()).isEqualTo("catalog: largest size x9.big");
        assertThat(limits.get(Cloud.AWS).maxDataDisks()).isEqualTo(20);
        assertThat(CloudLimits.readShipped().get(Cloud.AWS).maxNics()).isEqualTo(15);
    }

    @Test
    void aVersionlessOsIsUnknownWhereTheCloudDistinguishesVersions() {
        Server s = server("u1", "Ubuntu Linux (64-bit)");

        Readiness r = readiness.assess(s, Cloud.AZURE);

        assertThat(r.status()).isEqualTo(Status.UNKNOWN);
        assertThat(r.reasons()).extracting(Readiness.Reason::code)
                .containsExactly(Code.OS_VERSION_UNKNOWN, Code.OS_LIFECYCLE_UNKNOWN);
    }

    @Test
    void unixOnAnX86CloudIsNotSupported() {
        Readiness r = readiness.assess(server("aix01", "IBM AIX 7.2"), Cloud.AWS);

        assertThat(r.status()).isEqualTo(Status.NOT_READY);
        assertThat(r.reason(Code.OS_NOT_SUPPORTED).text())
                .isEqualTo("IBM AIX 7.2 on AWS: AIX needs IBM Power hardware, which EC2 does not offer");
    }

    @Test
    void theShippedFilesCoverEveryCloudAndEveryProduct() {
        Map<Cloud, CloudLimits> limits = CloudLimits.readShipped();
        assertThat(limits.keySet()).containsExactly(Cloud.values());
        OsSupportMatrix matrix = OsSupportMatrix.readShipped();
        Set<String> products = OsProducts.readShipped().all().stream().map(p -> p.product()).collect(Collectors.toSet());
        for (Cloud c : Cloud.values()) {
            assertThat(limits.get(c).feature(CloudLimits.Kind.OS_OUT_OF_SUPPORT)).as(c.id()).isNotNull();
            assertThat(limits.get(c).maxDataDisks()).as(c.id()).isPositive();
            for (String p : products) {
                assertThat(matrix.rows(c, p)).as(c.id() + " " + p).isNotEmpty();
            }
        }
    }

    @Test
    void aBadLimitsFileNamesFileLineAndText() {
        String file = "# limits\ncloud\tlimit\tvalue\tseverity\tnote\tsource\n"
                + "aws\tdata-disk-gib\t16384\tcondition\tbig\tdoc\n"
                + "azure\tdata-disk-gib\t32 TiB\tblocker\ttoo big\tdoc\n";
        assertThatThrownBy(() -> CloudLimits.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                "limits.tsv"))
                .isInstanceOf(RulesException.class)
                .hasMessage("limits.tsv, line 4: limit data-disk-gib needs a whole number, not '32 TiB'"
                        + " in \"azure data-disk-gib 32 TiB blocker too big doc\"")
                .satisfies(e -> assertThat(((RulesException) e).line()).isEqualTo(4));
    }

    @Test
    void aBadSupportMatrixNamesFileLineAndText() {
        String file = "cloud\tproduct\tfrom_version\tstatus\tnote\tsource\n"
                + "aws\trhel\t7\tsupported\t-\tdoc\n"
                + "aws\tubuntu\t16.04\tmaybe\twhy\tdoc\n";
        assertThatThrownBy(() -> OsSupportMatrix.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                "support.tsv"))
                .isInstanceOf(RulesException.class)
                .hasMessage("support.tsv, line 3: unknown status 'maybe': use supported, conditional or unsupported"
                        + " in \"aws ubuntu 16.04 maybe why doc\"");
    }
}
