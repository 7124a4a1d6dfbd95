package com.migrationhub.connectors.prices.gcp;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.migrationhub.domain.catalog.CatalogBuildException;
import com.migrationhub.domain.catalog.Usd;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;

/** Reads pricing.yml into a tree and its figures into exact decimals. */
final class PricingYaml {
    /** SnakeYAML refuses documents above 3 MB by default; pricing.yml is about 4 MB and grows. */
    private static final int CODE_POINT_LIMIT = 64 * 1024 * 1024;
    private static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(730);

    private final String file;

    PricingYaml(String file) {
        this.file = file;
    }

    JsonNode read(Path path) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(CODE_POINT_LIMIT);
        YAMLMapper mapper = YAMLMapper.builder(YAMLFactory.builder().loaderOptions(options).build())
                // prices stay exact decimals, never binary doubles
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
                .build();
        try (InputStream in = Files.newInputStream(path)) {
            JsonNode root = mapper.readTree(in);
            if (root == null || !root.isObject()) {
                throw new CatalogBuildException(file + ": not a YAML mapping");
            }
            return root;
        } catch (JacksonException e) {
            throw new CatalogBuildException(file + ": not readable YAML: " + e.getOriginalMessage(), e);
        }
    }

    /** The node at a path of keys; an error naming the path when any key is missing. */
    JsonNode required(JsonNode node, String... keys) {
        JsonNode at = node;
        for (String key : keys) {
            at = at.get(key);
            if (at == null || at.isNull()) {
                throw new CatalogBuildException(file + ": no '" + String.join(".", keys) + "'");
            }
        }
        return at;
    }

    /** A figure as an exact decimal; null when absent. */
    BigDecimal decimal(JsonNode parent, String key, String where) {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        BigDecimal value;
        if (n.isNumber()) {
            value = n.decimalValue();
        } else if (n.isTextual()) {
            try {
                value = new BigDecimal(n.asText().trim());
            } catch (NumberFormatException e) {
                throw problem(where + "." + key, "'" + n.asText() + "' is not a number");
            }
        } else {
            throw problem(where + "." + key, "is not a number");
        }
        if (value.signum() < 0) {
            throw problem(where + "." + key, value.toPlainString() + " is negative");
        }
        return value;
    }

    CatalogBuildException problem(String where, String what) {
        return new CatalogBuildException(file + ", " + where + ": " + what);
    }

    /** Nano-dollars, rounded half-even as {@link Usd#parse} does. */
    static long nanos(BigDecimal usd) {
        return Usd.parse(usd.toPlainString());
    }

    /** A monthly figure at 730 hours a month as nano-dollars an hour, rounded half-up. */
    static long hourlyFromMonthly(BigDecimal usdPerMonth) {
        return usdPerMonth.divide(HOURS_PER_MONTH, 9, RoundingMode.HALF_UP).movePointRight(9).longValueExact();
    }
}
