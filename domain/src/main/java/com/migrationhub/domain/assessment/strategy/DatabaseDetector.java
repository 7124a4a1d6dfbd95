package com.migrationhub.domain.assessment.strategy;

import com.migrationhub.domain.model.Server;
import java.util.Map;

/**
 * Detects a database engine from what a server is called and labelled: its name, host name and
 * application, its tags, and its annotation.
 *
 * <p>Matching is by whole words, never by substring: text is cut into words at every character
 * that is not a letter (so "sql01" gives "sql", "srv-mysql-02" gives "mysql"), and a word is also
 * tried in its camel-case parts ("SqlProd" gives "sql", but "mySQL" is first read whole as
 * "mysql"). So "mysqlbackup" is no match (one unknown word), and neither is any field that also
 * holds a word naming a tool around a database rather than the database (backup, bkp, monitor,
 * client, proxy, exporter, agent): "mysql-backup01" is a backup server.
 *
 * <p>Short labels (name, host name, application, tags) accept abbreviations (sql, ora, orcl,
 * pgsql, mongo); the free-text annotation only full names ("sql server", "mssql", "oracle
 * database", "postgres", "mysql", "mongodb"). "Oracle" followed by Linux, Solaris, Enterprise,
 * VM, WebLogic, Java or Cloud is not a database.
 *
 * <p>Cost: one pass over each field's characters and a hash probe per word, without building a
 * string per word; no regular expressions. Immutable and thread-safe.
 */
public final class DatabaseDetector {

    /** A database engine found, with where. */
    public record Detection(String engine, String engineName, String evidence) {
    }

    private static final Map<String, String> NAMES = Map.of("sql-server", "SQL Server", "oracle", "Oracle Database",
            "postgresql", "PostgreSQL", "mysql", "MySQL", "mongodb", "MongoDB");
    private static final WordTable LABEL_WORDS = new WordTable();
    private static final WordTable TEXT_WORDS = new WordTable();
    private static final WordTable TOOL_WORDS = new WordTable();
    private static final WordTable NOT_ORACLE_DB = new WordTable();

    static {
        for (String w : new String[] {"mssql", "sqlserver", "sqlsrv", "sqldb", "sqlclu", "sqlcluster", "sqlexpress",
            "sql"}) {
            LABEL_WORDS.put(w, "sql-server");
        }
        for (String w : new String[] {"oracle", "oradb", "orcl", "ora", "oracledb"}) {
            LABEL_WORDS.put(w, "oracle");
        }
        for (String w : new String[] {"postgres", "postgresql", "pgsql", "psql", "pgdb"}) {
            LABEL_WORDS.put(w, "postgresql");
        }
        for (String w : new String[] {"mysql", "mariadb", "mysqldb"}) {
            LABEL_WORDS.put(w, "mysql");
        }
        for (String w : new String[] {"mongo", "mongodb", "mongod"}) {
            LABEL_WORDS.put(w, "mongodb");
        }
        for (String w : new String[] {"mssql", "sqlserver", "oracledb", "postgres", "postgresql", "pgsql",
            "mysql", "mariadb", "mongodb", "oracle"}) {
            TEXT_WORDS.put(w, LABEL_WORDS.get(w, 0, w.length()));
        }
        for (String w : new String[] {"backup", "backups", "bkp", "bck", "monitor", "monitoring", "client", "clients",
            "proxy", "exporter", "agent"}) {
            TOOL_WORDS.put(w, w);
        }
        for (String w : new String[] {"linux", "solaris", "enterprise", "vm", "virtualbox", "weblogic", "java",
            "cloud", "unbreakable"}) {
            NOT_ORACLE_DB.put(w, w);
        }
    }

    /**
     * Lower-case words to values, looked up by a range of any text, case-insensitively, without
     * building a string per word (the detector runs over every server's labels).
     */
    private static final class WordTable {
        private final String[] keys = new String[128];
        private final String[] values = new String[128];

        void put(String word, String value) {
            int i = hash(word, 0, word.length()) & (keys.length - 1);
            while (keys[i] != null) {
                i = (i + 1) & (keys.length - 1);
            }
            keys[i] = word;
            values[i] = value;
        }

        String get(String text, int from, int to) {
            int length = to - from;
            if (length < 2 || length > 12) {
                return null;
            }
            int i = hash(text, from, to) & (keys.length - 1);
            while (keys[i] != null) {
                String k = keys[i];
                if (k.length() == length && text.regionMatches(true, from, k, 0, length)) {
                    return values[i];
                }
                i = (i + 1) & (keys.length - 1);
            }
            return null;
        }

        private static int hash(String text, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + Character.toLowerCase(text.charAt(i));
            }
            return h ^ (h >>> 16);
        }
    }

    /** The engine of a server, or null when none is named. */
    public Detection detect(Server server) {
        Detection d = label(server.name, "name");
        if (d == null) {
            d = label(server.hostName, "host name");
        }
        if (d == null) {
            d = label(server.application, "application");
        }
        if (d == null) {
            for (Map.Entry<String, String> tag : server.tags.entrySet()) {
                String value = tag.getValue();
                boolean bare = value == null || value.isBlank() || value.equalsIgnoreCase("yes")
                        || value.equalsIgnoreCase("true");
                d = bare ? label(tag.getKey(), "tag") : label(value, "tag " + quote(tag.getKey()));
                if (d != null) {
                    break;
                }
            }
        }
        if (d == null) {
            d = text(server.annotation, "annotation");
        }
        return d;
    }

    private static Detection label(String field, String where) {
        return field == null || field.isEmpty() ? null : scan(field, where, LABEL_WORDS);
    }

    private static Detection text(String field, String where) {
        return field == null || field.isEmpty() ? null : scan(field, where, TEXT_WORDS);
    }

    /** Scans the words of one field; the first engine word wins unless the field names a tool word. */
    private static Detection scan(String field, String where, WordTable dictionary) {
        String engine = null;
        int previousFrom = -1;
        int previousTo = -1;
        int length = field.length();
        int start = -1;
        for (int i = 0; i <= length; i++) {
            boolean letter = i < length && Character.isLetter(field.charAt(i));
            if (letter) {
                if (start < 0) {
                    start = i;
                }
                continue;
            }
            if (start < 0) {
                continue;
            }
            int from = start;
            start = -1;
            if (TOOL_WORDS.get(field, from, i) != null) {
                return null;
            }
            if ("oracle".equals(engine) && is(field, previousFrom, previousTo, "oracle")
                    && NOT_ORACLE_DB.get(field, from, i) != null) {
                engine = null; // "Oracle Linux" is an operating system
            }
            if (engine == null) {
                engine = lookup(field, from, i, previousFrom, previousTo, dictionary);
            }
            previousFrom = from;
            previousTo = i;
        }
        return engine == null ? null : new Detection(engine, NAMES.get(engine), where + " " + quote(field.strip()));
    }

    private static boolean is(String text, int from, int to, String word) {
        return from >= 0 && to - from == word.length() && text.regionMatches(true, from, word, 0, word.length());
    }

    private static String lookup(String text, int from, int to, int previousFrom, int previousTo, WordTable dictionary) {
        if (is(text, from, to, "server") && is(text, previousFrom, previousTo, "sql")) {
            return "sql-server"; // "SQL Server" in free text
        }
        String e = dictionary.get(text, from, to);
        if (e != null) {
            return e;
        }
        // camel case: "SqlProd" -> sql, prod
        int part = from;
        for (int k = from + 1; k <= to; k++) {
            if (k == to || Character.isUpperCase(text.charAt(k)) && Character.isLowerCase(text.charAt(k - 1))) {
                if (part > from || k < to) {
                    String found = dictionary.get(text, part, k);
                    if (found != null) {
                        return found;
                    }
                }
                part = k;
            }
        }
        return null;
    }

    private static String quote(String s) {
        return "'" + s + "'";
    }
}
