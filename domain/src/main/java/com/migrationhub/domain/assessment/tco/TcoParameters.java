package com.migrationhub.domain.assessment.tco;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The on-premises cost model's parameters: the shipped defaults ({@value #FILE}: key, value,
 * unit, basis) with any project overrides on top. Every key has a unit and a stated basis, which
 * the business case prints with its figures.
 */
public final class TcoParameters {
    public static final String FILE = "mhub/rules/tco-defaults.tsv";

    /** One parameter: its value, unit and where the default comes from. */
    public record Parameter(String key, BigDecimal value, String unit, String basis, boolean overridden) {
    }

    private final Map<String, Parameter> parameters;

    private TcoParameters(Map<String, Parameter> parameters) {
        this.parameters = Collections.unmodifiableMap(parameters);
    }

    public static TcoParameters readShipped() {
        try (InputStream in = TcoParameters.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("the TCO defaults " + FILE + " are not on the class path");
            }
            return read(in, FILE);
        } catch (IOException e) {
            throw new IllegalStateException(FILE + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads the defaults file; a bad line gives a one-line error naming the file and line. */
    public static TcoParameters read(InputStream in, String name) throws IOException {
        Map<String, Parameter> map = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line = r.readLine();
        int n = 1;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 4) {
                throw new IllegalArgumentException(name + ", line " + n + ": expected 4 tab-separated fields, found "
                        + f.length);
            }
            try {
                map.put(f[0], new Parameter(f[0], new BigDecimal(f[1]), f[2], f[3], false));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ", line " + n + ": '" + f[1] + "' is not a number");
            }
        }
        return new TcoParameters(map);
    }

    /** These parameters with overrides (key to decimal text); an unknown key is refused. */
    public TcoParameters with(Map<String, String> overrides) {
        Map<String, Parameter> map = new LinkedHashMap<>(parameters);
        overrides.forEach((k, v) -> {
            Parameter p = map.get(k);
            if (p == null) {
                throw new IllegalArgumentException("unknown TCO parameter '" + k + "'; known: "
                        + String.join(", ", parameters.keySet()));
            }
            BigDecimal value;
            try {
                value = new BigDecimal(v.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("TCO parameter " + k + ": '" + v + "' is not a number");
            }
            if (value.signum() < 0) {
                throw new IllegalArgumentException("TCO parameter " + k + ": " + v + " is negative");
            }
            map.put(k, new Parameter(k, value, p.unit(), p.basis(), true));
        });
        return new TcoParameters(map);
    }

    public BigDecimal value(String key) {
        Parameter p = parameters.get(key);
        if (p == null) {
            throw new IllegalArgumentException("the TCO model has no parameter '" + key + "'");
        }
        return p.value();
    }

    public Map<String, Parameter> all() {
        return parameters;
    }
}
