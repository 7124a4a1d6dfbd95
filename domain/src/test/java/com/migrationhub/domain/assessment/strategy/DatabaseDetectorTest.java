package com.migrationhub.domain.assessment.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.domain.model.Server;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseDetectorTest {
    private final DatabaseDetector detector = new DatabaseDetector();

    @ParameterizedTest(name = "{0}|{1}|{2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // field | name-like text | annotation | engine | evidence
        "name|sql01|-|sql-server|name 'sql01'",
        "name|SRV-MSSQL-02|-|sql-server|name 'SRV-MSSQL-02'",
        "name|SqlProd3|-|sql-server|name 'SqlProd3'",
        "name|ora-prd-01|-|oracle|name 'ora-prd-01'",
        "name|pgsql-ledger|-|postgresql|name 'pgsql-ledger'",
        "name|srv-mysql-02|-|mysql|name 'srv-mysql-02'",
        "name|app-mySQL|-|mysql|name 'app-mySQL'",
        "name|mongo-rs0-1|-|mongodb|name 'mongo-rs0-1'",
        "name|mysqlbackup01|-|-|-",
        "name|mysql-backup01|-|-|-",
        "name|sqlite-tools|-|-|-",
        "name|web01|-|-|-",
        "name|oracle-client-07|-|-|-",
        "application|Payroll SQL|-|sql-server|application 'Payroll SQL'",
        "name|app7|Hosts the Microsoft SQL Server 2016 instance for payroll|sql-server|annotation 'Hosts the Microsoft SQL Server 2016 instance for payroll'",
        "name|app7|Oracle Linux 7 web server|-|-",
        "name|app7|runs the Oracle database for ERP|oracle|annotation 'runs the Oracle database for ERP'",
        "name|app7|no sql here, only files|-|-",
        "name|app7|PostgreSQL 13 primary|postgresql|annotation 'PostgreSQL 13 primary'",
    })
    void findsEnginesByWholeWords(String field, String value, String annotation, String engine, String evidence) {
        Server s = new Server();
        if (field.equals("name")) {
            s.name = value;
        } else {
            s.name = "x1";
            s.application = value;
        }
        s.annotation = annotation;

        DatabaseDetector.Detection d = detector.detect(s);

        if (engine == null) {
            assertThat(d).isNull();
        } else {
            assertThat(d.engine()).isEqualTo(engine);
            assertThat(d.evidence()).isEqualTo(evidence);
        }
    }
}
