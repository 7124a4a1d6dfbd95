package com.migrationhub.domain.dependency.graph;

import com.migrationhub.domain.assessment.RuleFiles;
import com.migrationhub.domain.assessment.RulesException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules that recognise shared infrastructure services (soft dependencies) by destination port
 * and by process name, and the hub-shape thresholds, read from {@value #FILE} (format in its
 * header and in {@code assets/README.md}). Port lookup is an array index, process lookup a list
 * of compiled patterns (callers cache per process name). Immutable and thread-safe.
 */
public final class DependencyRules {
    public static final String FILE = "dependency-rules.tsv";

    /** One port or process rule. */
    public record Rule(String id, Kind kind, String match, SharedService category, String description) {
    }

    public enum Kind {
        PORT, PROCESS
    }

    /**
     * When a server is a hub: all must hold.
     *
     * @param minCallers      at least this many inventory servers call it
     * @param minSharePercent ... which are at least this % of the servers seen in any connection
     * @param minApplications ... from at least this many applications (a caller without an
     *                        application counts as its own)
     * @param outbound        whether a server calling that many servers is a hub too
     */
    public record HubThresholds(int minCallers, double minSharePercent, int minApplications, boolean outbound) {
    }

    private static final List<String> SETTINGS =
            List.of("hub-min-callers", "hub-min-share", "hub-min-applications", "hub-outbound");

    private final List<Rule> rules;
    private final short[] ruleByPort;
    private final Pattern[] processPatterns;
    private final int[] processRule;
    private final HubThresholds hub;

    private DependencyRules(List<Rule> rules, short[] ruleByPort, Pattern[] processPatterns, int[] processRule,
            HubThresholds hub) {
        this.rules = rules;
        this.ruleByPort = ruleByPort;
        this.processPatterns = processPatterns;
        this.processRule = processRule;
        this.hub = hub;
    }

    /** The shipped rules ({@code mhub/rules/dependency-rules.tsv} on the class path). */
    public static DependencyRules readShipped() {
        try (InputStream in = RuleFiles.openShipped(FILE)) {
            return read(in, FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a rules file. Every problem is a {@link RulesException} with one line naming the file,
     * the line, the column and the text: {@code dependency-rules.tsv, line 31: column 'match':
     * '53x' is not a port in "dns-port port 53x DNS name resolution"}.
     */
    public static DependencyRules read(InputStream in, String file) {
        List<Rule> rules = new ArrayList<>();
        short[] byPort = new short[65536];
        Arrays.fill(byPort, (short) -1);
        List<Pattern> patterns = new ArrayList<>();
        List<Integer> patternRule = new ArrayList<>();
        Map<String, String> settings = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (RuleFiles.Row r : RuleFiles.table(in, file, "rule", "kind", "match", "category", "description")) {
            String id = r.required("rule");
            if (!ids.add(id.toLowerCase(Locale.ROOT))) {
                throw problem(r, "rule", "the rule '" + id + "' a second time");
            }
            String kind = r.required("kind").toLowerCase(Locale.ROOT);
            String match = r.required("match");
            switch (kind) {
                case "setting" -> {
                    if (!SETTINGS.contains(id)) {
                        throw problem(r, "rule", "unknown setting '" + id + "' (expected one of "
                                + String.join(", ", SETTINGS) + ")");
                    }
                    settings.put(id, match);
                    checkSetting(id, match, r);
                }
                case "port", "process" -> {
                    SharedService category = category(r);
                    String description = r.required("description");
                    if (rules.size() >= Short.MAX_VALUE) {
                        throw problem(r, "rule", "too many rules");
                    }
                    int index = rules.size();
                    if (kind.equals("port")) {
                        rules.add(new Rule(id, Kind.PORT, match, category, description));
                        for (String part : match.split(",", -1)) {
                            int[] range = portRange(part.strip(), r);
                            for (int p = range[0]; p <= range[1]; p++) {
                                if (byPort[p] < 0) {
                                    byPort[p] = (short) index;
                                }
                            }
                        }
                    } else {
                        rules.add(new Rule(id, Kind.PROCESS, match, category, description));
                        for (String part : match.split("\\|", -1)) {
                            String glob = part.strip().toLowerCase(Locale.ROOT);
                            if (glob.isEmpty() || glob.equals("*")) {
                                throw problem(r, "match", "empty or match-all process pattern in '" + match + "'");
                            }
                            patterns.add(glob(glob));
                            patternRule.add(index);
                        }
                    }
                }
                default -> throw problem(r, "kind", "unknown kind '" + r.text("kind")
                        + "' (expected port, process or setting)");
            }
        }
        for (String s : SETTINGS) {
            if (!settings.containsKey(s)) {
                throw new RulesException(file, 0, "no value for the setting '" + s + "'");
            }
        }
        HubThresholds hub = new HubThresholds(Integer.parseInt(settings.get("hub-min-callers")),
                Double.parseDouble(settings.get("hub-min-share")),
                Integer.parseInt(settings.get("hub-min-applications")), yes(settings.get("hub-outbound")));
        return new DependencyRules(List.copyOf(rules), byPort, patterns.toArray(Pattern[]::new),
                patternRule.stream().mapToInt(Integer::intValue).toArray(), hub);
    }

    private static RulesException problem(RuleFiles.Row r, String column, String what) {
        return r.problem("column '" + column + "': " + what);
    }

    private static void checkSetting(String id, String value, RuleFiles.Row r) {
        try {
            switch (id) {
                case "hub-min-callers", "hub-min-applications" -> {
                    if (Integer.parseInt(value) < 1) {
                        throw problem(r, "match", id + " must be at least 1, not " + value);
                    }
                }
                case "hub-min-share" -> {
                    double d = Double.parseDouble(value);
                    if (!(d >= 0 && d <= 100)) {
                        throw problem(r, "match", id + " must be a percentage between 0 and 100, not " + value);
                    }
                }
                default -> {
                    String v = value.toLowerCase(Locale.ROOT);
                    if (!v.equals("yes") && !v.equals("no")) {
                        throw problem(r, "match", id + " must be yes or no, not '" + value + "'");
                    }
                }
            }
        } catch (NumberFormatException e) {
            throw problem(r, "match", "'" + value + "' is not a number");
        }
    }

    private static boolean yes(String v) {
        return v.equalsIgnoreCase("yes");
    }

    private static SharedService category(RuleFiles.Row r) {
        String c = r.required("category");
        try {
            return SharedService.valueOf(c.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw problem(r, "category", "unknown category '" + c + "' (expected one of "
                    + String.join(", ", Arrays.stream(SharedService.values()).map(Enum::name).toList()) + ")");
        }
    }

    private static int[] portRange(String part, RuleFiles.Row r) {
        int dash = part.indexOf('-');
        int from = port(dash < 0 ? part : part.substring(0, dash).strip(), part, r);
        int to = dash < 0 ? from : port(part.substring(dash + 1).strip(), part, r);
        if (to < from) {
            throw problem(r, "match", "the port range '" + part + "' runs backwards");
        }
        return new int[] {from, to};
    }

    private static int port(String text, String part, RuleFiles.Row r) {
        try {
            int p = Integer.parseInt(text);
            if (p >= 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw problem(r, "match", "'" + part + "' is not a port (0-65535) or a range of ports (8400-8403)");
    }

    private static Pattern glob(String glob) {
        List<String> quoted = new ArrayList<>();
        for (String piece : glob.split("\\*", -1)) {
            quoted.add(piece.isEmpty() ? "" : Pattern.quote(piece));
        }
        return Pattern.compile(String.join(".*", quoted));
    }

    /** The same rules with other hub thresholds (a project's settings). */
    public DependencyRules withHubThresholds(HubThresholds thresholds) {
        return new DependencyRules(rules, ruleByPort, processPatterns, processRule, thresholds);
    }

    public List<Rule> rules() {
        return rules;
    }

    public Rule rule(int index) {
        return rules.get(index);
    }

    public HubThresholds hubThresholds() {
        return hub;
    }

    /** The index of the first port rule matching a destination port, -1 for none (or port -1). */
    public int matchPort(int port) {
        return port < 0 || port > 65535 ? -1 : ruleByPort[port];
    }

    /**
     * The index of the first process rule matching a process name (the whole name or its file
     * name, case-insensitive), -1 for none. Cost: one regular expression per pattern; cache the
     * answer per name.
     */
    public int matchProcess(String process) {
        if (process == null || process.isBlank()) {
            return -1;
        }
        String whole = process.strip().toLowerCase(Locale.ROOT);
        if (whole.length() > 1 && whole.charAt(0) == '"' && whole.endsWith("\"")) {
            whole = whole.substring(1, whole.length() - 1);
        }
        int slash = Math.max(whole.lastIndexOf('/'), whole.lastIndexOf('\\'));
        String file = slash >= 0 ? whole.substring(slash + 1) : whole;
        int best = -1;
        for (int i = 0; i < processPatterns.length; i++) {
            if (best >= 0 && processRule[i] >= best) {
                continue;
            }
            if (processPatterns[i].matcher(file).matches() || processPatterns[i].matcher(whole).matches()) {
                best = processRule[i];
            }
        }
        return best;
    }
}
