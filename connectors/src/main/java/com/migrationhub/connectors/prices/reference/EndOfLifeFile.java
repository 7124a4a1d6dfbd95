package com.migrationhub.connectors.prices.reference;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.migrationhub.domain.catalog.CatalogBuildException;
import com.migrationhub.domain.catalog.OsLifecycle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One endoflife.date product file ({@code products/<product>.md}): the YAML front matter between
 * the first two "---" lines, whose {@code releases} list holds one entry per release cycle.
 */
final class EndOfLifeFile {
    private static final String CYCLE = "__RELEASE_CYCLE__";
    private static final String CODENAME = "__CODENAME__";

    /** Cycles and codenames stay text: "22.10" must not become the number 22.1. */
    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();

    private EndOfLifeFile() {
    }

    /**
     * @param file the file's name relative to the prices folder, for messages
     */
    static List<OsLifecycle> read(Path path, String file, String product, String source) throws IOException {
        JsonNode front = frontMatter(path, file);
        String title = front.path("title").asText(product);
        String fileLabel = front.path("releaseLabel").asText(null);
        JsonNode releases = front.get("releases");
        if (releases == null || !releases.isArray()) {
            throw new CatalogBuildException(file + ": the front matter has no 'releases' list");
        }
        List<OsLifecycle> out = new ArrayList<>();
        for (JsonNode r : releases) {
            String cycle = text(r.get("releaseCycle"));
            if (cycle == null || cycle.isBlank()) {
                throw new CatalogBuildException(file + ": a release without a releaseCycle");
            }
            String where = file + ", release " + cycle;
            String label = label(r.path("releaseLabel").asText(fileLabel), cycle, text(r.get("codename")), title);
            // endoflife.date's own names: eoas = end of active support, eoes = end of extended support;
            // older files used support and extendedSupport
            out.add(new OsLifecycle(product, cycle, label, date(r, where, "releaseDate"),
                    date(r, where, "eoas", "support"), date(r, where, "eol"),
                    date(r, where, "eoes", "extendedSupport"), source));
        }
        return out;
    }

    private static JsonNode frontMatter(Path path, String file) throws IOException {
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            throw new CatalogBuildException(file + ": does not start with a '---' front matter line");
        }
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new CatalogBuildException(file + ": the front matter has no closing '---' line");
        }
        try {
            JsonNode node = MAPPER.readTree(String.join("\n", lines.subList(1, end)));
            if (node == null || !node.isObject()) {
                throw new CatalogBuildException(file + ": the front matter is not a YAML mapping");
            }
            return node;
        } catch (JacksonException e) {
            throw new CatalogBuildException(file + ": the front matter is not readable YAML: " + e.getOriginalMessage(),
                    e);
        }
    }

    /**
     * The release's label with the site's placeholders filled in; a label that is only a version
     * ("22.04 'Jammy Jellyfish'") gets the product's title in front, so it reads on its own.
     */
    static String label(String template, String cycle, String codename, String title) {
        String t = template == null || template.isBlank() ? CYCLE : template;
        if (codename == null && t.contains(CODENAME)) {
            t = CYCLE;
        }
        String label = t.replace(CYCLE, cycle).replace(CODENAME, codename == null ? "" : codename).strip();
        return !label.isEmpty() && Character.isDigit(label.charAt(0)) ? title + " " + label : label;
    }

    /**
     * A date, or null when the source gives none or gives a boolean instead: true means the date
     * has passed but is not known, false that no end has been announced.
     */
    private static LocalDate date(JsonNode release, String where, String... keys) {
        for (String key : keys) {
            JsonNode n = release.get(key);
            if (n == null || n.isNull() || n.isBoolean()) {
                continue;
            }
            try {
                return LocalDate.parse(n.asText().strip());
            } catch (DateTimeParseException e) {
                throw new CatalogBuildException(where + ": " + key + " '" + n.asText() + "' is not a date (YYYY-MM-DD)");
            }
        }
        return null;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        return n.isBigDecimal() ? n.decimalValue().toPlainString() : n.asText();
    }
}
