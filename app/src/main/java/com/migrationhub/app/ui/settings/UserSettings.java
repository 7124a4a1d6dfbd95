package com.migrationhub.app.ui.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The user's own settings, kept apart from any project file: window size and position, recent
 * projects, theme and locale. Stored as a properties file in {@code ~/.mhub/workbench.properties}
 * (or in the folder the system property {@code mhub.userSettings} names), written atomically:
 * a temporary file beside it, then a move.
 */
public final class UserSettings {
    /** The theme: follow the system's light or dark preference where it can be told, or a fixed one. */
    public enum Theme { SYSTEM, LIGHT, DARK }

    public static final int MAX_RECENT = 10;

    private final Path file;
    private final Properties values = new Properties();

    private UserSettings(Path file) {
        this.file = file;
    }

    /** The settings in the user's folder; missing or unreadable settings give the defaults. */
    public static UserSettings load() {
        String dir = System.getProperty("mhub.userSettings");
        Path folder = dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".mhub");
        return load(folder.resolve("workbench.properties"));
    }

    public static UserSettings load(Path file) {
        UserSettings settings = new UserSettings(file);
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                settings.values.load(r);
            } catch (IOException | IllegalArgumentException e) {
                // a damaged settings file must never stop the workbench: start from the defaults
                settings.values.clear();
            }
        }
        return settings;
    }

    public Path file() {
        return file;
    }

    public Theme theme() {
        try {
            return Theme.valueOf(values.getProperty("theme", "SYSTEM"));
        } catch (IllegalArgumentException e) {
            return Theme.SYSTEM;
        }
    }

    public void setTheme(Theme theme) {
        values.setProperty("theme", theme.name());
    }

    /** The locale of the workbench's numbers and dates; the system's when none was chosen. */
    public Locale locale() {
        String tag = values.getProperty("locale");
        return tag == null || tag.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(tag);
    }

    /** The chosen locale's tag, when one was chosen. */
    public Optional<String> localeTag() {
        String tag = values.getProperty("locale");
        return tag == null || tag.isBlank() ? Optional.empty() : Optional.of(tag);
    }

    public void setLocale(Locale locale) {
        if (locale == null) {
            values.remove("locale");
        } else {
            values.setProperty("locale", locale.toLanguageTag());
        }
    }

    /** The window's last bounds, when they were saved. */
    public Optional<WindowBounds> window() {
        try {
            double x = Double.parseDouble(values.getProperty("window.x"));
            double y = Double.parseDouble(values.getProperty("window.y"));
            double w = Double.parseDouble(values.getProperty("window.width"));
            double h = Double.parseDouble(values.getProperty("window.height"));
            boolean max = Boolean.parseBoolean(values.getProperty("window.maximized", "false"));
            if (w < 200 || h < 150) {
                return Optional.empty();
            }
            return Optional.of(new WindowBounds(x, y, w, h, max));
        } catch (NullPointerException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void setWindow(WindowBounds b) {
        values.setProperty("window.x", Double.toString(b.x()));
        values.setProperty("window.y", Double.toString(b.y()));
        values.setProperty("window.width", Double.toString(b.width()));
        values.setProperty("window.height", Double.toString(b.height()));
        values.setProperty("window.maximized", Boolean.toString(b.maximized()));
    }

    /** The projects opened last, newest first. */
    public List<Path> recentProjects() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = values.getProperty("recent." + i);
            if (p != null && !p.isBlank()) {
                recent.add(Path.of(p));
            }
        }
        return recent;
    }

    /** Puts {@code project} first in the recent list. */
    public void addRecent(Path project) {
        Path abs = project.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>(recentProjects());
        recent.remove(abs);
        recent.add(0, abs);
        setRecent(recent);
    }

    public void removeRecent(Path project) {
        List<Path> recent = new ArrayList<>(recentProjects());
        recent.remove(project.toAbsolutePath().normalize());
        setRecent(recent);
    }

    private void setRecent(List<Path> recent) {
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                values.setProperty("recent." + i, recent.get(i).toString());
            } else {
                values.remove("recent." + i);
            }
        }
    }

    /** A free-form value for a view (a column layout, a last folder). */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty("view." + key));
    }

    public void put(String key, String value) {
        if (value == null) {
            values.remove("view." + key);
        } else {
            values.setProperty("view." + key, value);
        }
    }

    /** Writes the settings: a temporary file beside them, then an atomic move. */
    public void save() throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".workbench", ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(w, "MigrationHub Workbench: the user's settings");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A window's place and size on screen. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }
}
