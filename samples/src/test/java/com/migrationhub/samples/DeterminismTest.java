package com.migrationhub.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same seed and count must give the same files; another seed another estate. */
class DeterminismTest {
    private static final int VMS = 60;

    @TempDir
    Path dir;

    private InventoryGenerator.Result run(String folder, long seed) throws IOException {
        return InventoryGenerator.generate(new GeneratorOptions(VMS, seed, dir.resolve(folder),
                EnumSet.allOf(ExportFormat.class), "d"));
    }

    @Test
    void sameSeedGivesByteIdenticalFilesAndIdenticalCells() throws IOException {
        InventoryGenerator.Result a = run("a", 99);
        InventoryGenerator.Result b = run("b", 99);
        assertThat(relative(a, dir.resolve("a"))).isEqualTo(relative(b, dir.resolve("b")));
        for (int i = 0; i < a.files().size(); i++) {
            Path fa = a.files().get(i);
            Path fb = b.files().get(i);
            if (fa.toString().endsWith(".xlsx")) {
                assertThat(cells(fb)).as(fa.getFileName().toString()).isEqualTo(cells(fa));
            }
            assertThat(Files.mismatch(fa, fb)).as("first differing byte of " + fa.getFileName()).isEqualTo(-1L);
        }
        assertThat(b.totals()).isEqualTo(a.totals());
    }

    @Test
    void anotherSeedGivesAnotherEstate() throws IOException {
        InventoryGenerator.Result a = run("a", 1);
        InventoryGenerator.Result b = run("b", 2);
        Path cmdbA = dir.resolve("a/d-cmdb.csv");
        Path cmdbB = dir.resolve("b/d-cmdb.csv");
        assertThat(Files.mismatch(cmdbA, cmdbB)).isNotEqualTo(-1L);
        assertThat(cells(dir.resolve("b/d-rvtools.xlsx"))).isNotEqualTo(cells(dir.resolve("a/d-rvtools.xlsx")));
        assertThat(b.totals()).isNotEqualTo(a.totals());
    }

    @Test
    void customAttributesDifferBetweenEstates() {
        Set<List<String>> seen = new HashSet<>();
        for (long seed = 1; seed <= 8; seed++) {
            seen.add(Estate.generate(seed, 10).customAttributes);
        }
        assertThat(seen).hasSizeGreaterThan(2);
    }

    @Test
    void aVmIsTheSameWhateverWasBuiltBefore() {
        Estate estate = Estate.generate(5, 500);
        VirtualMachine direct = estate.virtualMachine(321);
        for (int i = 0; i < 321; i++) {
            estate.virtualMachine(i);
        }
        VirtualMachine again = estate.virtualMachine(321);
        assertThat(again.name).isEqualTo(direct.name);
        assertThat(again.vmUuid).isEqualTo(direct.vmUuid);
        assertThat(again.provisionedMiB).isEqualTo(direct.provisionedMiB);
        assertThat(again.disks).isEqualTo(direct.disks);
        assertThat(again.nics).isEqualTo(direct.nics);
    }

    private static List<Path> relative(InventoryGenerator.Result r, Path root) {
        List<Path> rel = new ArrayList<>();
        for (Path f : r.files()) {
            rel.add(root.relativize(f));
        }
        return rel;
    }

    /** Every cell of every sheet as "sheet!A1=text", in order. */
    private static List<String> cells(Path xlsx) throws IOException {
        DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        cells.add(s.getSheetName() + "!" + c.getAddress() + "=" + format.formatCellValue(c));
                    }
                }
            }
        }
        return cells;
    }

    @Test
    void outputFolderHoldsNothingButTheListedFiles() throws IOException {
        InventoryGenerator.Result r = run("c", 3);
        try (Stream<Path> all = Files.walk(dir.resolve("c"))) {
            assertThat(all.filter(Files::isRegularFile)).containsExactlyInAnyOrderElementsOf(r.files());
        }
    }
}
