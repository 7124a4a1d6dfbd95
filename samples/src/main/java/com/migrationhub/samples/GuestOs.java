package com.migrationhub.samples;

/**
 * The guest operating systems the generator puts on virtual machines, with the names vSphere
 * shows for them ("OS according to the configuration file" and "according to the VMware Tools")
 * and the product name, version and publisher a CMDB or a cloud import template carries.
 *
 * <p>The weights give each system's share within its family (Windows or Linux) in percent; they
 * follow what consultants commonly meet in a 2026 mid-size estate: mostly Server 2016 to 2022 and
 * RHEL 7/8, a tail of Windows Server 2008 R2 and 32-bit systems, and a few appliances that only
 * say "Other Linux".
 */
enum GuestOs {
    WINDOWS_2008_R2("Microsoft Windows Server 2008 R2 (64-bit)", "Microsoft Windows Server 2008 R2 Standard",
            "6.1.7601", 64, "Microsoft", 0.0, 3),
    WINDOWS_2008_32("Microsoft Windows Server 2008 (32-bit)", "Microsoft Windows Server 2008 Standard",
            "6.0.6003", 32, "Microsoft", 0.0, 1),
    // vSphere has no separate guest type for 2012 R2: it is configured and reported as "2012".
    WINDOWS_2012_R2("Microsoft Windows Server 2012 (64-bit)", "Microsoft Windows Server 2012 R2 Standard",
            "6.3.9600", 64, "Microsoft", 0.1, 14),
    WINDOWS_2016("Microsoft Windows Server 2016 or later (64-bit)", "Microsoft Windows Server 2016 Standard",
            "10.0.14393", 64, "Microsoft", 0.5, 25),
    WINDOWS_2019("Microsoft Windows Server 2019 (64-bit)", "Microsoft Windows Server 2019 Standard",
            "10.0.17763", 64, "Microsoft", 0.7, 32),
    WINDOWS_2022("Microsoft Windows Server 2022 (64-bit)", "Microsoft Windows Server 2022 Datacenter",
            "10.0.20348", 64, "Microsoft", 0.9, 25),

    RHEL_7("Red Hat Enterprise Linux 7 (64-bit)", "Red Hat Enterprise Linux Server 7.9", "7.9", 64, "Red Hat",
            0.0, 17),
    RHEL_8("Red Hat Enterprise Linux 8 (64-bit)", "Red Hat Enterprise Linux 8.8", "8.8", 64, "Red Hat", 0.4, 18),
    RHEL_9("Red Hat Enterprise Linux 9 (64-bit)", "Red Hat Enterprise Linux 9.3", "9.3", 64, "Red Hat", 0.6, 9),
    CENTOS_7("CentOS 7 (64-bit)", "CentOS Linux 7", "7.9.2009", 64, "CentOS Project", 0.0, 12),
    CENTOS_6_32("CentOS 6 (32-bit)", "CentOS 6", "6.10", 32, "CentOS Project", 0.0, 1),
    UBUNTU_1804("Ubuntu Linux (64-bit)", "Ubuntu 18.04.6 LTS", "18.04", 64, "Canonical", 0.0, 4),
    UBUNTU_2004("Ubuntu Linux (64-bit)", "Ubuntu 20.04.6 LTS", "20.04", 64, "Canonical", 0.2, 8),
    UBUNTU_2204("Ubuntu Linux (64-bit)", "Ubuntu 22.04.4 LTS", "22.04", 64, "Canonical", 0.3, 10),
    SLES_12("SUSE Linux Enterprise 12 (64-bit)", "SUSE Linux Enterprise Server 12 SP5", "12.5", 64, "SUSE", 0.0,
            4),
    SLES_15("SUSE Linux Enterprise 15 (64-bit)", "SUSE Linux Enterprise Server 15 SP4", "15.4", 64, "SUSE", 0.3,
            6),
    ORACLE_LINUX_7("Oracle Linux 7 (64-bit)", "Oracle Linux Server 7.9", "7.9", 64, "Oracle", 0.0, 2),
    ORACLE_LINUX_8("Oracle Linux 8 (64-bit)", "Oracle Linux Server 8.8", "8.8", 64, "Oracle", 0.3, 3),
    DEBIAN_10("Debian GNU/Linux 10 (64-bit)", "Debian GNU/Linux 10 (buster)", "10", 64, "Debian", 0.0, 2),
    DEBIAN_11("Debian GNU/Linux 11 (64-bit)", "Debian GNU/Linux 11 (bullseye)", "11", 64, "Debian", 0.2, 2),
    // Vendor appliances: vSphere knows no more than the kernel family, and nor does anyone else.
    OTHER_LINUX("Other Linux (64-bit)", "Linux", "", 64, "", 0.0, 2);

    /** The vSphere guest name: RVTools' "OS according to the configuration file". */
    final String vmwareName;
    /** The product name a CMDB or a guest agent reports. */
    final String productName;
    final String version;
    final int bits;
    final String publisher;
    /** The share of such VMs that boot with EFI firmware rather than BIOS. */
    final double efiShare;
    /** Percent within the family. */
    final int weight;

    GuestOs(String vmwareName, String productName, String version, int bits, String publisher, double efiShare,
            int weight) {
        this.vmwareName = vmwareName;
        this.productName = productName;
        this.version = version;
        this.bits = bits;
        this.publisher = publisher;
        this.efiShare = efiShare;
        this.weight = weight;
    }

    boolean isWindows() {
        return name().startsWith("WINDOWS");
    }

    /** "x64" or "x86", the spelling the Azure Migrate template accepts. */
    String architecture() {
        return bits == 64 ? "x64" : "x86";
    }

    String family() {
        return isWindows() ? "Windows" : "Linux";
    }

    /**
     * The guest name the VMware Tools report. Tools name the guest they find, so an OS upgraded in
     * place shows its new name here while the configuration file keeps the old one.
     */
    String toolsName() {
        if (this == OTHER_LINUX) {
            return "Other 4.x or later Linux (64-bit)";
        }
        return vmwareName;
    }

    /**
     * The system the VM was created as before an in-place upgrade, for the few VMs whose
     * configuration file was never updated; {@code this} where no such predecessor is common.
     */
    GuestOs predecessor() {
        return switch (this) {
            case WINDOWS_2019 -> WINDOWS_2016;
            case WINDOWS_2022 -> WINDOWS_2019;
            case RHEL_8 -> RHEL_7;
            case RHEL_9 -> RHEL_8;
            case ORACLE_LINUX_8 -> ORACLE_LINUX_7;
            case DEBIAN_11 -> DEBIAN_10;
            default -> this;
        };
    }

    /** The year the system came out: no VM of it was created before. */
    int releaseYear() {
        return switch (this) {
            case WINDOWS_2008_32 -> 2008;
            case WINDOWS_2008_R2 -> 2009;
            case CENTOS_6_32 -> 2011;
            case WINDOWS_2012_R2 -> 2013;
            case RHEL_7, CENTOS_7, SLES_12, ORACLE_LINUX_7 -> 2014;
            case OTHER_LINUX -> 2015;
            case WINDOWS_2016 -> 2016;
            case WINDOWS_2019, UBUNTU_1804, SLES_15 -> 2018;
            case RHEL_8, ORACLE_LINUX_8, DEBIAN_10 -> 2019;
            case UBUNTU_2004 -> 2020;
            case WINDOWS_2022, DEBIAN_11 -> 2021;
            case RHEL_9, UBUNTU_2204 -> 2022;
        };
    }

    /** A short code for template names, e.g. "W2019" or "RHEL8". */
    String shortCode() {
        return switch (this) {
            case WINDOWS_2008_R2 -> "W2008R2";
            case WINDOWS_2008_32 -> "W2008";
            case WINDOWS_2012_R2 -> "W2012R2";
            case WINDOWS_2016 -> "W2016";
            case WINDOWS_2019 -> "W2019";
            case WINDOWS_2022 -> "W2022";
            case RHEL_7 -> "RHEL7";
            case RHEL_8 -> "RHEL8";
            case RHEL_9 -> "RHEL9";
            case CENTOS_7 -> "CENTOS7";
            case CENTOS_6_32 -> "CENTOS6";
            case UBUNTU_1804 -> "UBU1804";
            case UBUNTU_2004 -> "UBU2004";
            case UBUNTU_2204 -> "UBU2204";
            case SLES_12 -> "SLES12";
            case SLES_15 -> "SLES15";
            case ORACLE_LINUX_7 -> "OL7";
            case ORACLE_LINUX_8 -> "OL8";
            case DEBIAN_10 -> "DEB10";
            case DEBIAN_11 -> "DEB11";
            case OTHER_LINUX -> "LINUX";
        };
    }

    /**
     * What newer VMware Tools put in RVTools' "Guest Detailed Data" column: the guest's own
     * description of itself.
     */
    String guestDetailedData() {
        String bitness = Integer.toString(bits);
        if (isWindows()) {
            String build = version.substring(version.lastIndexOf('.') + 1);
            return "architecture='X86' bitness='" + bitness + "' buildNumber='" + build
                    + "' distroName='Windows' distroVersion='" + version.substring(0, version.lastIndexOf('.'))
                    + "' familyName='Windows' kernelVersion='" + version + "' prettyName='" + productName + ", "
                    + bitness + "-bit (Build " + build + ")'";
        }
        return "architecture='X86' bitness='" + bitness + "' distroName='" + productName.replaceAll(" [0-9].*$", "")
                + "' distroVersion='" + version + "' familyName='Linux' prettyName='" + productName + "'";
    }
}
