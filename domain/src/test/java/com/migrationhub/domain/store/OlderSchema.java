package com.migrationhub.domain.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

/** A project file made at an older schema and filled with plain SQL, as that schema's version would have written it: for migration tests. */
final class OlderSchema {
    private OlderSchema() {
    }

    static void write(Path file, int version, List<String> statements) throws Exception {
        ProjectFile.createAtSchema(file, version);
        try (Connection c = DriverManager.getConnection("jdbc:h2:mhub:" + file.toAbsolutePath(), "sa", "");
             Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }
}
