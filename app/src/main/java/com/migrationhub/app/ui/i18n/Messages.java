package com.migrationhub.app.ui.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The workbench's words, from resource bundles with dotted keys: one bundle per area
 * ({@code shell}, {@code dashboard}, {@code inventory}, ...) so that each view owns its own
 * file. A key that is missing shows as {@code !key!}, and a test checks that every key the code
 * uses exists.
 */
public final class Messages {
    /** The bundles, in the order keys are looked up. */
    public static final List<String> BUNDLES = List.of("shell", "dashboard", "importer", "inventory", "assessment",
            "dependencies", "waves", "reports");

    private static final String BASE = "com.migrationhub.app.ui.i18n.";

    private final Locale locale;
    private final List<ResourceBundle> bundles = new ArrayList<>();

    public Messages(Locale locale) {
        this.locale = locale;
        for (String name : BUNDLES) {
            bundles.add(ResourceBundle.getBundle(BASE + name, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}, with {@code args} filled in as {@link MessageFormat} does. */
    public String get(String key, Object... args) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                String pattern = b.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            }
        }
        return "!" + key + "!";
    }

    /** Whether a bundle defines {@code key}. */
    public boolean has(String key) {
        try {
            return bundles.stream().anyMatch(b -> b.containsKey(key));
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
