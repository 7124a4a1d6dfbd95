package com.migrationhub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench as its own process, started the way {@code ./mhub} starts it, on JavaFX's headless
 * platform (Monocle) so that no display is needed: it refuses clearly where there is no display,
 * opens a project, builds and opens the sample engagement when run with no arguments, and its
 * screenshot tour writes a real picture of every view.
 */
class WorkbenchProcessTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run mhub(boolean headlessFx, List<String> properties, String... args) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "-Duser.home=" + dir, "-Dmhub.userSettings=" + dir.resolve("settings"),
                "-Dmhub.home=" + Mhub.root()));
        if (headlessFx) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dheadless.geometry=1600x1200-32", "-Dprism.order=sw",
                    "-Dprism.text=t2k", "-Djavafx.cachedir=" + dir.resolve("fxcache")));
        }
        command.addAll(properties);
        command.add("com.migrationhub.app.Main");
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the workbench did not end: " + Files.readString(err));
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void withoutADisplayItSaysSoInOneLine() throws Exception {
        Run r = mhub(false, List.of());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("mhub: no display to open the workbench on").doesNotContain("\n");
        assertThat(dir.resolve("sample-engagement.mhub")).doesNotExist();
    }

    @Test
    void aMissingProjectIsOneLine() throws Exception {
        Run r = mhub(true, List.of(), "open", "nowhere.mhub");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("mhub: no project file nowhere.mhub");
    }

    @Test
    void opensTheSampleWhenRunAloneAndPhotographsEveryView() throws Exception {
        Path shots = dir.resolve("shots");
        Run r = mhub(true, List.of("-Dmhub.screenshots=" + shots, "-Dmhub.timings=true"));
        assertThat(r.code()).as(r.err()).isZero();
        // with no arguments it built the sample engagement here first, then opened it
        assertThat(dir.resolve("sample-engagement.mhub")).isRegularFile();
        assertThat(r.err()).contains("mhub: timing: window shown and interactive")
                .contains("mhub: timing: project open, dashboard loaded");
        for (String view : List.of("dashboard", "import", "inventory", "assessment", "dependencies", "waves",
                "reports", "dashboard-dark")) {
            BufferedImage png = ImageIO.read(shots.resolve(view + ".png").toFile());
            assertThat(png).as(view).isNotNull();
            assertThat(png.getWidth()).isEqualTo(1440);
            assertThat(png.getHeight()).isEqualTo(900);
            assertThat(colours(png)).as(view + ": a drawn window, not a blank one").isGreaterThan(20);
        }
        // the project is remembered among the user's recent ones, outside the project file
        Properties settings = new Properties();
        try (var in = Files.newBufferedReader(dir.resolve("settings/workbench.properties"))) {
            settings.load(in);
        }
        assertThat(settings.getProperty("recent.0")).endsWith("sample-engagement.mhub");
    }

    @Test
    void opensAProjectAndQuitsWhenAsked() throws Exception {
        Path project = dir.resolve("acme.mhub");
        assertThat(Mhub.run("new", "-p", project, "--client", "ACME", "--engagement", "Readiness").code()).isZero();
        Run r = mhub(true, List.of("-Dmhub.exitWhenIdle=true", "-Dmhub.timings=true"), "open", project.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("mhub: timing: project open");
        assertThat(r.out()).isEmpty();
    }

    private static int colours(BufferedImage png) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < png.getHeight(); y += 7) {
            for (int x = 0; x < png.getWidth(); x += 7) {
                seen.add(png.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
