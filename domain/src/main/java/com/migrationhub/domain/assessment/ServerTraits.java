package com.migrationhub.domain.assessment;

import com.migrationhub.domain.model.Metric;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.UtilizationStat;
import java.util.Locale;
import java.util.Map;

/**
 * Readings of a server shared by the assessment engines, each documented with where it looks, so
 * the strategy and the risk score agree on what "production", "business critical" and "runs on
 * VMware" mean. All are cheap: no regular expressions, one pass over the tags.
 */
public final class ServerTraits {
    private ServerTraits() {
    }

    /**
     * The server's environment: its {@code environment} field, else the first tag whose name is
     * environment, env, stage or lifecycle (case-insensitive).
     */
    public static Environment environment(Server server) {
        Environment e = Environment.parse(server.environment);
        if (e != Environment.UNKNOWN) {
            return e;
        }
        for (Map.Entry<String, String> tag : server.tags.entrySet()) {
            String key = tag.getKey() == null ? "" : tag.getKey().trim();
            if (key.equalsIgnoreCase("environment") || key.equalsIgnoreCase("env") || key.equalsIgnoreCase("stage")
                    || key.equalsIgnoreCase("lifecycle") || key.equalsIgnoreCase("environnement")
                    || key.equalsIgnoreCase("umgebung")) {
                Environment t = Environment.parse(tag.getValue());
                if (t != Environment.UNKNOWN) {
                    return t;
                }
            }
        }
        return Environment.UNKNOWN;
    }

    /**
     * Why the server counts as business critical, or null: a tag whose name contains "critical"
     * (Criticality, Business Critical) with a value high, critical, very high, yes, true, 1, tier 0,
     * tier 1 or mission critical; a tag named tier or service tier with 0, 1, tier 0 or tier 1; or a
     * bare tag or value reading "business critical" or "mission critical".
     *
     * @return the evidence as shown to a user: {@code tag "Criticality" = "High"}
     */
    public static String businessCriticalEvidence(Server server) {
        for (Map.Entry<String, String> tag : server.tags.entrySet()) {
            // most tags (owner, cost centre) mention neither: skip them without building strings
            if (!containsIgnoreCase(tag.getKey(), "critical") && !containsIgnoreCase(tag.getKey(), "tier")
                    && !containsIgnoreCase(tag.getValue(), "critical")) {
                continue;
            }
            String key = norm(tag.getKey());
            String value = norm(tag.getValue());
            boolean critical;
            if (key.contains("critical")) {
                critical = value.isEmpty() ? key.equals("critical") || key.equals("business critical")
                        || key.equals("businesscritical") || key.equals("mission critical") || key.equals("missioncritical")
                        : value.equals("high") || value.equals("critical") || value.equals("very high")
                        || value.equals("yes") || value.equals("true") || value.equals("1") || value.equals("tier 0")
                        || value.equals("tier 1") || value.equals("mission critical") || value.equals("business critical")
                        || value.equals("y");
            } else if (key.equals("tier") || key.equals("service tier") || key.equals("sla tier")) {
                critical = value.equals("0") || value.equals("1") || value.equals("tier 0") || value.equals("tier 1");
            } else {
                critical = value.equals("business critical") || value.equals("mission critical");
            }
            if (critical) {
                return value.isEmpty() ? "tag \"" + tag.getKey() + "\""
                        : "tag \"" + tag.getKey() + "\" = \"" + tag.getValue() + "\"";
            }
        }
        return null;
    }

    /**
     * Why the server runs on VMware, or null: a vCenter or a managed-object reference from the
     * source (RVTools, vCenter exports), or a hypervisor naming VMware or ESXi.
     */
    public static String vmwareEvidence(Server server) {
        if (server.vCenter != null && !server.vCenter.isBlank()) {
            return "vCenter " + server.vCenter;
        }
        if (server.hypervisor != null) {
            String h = server.hypervisor.toLowerCase(Locale.ROOT);
            if (h.contains("vmware") || h.contains("esx") || h.contains("vsphere")) {
                return "hypervisor " + server.hypervisor;
            }
        }
        if (server.moRef != null && !server.moRef.isBlank()) {
            return "vSphere object " + server.moRef;
        }
        return null;
    }

    /** The server's statistics for a metric, or null when the source gave none. */
    public static UtilizationStat stat(Server server, Metric metric) {
        for (UtilizationStat s : server.utilization) {
            if (s.metric() == metric) {
                return s;
            }
        }
        return null;
    }

    /** The p95 where the source gives it, else the average, else the maximum; null when none. */
    public static Double typical(UtilizationStat s) {
        if (s == null) {
            return null;
        }
        return s.p95() != null ? s.p95() : s.average() != null ? s.average() : s.maximum();
    }

    private static boolean containsIgnoreCase(String text, String part) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i + part.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    private static String norm(String s) {
        if (s == null) {
            return "";
        }
        String t = s.trim().toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '-' || c == '_' || c == ' ' || c == '\t') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}
