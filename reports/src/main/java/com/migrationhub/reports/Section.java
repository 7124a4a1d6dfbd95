package com.migrationhub.reports;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The report's sections, in the order they appear; each has a short id for the command line. */
public enum Section {
    SUMMARY("summary", "Executive summary"),
    SCOPE("scope", "Scope and inventory profile"),
    READINESS("readiness", "Readiness per cloud"),
    STRATEGY("strategy", "Migration strategies (7R)"),
    SIZING("sizing", "Right-sizing"),
    COST("cost", "Cost comparison"),
    TCO("tco", "Total cost of ownership"),
    RISK("risk", "Risk"),
    DEPENDENCIES("dependencies", "Dependencies and move groups"),
    WAVES("waves", "Migration waves"),
    ASSUMPTIONS("assumptions", "Assumptions and data sources"),
    APPENDIX("appendix", "Appendix: servers");

    private final String id;
    private final String title;

    Section(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** Sections named by id, comma-separated ("summary,cost,appendix"). */
    public static Set<Section> parse(String list) {
        Set<Section> out = EnumSet.noneOf(Section.class);
        for (String part : list.split(",")) {
            String t = part.trim().toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            Section found = null;
            for (Section s : values()) {
                if (s.id.equals(t)) {
                    found = s;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("section '" + part.trim() + "': use " + ids());
            }
            out.add(found);
        }
        return out;
    }

    /** Every id, comma-separated. */
    public static String ids() {
        StringBuilder b = new StringBuilder();
        for (Section s : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(s.id);
        }
        return b.toString();
    }
}
