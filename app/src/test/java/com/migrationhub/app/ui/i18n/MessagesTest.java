package com.migrationhub.app.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.app.ui.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the workbench's code names exists, each bundle keeps to its own prefix, and every pattern parses. */
class MessagesTest {
    private static final Pattern KEY = Pattern.compile(
            "\"((?:shell|error|dashboard|importer|inventory|assessment|dependencies|waves|reports)\\.[A-Za-z0-9_.]+)\"");

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Messages messages = new Messages(Locale.US);
        Set<String> missing = new TreeSet<>();
        Path sources = Fixtures.root().resolve("app/src/main/java/com/migrationhub/app/ui");
        List<Path> files;
        try (Stream<Path> s = Files.walk(sources)) {
            files = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        int used = 0;
        for (Path f : files) {
            Matcher m = KEY.matcher(Files.readString(f));
            while (m.find()) {
                String key = m.group(1);
                if (key.endsWith(".")) {
                    continue; // a prefix completed at run time: those keys are checked below
                }
                used++;
                if (!messages.has(key)) {
                    missing.add(key + " (" + f.getFileName() + ")");
                }
            }
        }
        for (String theme : List.of("system", "light", "dark")) {
            if (!messages.has("shell.theme." + theme)) {
                missing.add("shell.theme." + theme);
            }
        }
        assertThat(used).isGreaterThan(50);
        assertThat(missing).isEmpty();
    }

    @Test
    void eachBundleKeepsToItsPrefixAndEveryPatternParses() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : Messages.BUNDLES) {
            Properties p = new Properties();
            try (InputStream in = Messages.class.getResourceAsStream(bundle + ".properties")) {
                assertThat(in).as(bundle).isNotNull();
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (String key : p.stringPropertyNames()) {
                boolean own = key.startsWith(bundle + ".") || (bundle.equals("shell") && key.startsWith("error."));
                if (!own) {
                    problems.add(bundle + ": " + key + " does not start with '" + bundle + ".'");
                }
                String value = p.getProperty(key);
                try {
                    String formatted = new MessageFormat(value, Locale.US).format(new Object[] {1, 2, 3, 4, 5, 6});
                    if (value.contains("{") && value.contains("'") && !value.contains("''")) {
                        problems.add(bundle + ": " + key + " has a single quote in a pattern (write '')");
                    }
                    assertThat(formatted).isNotNull();
                } catch (IllegalArgumentException e) {
                    problems.add(bundle + ": " + key + " does not parse: " + e.getMessage());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aMissingKeyShowsAsItself() {
        assertThat(new Messages(Locale.US).get("shell.no.such.key")).isEqualTo("!shell.no.such.key!");
        assertThat(new Messages(Locale.US).get("shell.tasks.failed", "disk full")).isEqualTo("Failed: disk full");
    }
}
