package com.migrationhub.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSettingsTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsEverySettingThroughTheFile() throws Exception {
        Path file = dir.resolve("sub/workbench.properties");
        UserSettings s = UserSettings.load(file);
        s.setTheme(UserSettings.Theme.DARK);
        s.setLocale(Locale.GERMANY);
        s.setWindow(new UserSettings.WindowBounds(10, 20, 1200, 800, true));
        s.addRecent(dir.resolve("a.mhub"));
        s.put("inventory.columns", "name,os");
        s.save();

        UserSettings back = UserSettings.load(file);
        assertThat(back.theme()).isEqualTo(UserSettings.Theme.DARK);
        assertThat(back.locale()).isEqualTo(Locale.GERMANY);
        assertThat(back.window()).contains(new UserSettings.WindowBounds(10, 20, 1200, 800, true));
        assertThat(back.recentProjects()).containsExactly(dir.resolve("a.mhub").toAbsolutePath());
        assertThat(back.get("inventory.columns")).contains("name,os");
        // written atomically: no temporary file is left beside it
        try (Stream<Path> s2 = Files.list(file.getParent())) {
            assertThat(s2.map(p -> p.getFileName().toString())).containsExactly("workbench.properties");
        }
    }

    @Test
    void recentProjectsAreNewestFirstWithoutRepeatsAndAtMostTen() {
        UserSettings s = UserSettings.load(dir.resolve("w.properties"));
        for (int i = 0; i < 12; i++) {
            s.addRecent(dir.resolve("p" + i + ".mhub"));
        }
        s.addRecent(dir.resolve("p5.mhub"));
        assertThat(s.recentProjects()).hasSize(UserSettings.MAX_RECENT);
        assertThat(s.recentProjects().get(0)).isEqualTo(dir.resolve("p5.mhub"));
        assertThat(s.recentProjects().get(1)).isEqualTo(dir.resolve("p11.mhub"));
        assertThat(s.recentProjects().stream().filter(p -> p.endsWith("p5.mhub"))).hasSize(1);
        s.removeRecent(dir.resolve("p5.mhub"));
        assertThat(s.recentProjects()).doesNotContain(dir.resolve("p5.mhub"));
    }

    @Test
    void aDamagedOrNonsenseFileGivesTheDefaults() throws Exception {
        Path file = dir.resolve("w.properties");
        Files.write(file, new byte[] {'t', 'h', 'e', 'm', 'e', '=', 'P', 'U', 'R', 'P', 'L', 'E', '\n',
            'w', 'i', 'n', 'd', 'o', 'w', '.', 'x', '=', 'x', '\n', '\\', 'u', '1'});
        UserSettings s = UserSettings.load(file);
        assertThat(s.theme()).isEqualTo(UserSettings.Theme.SYSTEM);
        assertThat(s.window()).isEmpty();
        assertThat(s.recentProjects()).isEmpty();
    }
}
