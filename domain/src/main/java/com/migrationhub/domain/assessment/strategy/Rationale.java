package com.migrationhub.domain.assessment.strategy;

import java.util.ArrayList;
import java.util.List;

/** A rationale template cut once into literal text and {@code ${fact}} placeholders. */
final class Rationale {
    private final String[] literals;
    private final Fact[] facts;

    private Rationale(String[] literals, Fact[] facts) {
        this.literals = literals;
        this.facts = facts;
    }

    /** @throws IllegalArgumentException naming an unknown fact or an unclosed placeholder */
    static Rationale parse(String template) {
        List<String> lits = new ArrayList<>();
        List<Fact> fs = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = template.indexOf("${", from);
            if (open < 0) {
                lits.add(template.substring(from));
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("a '${' without its '}'");
            }
            String name = template.substring(open + 2, close).trim();
            Fact f = Fact.byId(name);
            if (f == null) {
                throw new IllegalArgumentException("unknown fact '${" + name + "}'");
            }
            lits.add(template.substring(from, open));
            fs.add(f);
            from = close + 1;
        }
        return new Rationale(lits.toArray(new String[0]), fs.toArray(new Fact[0]));
    }

    String fill(StrategyFacts facts) {
        if (this.facts.length == 0) {
            return literals[0];
        }
        StringBuilder b = new StringBuilder(96);
        for (int i = 0; i < this.facts.length; i++) {
            b.append(literals[i]).append(facts.text(this.facts[i]));
        }
        return b.append(literals[literals.length - 1]).toString();
    }
}
