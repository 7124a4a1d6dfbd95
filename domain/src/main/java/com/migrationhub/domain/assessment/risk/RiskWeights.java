package com.migrationhub.domain.assessment.risk;

import com.migrationhub.domain.assessment.RuleFiles;
import com.migrationhub.domain.assessment.RulesException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The weight of each {@link RiskFactor} (0 to 100 points) and what it means, read from
 * {@value #FILE}, with a project's overrides on top. Immutable.
 */
public final class RiskWeights {
    public static final String FILE = "risk-weights.tsv";

    private final int[] weights;
    private final String[] descriptions;

    private RiskWeights(int[] weights, String[] descriptions) {
        this.weights = weights;
        this.descriptions = descriptions;
    }

    public static RiskWeights readShipped() {
        try (InputStream in = RuleFiles.openShipped(FILE)) {
            return read(in, FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a weights file: every factor once; errors name the file, the line and the bad text. */
    public static RiskWeights read(InputStream in, String file) {
        int[] w = new int[RiskFactor.values().length];
        String[] d = new String[w.length];
        Arrays.fill(w, -1);
        for (RuleFiles.Row r : RuleFiles.table(in, file, "factor", "weight", "description")) {
            RiskFactor f = RiskFactor.byId(r.required("factor"));
            if (f == null) {
                throw r.problem("unknown factor '" + r.text("factor") + "'");
            }
            if (w[f.ordinal()] >= 0) {
                throw r.problem("factor '" + f.id() + "' a second time");
            }
            w[f.ordinal()] = weight(r.required("weight"), r);
            d[f.ordinal()] = r.required("description");
        }
        for (RiskFactor f : RiskFactor.values()) {
            if (w[f.ordinal()] < 0) {
                throw new RulesException(file, 0, "no weight for the factor '" + f.id() + "'");
            }
        }
        return new RiskWeights(w, d);
    }

    private static int weight(String text, RuleFiles.Row r) {
        try {
            int v = Integer.parseInt(text);
            if (v < 0 || v > 100) {
                throw r.problem("weight " + v + " is not between 0 and 100");
            }
            return v;
        } catch (NumberFormatException e) {
            throw r.problem("weight '" + text + "' is not a whole number");
        }
    }

    /**
     * These weights with a project's overrides, by factor id ({@code "production" -> 25}).
     *
     * @throws IllegalArgumentException for an unknown factor or a weight outside 0 to 100
     */
    public RiskWeights withOverrides(Map<String, Integer> overrides) {
        int[] w = weights.clone();
        for (Map.Entry<String, Integer> e : overrides.entrySet()) {
            RiskFactor f = RiskFactor.byId(e.getKey());
            if (f == null) {
                throw new IllegalArgumentException("unknown risk factor '" + e.getKey() + "'");
            }
            Integer v = e.getValue();
            if (v == null || v < 0 || v > 100) {
                throw new IllegalArgumentException("weight " + v + " for " + e.getKey() + " is not between 0 and 100");
            }
            w[f.ordinal()] = v;
        }
        return new RiskWeights(w, descriptions);
    }

    public int weight(RiskFactor f) {
        return weights[f.ordinal()];
    }

    public String description(RiskFactor f) {
        return descriptions[f.ordinal()];
    }

    /** All weights, in factor order. */
    public Map<RiskFactor, Integer> asMap() {
        Map<RiskFactor, Integer> m = new EnumMap<>(RiskFactor.class);
        for (RiskFactor f : RiskFactor.values()) {
            m.put(f, weights[f.ordinal()]);
        }
        return m;
    }
}
