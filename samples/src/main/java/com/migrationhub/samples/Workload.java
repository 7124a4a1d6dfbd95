package com.migrationhub.samples;

/**
 * What a server runs for its business application as a dependency collector sees it: the product
 * (Azure Migrate's "application" column), the process that listens and on which port, the process
 * that calls out, and the port the same tier's peers use to replicate (SQL Server's Always On
 * endpoint 5022 rather than 1433, say).
 *
 * @param application the product the process belongs to ("Microsoft SQL Server")
 * @param listenProcess the process that accepts connections ("sqlservr.exe")
 * @param port the port clients connect to
 * @param clientProcess the process the server opens its outbound connections with
 * @param peerPort where a peer of the same tier connects (replication, cluster traffic)
 * @param clientApplication the product {@code clientProcess} belongs to
 */
record Workload(String application, String listenProcess, int port, String clientProcess, int peerPort,
        String clientApplication) {

    /** A workload whose client and listening processes belong to the same product. */
    Workload(String application, String listenProcess, int port, String clientProcess, int peerPort) {
        this(application, listenProcess, port, clientProcess, peerPort, application);
    }

    /**
     * The workload of a server of application {@code appCode} in role {@code roleCode} ("APP",
     * "AGT", "DB"…) on {@code os}. The database engine follows the system and the application
     * (SQL Server on Windows; SAP HANA, Oracle, MySQL or PostgreSQL on Linux).
     */
    static Workload of(String appCode, String roleCode, Role role, GuestOs os) {
        boolean windows = os.isWindows();
        return switch (role) {
            case DATABASE -> windows ? new Workload("Microsoft SQL Server", "sqlservr.exe", 1433, "sqlservr.exe", 5022)
                    : switch (appCode) {
                        case "SAP" -> new Workload("SAP HANA", "hdbindexserver", 30015, "hdbindexserver", 40002);
                        case "ORA", "WMS", "PLM", "LAB" ->
                            new Workload("Oracle Database", "tnslsnr", 1521, "oracle", 1521);
                        case "MON" -> new Workload("MySQL", "mysqld", 3306, "mysqld", 3306);
                        default -> new Workload("PostgreSQL", "postgres", 5432, "postgres", 5432);
                    };
            case WEB -> windows ? new Workload("Internet Information Services", "w3wp.exe", 443, "w3wp.exe", 443)
                    : appCode.equals("INT") ? new Workload("Apache HTTP Server", "httpd", 443, "httpd", 443)
                    : new Workload("nginx", "nginx", 443, "nginx", 443);
            case INFRASTRUCTURE -> switch (roleCode) {
                case "DC" -> new Workload("Active Directory Domain Services", "lsass.exe", 389, "lsass.exe", 389);
                case "FS" -> new Workload("DFS Replication", "DFSRs.exe", 5722, "DFSRs.exe", 5722);
                default -> new Workload("Veeam Backup & Replication", "VeeamTransportSvc.exe", 6162,
                        "VeeamTransportSvc.exe", 6162);
            };
            case APP -> application(appCode, roleCode, windows);
        };
    }

    private static Workload application(String appCode, String roleCode, boolean windows) {
        switch (roleCode) {
            case "FSC":
                return new Workload("Teamcenter File Management System", windows ? "java.exe" : "java", 4544,
                        windows ? "java.exe" : "java", 4544);
            case "AGT":
                // Jenkins agents are launched over SSH and call the controller back.
                return new Workload("OpenSSH", "sshd", 22, "java", 22, "Jenkins");
            case "IDX":
                return new Workload("Splunk Enterprise", "splunkd", 9997, "splunkd", 9887);
            default:
                break;
        }
        return switch (appCode) {
            case "SAP" -> new Workload("SAP NetWeaver", "gwrd", 3300, "disp+work", 3600);
            case "CTX" -> new Workload("Citrix Virtual Apps and Desktops", "BrokerService.exe", 80,
                    "BrokerAgent.exe", 80);
            case "KFK" -> new Workload("Apache Kafka", "java", 9092, "java", 9092);
            case "CI" -> new Workload("Jenkins", "java", 50000, "java", 50000);
            case "LOG" -> new Workload("Splunk Enterprise", "splunkd", 8089, "splunkd", 8089);
            case "LIC" -> new Workload("FlexNet Publisher", "lmgrd.exe", 27000, "lmgrd.exe", 27000);
            case "PKI" -> new Workload("Active Directory Certificate Services", "certsrv.exe", 135, "certsrv.exe", 135);
            case "PRT" -> new Workload("Print Server", "spoolsv.exe", 445, "spoolsv.exe", 445);
            case "HIS" -> new Workload("AVEVA PI Server", "piarchss.exe", 5450, "pinetmgr.exe", 5450);
            case "MON" -> new Workload("Zabbix", "zabbix_server", 10051, "zabbix_server", 10051);
            case "BKP" -> new Workload("Veeam Backup & Replication", "Veeam.Backup.Service.exe", 9392,
                    "Veeam.Backup.Manager.exe", 9392);
            case "NET" -> new Workload("OpenSSH", "sshd", 22, "ssh", 22);
            default -> windows ? new Workload("Internet Information Services", "w3wp.exe", 443, "w3wp.exe", 443)
                    : new Workload("Apache Tomcat", "java", 8443, "java", 8443);
        };
    }
}
