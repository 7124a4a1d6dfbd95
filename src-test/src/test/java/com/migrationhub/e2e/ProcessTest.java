package com.migrationhub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mhub} as its own process, the way a script uses it: exit codes, what reaches stdout and
 * stderr, and no progress bar or library noise when the output is piped.
 */
class ProcessTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run mhub(String... args) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "-Duser.home=" + dir, "com.migrationhub.app.Main"));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The packaged application's jar; the launcher's tests are skipped where the application is not packaged. */
    private static Path packagedJar() {
        Path jar = Mhub.root().resolve("app/target/mhub-app.jar");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(jar), "the application is not packaged");
        return jar;
    }

    /** Runs the ./mhub launcher on the build under test (never a new build), its output kept under {@code name}. */
    private Run launcher(String name, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", Mhub.root().resolve("mhub").toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve(name + "-out.txt");
        Path err = dir.resolve(name + "-err.txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("MHUB_BUILD", "never");
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void importsQuietlyWhenPipedAndSaysWhatItDid() throws Exception {
        Path estate = dir.resolve("estate");
        assertThat(mhub("generate", "--out", estate.toString(), "--vms", "30", "--formats", "rvtools").code()).isZero();
        Path project = dir.resolve("p.mhub");
        assertThat(mhub("new", "-p", project.toString()).code()).isZero();
        Run r = mhub("import", "-p", project.toString(), estate.resolve("estate-rvtools.xlsx").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Imported estate-rvtools.xlsx (RVTools 4.7.1.4) as import #1")
                .doesNotContain("\r", "\u001b");
    }

    @Test
    void badInputIsOneLineOnStderrWithExitCodeOne() throws Exception {
        Files.writeString(dir.resolve("x.mhub"), "not a project");
        Run r = mhub("info", "-p", "x.mhub");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("mhub: x.mhub: is not a MigrationHub project file" + System.lineSeparator());
    }

    @Test
    void usageErrorsExitTwoAndVersionWorks() throws Exception {
        assertThat(mhub("import").code()).isEqualTo(2);
        Run v = mhub("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).startsWith("mhub ");
    }

    @Test
    void theLauncherKeepsTheClassesOfItsFirstRunAndPrintsNothingMoreForIt() throws Exception {
        Path jar = packagedJar();
        Path archive = jar.resolveSibling("mhub-cli.jsa");
        Files.deleteIfExists(archive);
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(launcher("launcher-" + i, "--version"));
            if (i == 0) {
                // the first run left the archive of the classes it loaded; the second maps it
                assertThat(archive).isRegularFile();
                assertThat(Files.getLastModifiedTime(archive).toMillis())
                        .isGreaterThanOrEqualTo(Files.getLastModifiedTime(jar).toMillis());
            }
        }
        for (Run r : runs) {
            assertThat(r.code()).isZero();
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).startsWith("mhub ").doesNotContain("cds", "warning");
        }
        assertThat(runs.get(1).out()).isEqualTo(runs.get(0).out());
    }

    /** Reports keep an archive of their own: the one another command made lacks the PDF and spreadsheet classes. */
    @Test
    void reportsKeepTheirOwnClassArchive() throws Exception {
        Path jar = packagedJar();
        Path cli = jar.resolveSibling("mhub-cli.jsa");
        Path report = jar.resolveSibling("mhub-report.jsa");
        Files.deleteIfExists(report);
        assertThat(launcher("version", "--version").code()).isZero();
        assertThat(cli).isRegularFile();
        long cliMade = Files.getLastModifiedTime(cli).toMillis();
        assertThat(report).as("another command leaves the reports' archive alone").doesNotExist();

        Run help = launcher("report-help", "report", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--xlsx");
        assertThat(help.err()).isEmpty();
        assertThat(report).isRegularFile();
        assertThat(Files.getLastModifiedTime(cli).toMillis()).as("the other commands' archive untouched").isEqualTo(cliMade);
    }

    @Test
    void theLauncherRunsJavaWithTheOptionsInItsFile() throws Exception {
        packagedJar();
        Path root = Mhub.root();
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(root.resolve("app/jvm.options"))) {
            String option = line.replaceAll("#.*", "").strip();
            if (!option.isEmpty()) {
                options.add(option);
            }
        }
        assertThat(options).contains("-XX:+UseParallelGC").anyMatch(o -> o.startsWith("-XX:InlineSmallCode="));
        Path out = dir.resolve("flags-out.txt");
        ProcessBuilder pb = new ProcessBuilder("sh", root.resolve("mhub").toString(), "--version")
                .directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(dir.resolve("flags-err.txt").toFile());
        pb.environment().put("MHUB_BUILD", "never");
        pb.environment().put("MHUB_CDS", "off");
        pb.environment().put("MHUB_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("flags-err.txt"))).isZero();
        // the JVM prints the options it was given, then mhub its version
        String printed = Files.readString(out);
        assertThat(printed).contains("mhub ");
        for (String option : options) {
            assertThat(printed).as("the JVM's options").contains(asPrinted(option));
        }
    }

    /** An option as the JVM prints it back: a size in bytes ("-XX:MetaspaceSize=96m" as "...=100663296"). */
    private static String asPrinted(String option) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(-XX:\\w+=)(\\d+)([kKmMgG])").matcher(option);
        if (!m.matches()) {
            return option;
        }
        int shift = switch (Character.toLowerCase(m.group(3).charAt(0))) {
            case 'k' -> 10;
            case 'm' -> 20;
            default -> 30;
        };
        return m.group(1) + (Long.parseLong(m.group(2)) << shift);
    }
}
