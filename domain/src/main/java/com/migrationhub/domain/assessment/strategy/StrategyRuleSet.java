package com.migrationhub.domain.assessment.strategy;

import com.migrationhub.domain.assessment.RuleFiles;
import com.migrationhub.domain.assessment.RulesException;
import com.migrationhub.domain.catalog.Cloud;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ordered set of 7R rules read from a text file (the shipped one is {@value #FILE}; its header
 * documents the format). Decision rules are tried in order and the first whose condition holds
 * decides; alternative rules all apply and add the other strategies worth showing. Conditions and
 * rationale placeholders are checked and compiled when read, so a typo fails at load with the file
 * and line, never later on some server.
 */
public final class StrategyRuleSet {
    public static final String FILE = "strategy.rules";

    /**
     * One rule as written, with its condition and rationale compiled.
     *
     * @see #id() #alternative() #when() #strategy() #rationaleTemplate() #targets() #line()
     */
    public static final class Rule {
        private final String id;
        private final boolean alternative;
        private final String when;
        private final Strategy strategy;
        private final String rationaleTemplate;
        private final Map<Cloud, String> targets;
        private final int line;
        private final Condition condition;
        private final Rationale rationale;

        Rule(String id, boolean alternative, String when, Strategy strategy, String rationaleTemplate,
                Map<Cloud, String> targets, int line, Condition condition, Rationale rationale) {
            this.id = id;
            this.alternative = alternative;
            this.when = when;
            this.strategy = strategy;
            this.rationaleTemplate = rationaleTemplate;
            this.targets = targets;
            this.line = line;
            this.condition = condition;
            this.rationale = rationale;
        }

        public String id() {
            return id;
        }

        /** Whether the rule offers an alternative rather than deciding. */
        public boolean alternative() {
            return alternative;
        }

        /** The condition as written. */
        public String when() {
            return when;
        }

        public Strategy strategy() {
            return strategy;
        }

        /** The rationale as written, with its {@code ${fact}} placeholders. */
        public String rationaleTemplate() {
            return rationaleTemplate;
        }

        /** Target service per cloud; clouds without one absent. */
        public Map<Cloud, String> targets() {
            return targets;
        }

        /** The line the rule starts on in its file. */
        public int line() {
            return line;
        }

        boolean applies(StrategyFacts facts) {
            return condition.test(facts);
        }

        String rationale(StrategyFacts facts) {
            return rationale.fill(facts);
        }

        @Override
        public String toString() {
            return (alternative ? "alternative " : "rule ") + id + " (line " + line + ")";
        }
    }

    private final String name;
    private final List<Rule> decisions;
    private final List<Rule> alternatives;

    private StrategyRuleSet(String name, List<Rule> decisions, List<Rule> alternatives) {
        this.name = name;
        this.decisions = List.copyOf(decisions);
        this.alternatives = List.copyOf(alternatives);
    }

    /** The rules shipped with the workbench (the assets module on the class path). */
    public static StrategyRuleSet readShipped() {
        try (InputStream in = RuleFiles.openShipped(FILE)) {
            return read(in, FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file the rules were read from, as named to {@link #read(InputStream, String)}. */
    public String name() {
        return name;
    }

    /** The deciding rules, in order. */
    public List<Rule> decisions() {
        return decisions;
    }

    /** The rules offering alternatives, in order. */
    public List<Rule> alternatives() {
        return alternatives;
    }

    /**
     * Reads a rules file.
     *
     * @throws RulesException one line naming the file, the line and the bad text
     */
    public static StrategyRuleSet read(InputStream in, String file) {
        List<Rule> decisions = new ArrayList<>();
        List<Rule> alternatives = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Block block = null;
        for (RuleFiles.Line line : RuleFiles.lines(in, file)) {
            String text = line.text().strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int space = firstSpace(text);
            String key = space < 0 ? text : text.substring(0, space);
            String value = space < 0 ? "" : text.substring(space).strip();
            if (key.equals("rule") || key.equals("alternative")) {
                if (block != null) {
                    block.finish(decisions, alternatives);
                }
                if (!value.matches("[a-z0-9][a-z0-9-]*")) {
                    throw bad(line, "a rule id is lower-case letters, digits and '-'");
                }
                if (!ids.add(value)) {
                    throw bad(line, "a second rule '" + value + "'");
                }
                block = new Block(value, key.equals("alternative"), line);
                continue;
            }
            if (block == null) {
                throw bad(line, "'" + key + "' before any 'rule' or 'alternative' line");
            }
            block.set(key, value, line);
        }
        if (block != null) {
            block.finish(decisions, alternatives);
        }
        if (decisions.isEmpty()) {
            throw new RulesException(file, 0, "no decision rule (a 'rule' block)");
        }
        return new StrategyRuleSet(file, decisions, alternatives);
    }

    private static int firstSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static RulesException bad(RuleFiles.Line line, String what) {
        return line.problem(what + " in \"" + line.text().strip() + "\"");
    }

    /** A rule being read. */
    private static final class Block {
        private final String id;
        private final boolean alternative;
        private final RuleFiles.Line start;
        private String when;
        private Condition condition;
        private Strategy strategy;
        private String template;
        private Rationale rationale;
        private Map<Cloud, String> targets = Map.of();
        private final Set<String> seen = new HashSet<>();

        Block(String id, boolean alternative, RuleFiles.Line start) {
            this.id = id;
            this.alternative = alternative;
            this.start = start;
        }

        void set(String key, String value, RuleFiles.Line line) {
            if (!seen.add(key)) {
                throw bad(line, "a second '" + key + "' in rule " + id);
            }
            if (value.isEmpty()) {
                throw bad(line, "'" + key + "' without a value");
            }
            try {
                switch (key) {
                    case "when" -> {
                        when = value;
                        condition = Condition.parse(value);
                    }
                    case "strategy" -> strategy = strategy(value);
                    case "rationale" -> {
                        template = value;
                        rationale = Rationale.parse(value);
                    }
                    case "targets" -> targets = targets(value);
                    default -> throw new IllegalArgumentException(
                            "unknown key '" + key + "' (use when, strategy, rationale, targets)");
                }
            } catch (IllegalArgumentException e) {
                throw bad(line, e.getMessage());
            }
        }

        private static Strategy strategy(String value) {
            try {
                return Strategy.parse(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown strategy '" + value + "' (use RETIRE, RETAIN, REHOST,"
                        + " RELOCATE, REPLATFORM, REPURCHASE, REFACTOR or NOT_ASSESSED)");
            }
        }

        private static Map<Cloud, String> targets(String value) {
            String[] parts = value.split("\\|", -1);
            if (parts.length != Cloud.values().length) {
                throw new IllegalArgumentException("targets need " + Cloud.values().length
                        + " parts separated by '|' (AWS | Azure | Google Cloud; '-' for none), not " + parts.length);
            }
            Map<Cloud, String> out = new EnumMap<>(Cloud.class);
            for (Cloud c : Cloud.values()) {
                String t = parts[c.ordinal()].strip();
                if (!t.isEmpty() && !t.equals("-")) {
                    out.put(c, t);
                }
            }
            return Collections.unmodifiableMap(out);
        }

        void finish(List<Rule> decisions, List<Rule> alternatives) {
            for (String required : new String[] {"when", "strategy", "rationale"}) {
                if (!seen.contains(required)) {
                    throw start.problem("rule " + id + " has no '" + required + "' line");
                }
            }
            Rule r = new Rule(id, alternative, when, strategy, template, targets, start.number(), condition, rationale);
            (alternative ? alternatives : decisions).add(r);
        }
    }
}
