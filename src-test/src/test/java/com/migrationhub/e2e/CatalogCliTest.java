package com.migrationhub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.migrationhub.domain.catalog.CatalogFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The price catalog through the command line: what it holds, one size's prices, a diff between two
 * catalog folders, and a build from the public price data that must reproduce the shipped files.
 */
class CatalogCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String M5_LARGE_ON_DEMAND = "aws\tm5.large\tus-east-1\ton-demand\t";

    @TempDir
    Path dir;

    @Test
    void showListsEveryCloudWithItsSizesRegionsAndSources() throws IOException {
        Mhub.Result text = Mhub.run("catalog", "show");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.err()).isEmpty();
        Map<String, int[]> rows = new TreeMap<>();
        Matcher m = Pattern.compile("(?m)^(aws|azure|gcp) +([\\d,]+) +([\\d,]+) +(\\d+) ").matcher(text.out());
        while (m.find()) {
            rows.put(m.group(1), new int[] {number(m.group(2)), number(m.group(3)), number(m.group(4))});
        }
        assertThat(rows).containsOnlyKeys("aws", "azure", "gcp");
        assertThat(text.out()).contains("Sources:", "OS lifecycle cycles: ", "exchange rates: ");

        Mhub.Result json = Mhub.run("catalog", "show", "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode clouds = JSON.readTree(json.out()).get("clouds");
        assertThat(clouds.size()).isEqualTo(3);
        for (JsonNode c : clouds) {
            String cloud = c.get("cloud").asText();
            int[] shown = rows.get(cloud);
            assertThat(c.get("sizes").asInt()).as(cloud).isPositive().isEqualTo(shown[0]);
            assertThat(c.get("currentSizes").asInt()).as(cloud).isPositive().isEqualTo(shown[1])
                    .isLessThanOrEqualTo(c.get("sizes").asInt());
            assertThat(c.get("regions").asInt()).as(cloud).isPositive().isEqualTo(shown[2]);
            assertThat(c.get("prices").get("on-demand").get("read").asInt()).as(cloud).isPositive();
            assertThat(c.get("sources").size()).as(cloud).isPositive();
        }
        for (JsonNode s : JSON.readTree(json.out()).get("sources")) {
            assertThat(text.out()).contains("  " + s.get("id").asText() + " ");
        }
    }

    @Test
    void oneSizeShowsItsOnDemandPrice() throws IOException {
        Mhub.Result r = Mhub.run("catalog", "show", "--size", "m5.large", "--cloud", "aws", "--region", "us-east-1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("AWS m5.large: 2 vCPU, 8,192 MiB, x86_64, family m5")
                .containsPattern("(?m)^us-east-1 +on-demand +0\\.096 +70\\.08 +aws\\.")
                .doesNotContainPattern("(?m)^(?!us-east-1 )[a-z]+-[a-z]+-\\d +on-demand ");

        Mhub.Result json = Mhub.run("catalog", "show", "--size", "m5.large", "--cloud", "aws", "--region", "us-east-1",
                "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode sizes = JSON.readTree(json.out());
        assertThat(sizes.size()).isEqualTo(1);
        JsonNode size = sizes.get(0);
        assertThat(size.get("cloud").asText()).isEqualTo("aws");
        assertThat(size.get("size").asText()).isEqualTo("m5.large");
        assertThat(size.get("vcpus").asInt()).isEqualTo(2);
        assertThat(size.get("memoryMiB").asLong()).isEqualTo(8192);
        List<String> onDemand = new ArrayList<>();
        for (JsonNode p : size.get("prices")) {
            assertThat(p.get("region").asText()).isEqualTo("us-east-1");
            if (p.get("option").asText().equals("on-demand")) {
                onDemand.add(p.get("usdPerHour").asText());
            }
        }
        assertThat(onDemand).containsExactly("0.096");
    }

    @Test
    void anUnknownSizeIsRefusedInOneLine() {
        Mhub.Result r = Mhub.run("catalog", "show", "--size", "m5.gigantic", "--cloud", "aws");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("mhub: the catalog has no size 'm5.gigantic' for AWS\n");
    }

    @Test
    void diffReportsTheOnePriceThatRose() throws IOException {
        Path shipped = Mhub.root().resolve("assets/src/main/resources/mhub/catalog");
        Path old = copyFolder(shipped, dir.resolve("old"));
        Path newer = copyFolder(shipped, dir.resolve("new"));
        String before = changePrice(newer.resolve("prices.tsv.gz"), "0.1");
        assertThat(before).as("the shipped m5.large us-east-1 on-demand price").isEqualTo("0.096");

        // --old given too: the shipped folder and the catalog on the class path may be a build apart
        Mhub.Result r = Mhub.run("catalog", "diff", "--old", old, "--new", newer);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).doesNotContain("Sources:", "Sizes:")
                .contains("Compute prices: 0 added, 0 removed, 1 up, 0 down, 0 read/derived switched\n")
                .containsPattern("(?m)^aws +m5\\.large +us-east-1 +on-demand +0\\.096 +0\\.1 +\\+4\\.2 %$")
                .contains("Licence prices: 0 changed; disk prices: 0 changed\n");
        assertThat(r.out().lines().filter(l -> l.contains("on-demand")).count()).as(r.out()).isEqualTo(1);

        Mhub.Result same = Mhub.run("catalog", "diff", "--old", old, "--new", old);
        assertThat(same.out()).isEqualTo("The catalogs are the same.\n");
    }

    @Test
    void buildFromAFolderThatIsNotThePriceDataIsRefusedInOneLine() throws IOException {
        Path notPrices = Files.createDirectories(dir.resolve("not-prices"));
        Files.writeString(notPrices.resolve("README.md"), "no sources here\n");
        Path target = dir.resolve("catalog");
        Mhub.Result r = Mhub.run("catalog", "build", "--from", notPrices, "--to", target);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("mhub: " + notPrices + ": not the public price data (it has no SOURCES.md)\n");
        assertThat(target).doesNotExist();
    }

    @Test
    void buildFromThePublicPriceDataReproducesTheShippedCatalog() throws IOException {
        Path shared = Mhub.shared();
        Assumptions.assumeTrue(shared != null && Files.isRegularFile(shared.resolve("prices/SOURCES.md")),
                "skipped: no public price data at ../shared/prices beside the repository");
        Path target = dir.resolve("built");
        Mhub.Result r = Mhub.run("catalog", "build", "--from", shared.resolve("prices"), "--to", target);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Built the catalog from ");
        TreeSet<String> written = new TreeSet<>();
        try (Stream<Path> files = Files.list(target)) {
            files.forEach(f -> written.add(f.getFileName().toString()));
        }
        assertThat(written).containsExactlyInAnyOrderElementsOf(CatalogFiles.names());
        ClassLoader loader = CatalogFiles.class.getClassLoader();
        for (String name : CatalogFiles.names()) {
            try (InputStream in = loader.getResourceAsStream(CatalogFiles.CLASSPATH_FOLDER + name)) {
                assertThat(in).as("shipped " + name).isNotNull();
                assertThat(Files.readAllBytes(target.resolve(name))).as(name + " built anew equals the shipped one")
                        .isEqualTo(in.readAllBytes());
            }
        }
    }

    /** Sets the m5.large us-east-1 on-demand price in a catalog's prices file; returns the old one. */
    private static String changePrice(Path pricesGz, String price) throws IOException {
        String text;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(pricesGz))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int at = text.indexOf("\n" + M5_LARGE_ON_DEMAND) + 1;
        assertThat(at).as("the m5.large us-east-1 on-demand row").isPositive();
        int from = at + M5_LARGE_ON_DEMAND.length();
        int to = text.indexOf('\t', from);
        String old = text.substring(from, to);
        String changed = text.substring(0, from) + price + text.substring(to);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(pricesGz))) {
            out.write(changed.getBytes(StandardCharsets.UTF_8));
        }
        return old;
    }

    private static Path copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    private static int number(String s) {
        return Integer.parseInt(s.replace(",", ""));
    }
}
