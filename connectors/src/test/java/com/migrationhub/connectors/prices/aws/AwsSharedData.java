package com.migrationhub.connectors.prices.aws;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the public data beside the repository ({@code shared/prices}, {@code shared/fixtures}). Maven
 * runs the tests in {@code connectors/}, an IDE may run them in the repository root, so both
 * relative places are tried; when neither has the folder the test is skipped, not failed.
 */
final class AwsSharedData {
    private AwsSharedData() {
    }

    static Path prices() {
        Path p = find("shared/prices");
        assumeTrue(p != null && Files.exists(p.resolve("SOURCES.md")),
                "../shared/prices is absent: the AWS catalog tests need the public price data beside the repository");
        return p;
    }

    static Path fixture(String name) {
        Path folder = find("shared/fixtures/prices");
        assumeTrue(folder != null && Files.isRegularFile(folder.resolve(name)),
                "../shared/fixtures/prices/" + name + " is absent: this test needs the shared fixtures beside the "
                        + "repository");
        return folder.resolve(name);
    }

    private static Path find(String relative) {
        for (String up : List.of("..", "../..")) {
            Path p = Path.of(up).resolve(relative).normalize();
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }
}
