package com.migrationhub.domain.assessment.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A rule's {@code when}: flags and choices combined with and, or, not and parentheses, compiled
 * once when the rules are read into a small tree evaluated by array lookups.
 *
 * <pre>
 *   condition := or
 *   or        := and ( "or" and )*
 *   and       := unary ( "and" unary )*
 *   unary     := "not" unary | "(" or ")" | "always" | fact | fact "=" value | fact "!=" value
 * </pre>
 */
interface Condition {

    boolean test(StrategyFacts facts);

    Condition ALWAYS = f -> true;

    record Flag(Fact fact) implements Condition {
        public boolean test(StrategyFacts f) {
            return f.flag(fact);
        }
    }

    /** A choice or word used bare: it has a value (other than unknown). */
    record Present(Fact fact) implements Condition {
        public boolean test(StrategyFacts f) {
            String v = f.value(fact);
            return v != null && !v.equals("unknown");
        }
    }

    record Equals(Fact fact, String value) implements Condition {
        public boolean test(StrategyFacts f) {
            return value.equals(f.value(fact));
        }
    }

    record Not(Condition c) implements Condition {
        public boolean test(StrategyFacts f) {
            return !c.test(f);
        }
    }

    record And(Condition[] all) implements Condition {
        public boolean test(StrategyFacts f) {
            for (Condition c : all) {
                if (!c.test(f)) {
                    return false;
                }
            }
            return true;
        }
    }

    record Or(Condition[] any) implements Condition {
        public boolean test(StrategyFacts f) {
            for (Condition c : any) {
                if (c.test(f)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Parses a condition.
     *
     * @throws IllegalArgumentException naming the bad word, for the caller to place in its file
     */
    static Condition parse(String text) {
        return new Parser(text).parse();
    }

    final class Parser {
        private final List<String> tokens = new ArrayList<>();
        private int at;

        Parser(String text) {
            StringBuilder cur = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '(' || c == ')' || c == '=' || Character.isWhitespace(c)
                        || c == '!' && i + 1 < text.length() && text.charAt(i + 1) == '=') {
                    if (cur.length() > 0) {
                        tokens.add(cur.toString());
                        cur.setLength(0);
                    }
                    if (c == '!') {
                        tokens.add("!=");
                        i++;
                    } else if (!Character.isWhitespace(c)) {
                        tokens.add(String.valueOf(c));
                    }
                } else {
                    cur.append(c);
                }
            }
            if (cur.length() > 0) {
                tokens.add(cur.toString());
            }
        }

        Condition parse() {
            if (tokens.isEmpty()) {
                throw new IllegalArgumentException("an empty condition");
            }
            Condition c = or();
            if (at < tokens.size()) {
                throw new IllegalArgumentException("unexpected '" + tokens.get(at) + "'");
            }
            return c;
        }

        private Condition or() {
            List<Condition> any = new ArrayList<>();
            any.add(and());
            while (peek("or")) {
                at++;
                any.add(and());
            }
            return any.size() == 1 ? any.get(0) : new Or(any.toArray(new Condition[0]));
        }

        private Condition and() {
            List<Condition> all = new ArrayList<>();
            all.add(unary());
            while (peek("and")) {
                at++;
                all.add(unary());
            }
            return all.size() == 1 ? all.get(0) : new And(all.toArray(new Condition[0]));
        }

        private Condition unary() {
            String t = next("a fact");
            switch (t.toLowerCase(Locale.ROOT)) {
                case "not":
                    return new Not(unary());
                case "always":
                    return ALWAYS;
                case "(": {
                    Condition c = or();
                    if (!peek(")")) {
                        throw new IllegalArgumentException("a '(' without its ')'");
                    }
                    at++;
                    return c;
                }
                case ")": case "and": case "or": case "=": case "!=":
                    throw new IllegalArgumentException("unexpected '" + t + "' where a fact should be");
                default:
                    break;
            }
            Fact fact = Fact.byId(t);
            if (fact == null) {
                throw new IllegalArgumentException("unknown fact '" + t + "'");
            }
            if (fact.kind() == Fact.Kind.TEXT) {
                throw new IllegalArgumentException("fact '" + t + "' is text, for rationales only");
            }
            if (peek("=") || peek("!=")) {
                boolean negate = tokens.get(at).equals("!=");
                at++;
                if (fact.kind() == Fact.Kind.FLAG) {
                    throw new IllegalArgumentException("fact '" + t + "' is a flag: write '" + t + "' or 'not " + t + "'");
                }
                String value = next("a value after '='");
                if (fact.kind() == Fact.Kind.CHOICE && !fact.choices().contains(value)) {
                    throw new IllegalArgumentException("'" + value + "' is not a value of " + t + " ("
                            + String.join(", ", fact.choices()) + ")");
                }
                Condition eq = new Equals(fact, value);
                return negate ? new Not(eq) : eq;
            }
            return fact.kind() == Fact.Kind.FLAG ? new Flag(fact) : new Present(fact);
        }

        private boolean peek(String t) {
            return at < tokens.size() && tokens.get(at).equalsIgnoreCase(t);
        }

        private String next(String what) {
            if (at >= tokens.size()) {
                throw new IllegalArgumentException("the condition ends where " + what + " should be");
            }
            return tokens.get(at++);
        }
    }
}
