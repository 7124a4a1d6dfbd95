package com.migrationhub.app.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Whether the operating system prefers a dark theme, where it can be told: GNOME's
 * {@code color-scheme} or a dark {@code GTK_THEME} on Linux, {@code AppleInterfaceStyle} on
 * macOS, {@code AppsUseLightTheme} on Windows. Asks at most one small command, with a timeout;
 * anything it cannot tell is light. JavaFX 21 has no API for this (it came in 22).
 */
final class SystemTheme {
    private SystemTheme() {
    }

    static boolean prefersDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        try {
            if (os.contains("mac")) {
                return ask(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).toLowerCase(Locale.ROOT)
                        .contains("dark");
            }
            if (os.contains("win")) {
                String out = ask(List.of("reg", "query",
                        "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v",
                        "AppsUseLightTheme"));
                return out.contains("0x0");
            }
            String gtk = System.getenv("GTK_THEME");
            if (gtk != null) {
                return gtk.toLowerCase(Locale.ROOT).contains("dark");
            }
            return ask(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"))
                    .contains("prefer-dark");
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String ask(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (InputStream in = p.getInputStream()) {
            if (!p.waitFor(1500, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return "";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
