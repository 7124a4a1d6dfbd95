package com.migrationhub.domain.catalog;

import com.migrationhub.domain.task.ProgressMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Builds the catalog the workbench ships from the public price data in {@code shared/prices},
 * offline: runs every {@link CatalogPart} (found through {@link ServiceLoader}), joins their
 * content and checks it as a whole before anything is written — every price names a known size,
 * region, source and derivation; no key appears twice — so a catalog on disk is always whole.
 * Cost: reading about 70 MB of JSON, CSV and YAML; a few seconds.
 */
public final class CatalogBuilder {
    private final List<CatalogPart> parts;

    public CatalogBuilder(List<CatalogPart> parts) {
        this.parts = List.copyOf(parts);
    }

    /** The builder with every part installed (aws, azure, gcp, reference), in name order. */
    public static CatalogBuilder withInstalledParts() {
        List<CatalogPart> found = new ArrayList<>();
        ServiceLoader.load(CatalogPart.class, CatalogBuilder.class.getClassLoader()).forEach(found::add);
        found.sort(Comparator.comparing(CatalogPart::name));
        return new CatalogBuilder(found);
    }

    public List<CatalogPart> parts() {
        return parts;
    }

    /**
     * @param prices the {@code shared/prices} folder
     * @throws CatalogBuildException when the folder is not there, a source cannot be used, or the
     *                               joined content is inconsistent
     */
    public CatalogContent build(Path prices, ProgressMonitor monitor) throws IOException {
        if (!Files.isDirectory(prices)) {
            throw new CatalogBuildException(prices + ": no such folder (the public price data, shared/prices)");
        }
        if (!Files.exists(prices.resolve("SOURCES.md"))) {
            throw new CatalogBuildException(prices + ": not the public price data (it has no SOURCES.md)");
        }
        CatalogContent all = new CatalogContent();
        int done = 0;
        for (CatalogPart part : parts) {
            monitor.checkCancelled();
            monitor.progress(done, parts.size(), "building the " + part.name() + " catalog");
            all.addAll(part.build(prices));
            done++;
        }
        monitor.progress(done, parts.size(), "checking the catalog");
        check(all.normalize());
        return all;
    }

    /** Builds and writes the catalog's files into {@code target}; returns what was written. */
    public CatalogContent buildInto(Path prices, Path target, ProgressMonitor monitor) throws IOException {
        CatalogContent content = build(prices, monitor);
        CatalogFiles.write(content, target);
        return content;
    }

    /** Checks references and uniqueness; the first problem found is thrown. */
    static void check(CatalogContent c) {
        Set<String> sources = unique(c.sources.stream().map(CatalogSource::id).toList(), "source");
        Set<String> derivations = unique(c.derivations.stream().map(Derivation::id).toList(), "derivation");
        Set<String> regions = unique(c.regions.stream().map(r -> r.cloud().id() + " " + r.id()).toList(), "region");
        Set<String> sizes = unique(c.sizes.stream().map(s -> s.cloud().id() + " " + s.name()).toList(), "size");
        unique(c.prices.stream().map(p -> p.cloud().id() + " " + p.size() + " " + p.region() + " " + p.option().id())
                .toList(), "price");
        unique(c.licences.stream().map(l -> l.cloud().id() + " " + l.licence().id() + " " + l.region() + " " + l.size())
                .toList(), "licence price");
        unique(c.discounts.stream().map(d -> d.cloud().id() + " " + d.region() + " " + d.family() + " " + d.option().id())
                .toList(), "commitment rule");
        Set<String> diskTypes = unique(c.diskTypes.stream().map(d -> d.cloud().id() + " " + d.name()).toList(),
                "disk type");
        unique(c.diskPrices.stream().map(d -> d.cloud().id() + " " + d.type() + " " + d.region()).toList(), "disk price");
        unique(c.lifecycles.stream().map(l -> l.product() + " " + l.cycle()).toList(), "lifecycle");
        for (InstanceSize s : c.sizes) {
            ref(sources, s.source(), "size " + s.cloud().id() + " " + s.name());
            if (s.vcpus() <= 0 || s.memoryMiB() <= 0) {
                throw new CatalogBuildException("size " + s.cloud().id() + " " + s.name() + " has " + s.vcpus()
                        + " vCPUs and " + s.memoryMiB() + " MiB: a size needs both");
            }
        }
        for (Price p : c.prices) {
            String what = "price " + p.cloud().id() + " " + p.size() + " " + p.region() + " " + p.option().id();
            ref(sizes, p.cloud().id() + " " + p.size(), what + ": size");
            ref(regions, p.cloud().id() + " " + p.region(), what + ": region");
            ref(sources, p.source(), what);
            optionalRef(derivations, p.derivation(), what);
        }
        for (LicencePrice l : c.licences) {
            String what = "licence " + l.cloud().id() + " " + l.licence().id() + " " + l.region() + " " + l.size();
            if (!l.size().equals(LicencePrice.ANY)) {
                ref(sizes, l.cloud().id() + " " + l.size(), what + ": size");
            }
            if (!l.region().equals(LicencePrice.ANY)) {
                ref(regions, l.cloud().id() + " " + l.region(), what + ": region");
            }
            ref(sources, l.source(), what);
            optionalRef(derivations, l.derivation(), what);
        }
        for (OptionDiscount d : c.discounts) {
            String what = "commitment rule " + d.cloud().id() + " " + d.region() + " " + d.family() + " " + d.option().id();
            ref(sources, d.source(), what);
            ref(derivations, d.derivation(), what);
        }
        for (DiskType d : c.diskTypes) {
            ref(sources, d.source(), "disk type " + d.cloud().id() + " " + d.name());
        }
        for (DiskPrice d : c.diskPrices) {
            String what = "disk price " + d.cloud().id() + " " + d.type() + " " + d.region();
            ref(diskTypes, d.cloud().id() + " " + d.type(), what + ": disk type");
            ref(regions, d.cloud().id() + " " + d.region(), what + ": region");
            ref(sources, d.source(), what);
            optionalRef(derivations, d.derivation(), what);
        }
        c.lifecycles.forEach(l -> ref(sources, l.source(), "lifecycle " + l.product() + " " + l.cycle()));
        c.fxRates.forEach(f -> ref(sources, f.source(), "exchange rate " + f.currency() + " " + f.month()));
        for (Cloud cloud : Cloud.values()) {
            long n = c.prices.stream().filter(p -> p.cloud() == cloud).count();
            if (n == 0 && c.regions.stream().anyMatch(r -> r.cloud() == cloud)) {
                throw new CatalogBuildException("the " + cloud.label() + " catalog has regions but no prices");
            }
        }
    }

    private static Set<String> unique(List<String> keys, String what) {
        Set<String> seen = new HashSet<>();
        for (String k : keys) {
            if (!seen.add(k)) {
                throw new CatalogBuildException("the catalog has the " + what + " '" + k + "' twice");
            }
        }
        return seen;
    }

    private static void ref(Set<String> known, String key, String what) {
        if (key == null || !known.contains(key)) {
            throw new CatalogBuildException(what + " refers to '" + key + "', which the catalog does not have");
        }
    }

    private static void optionalRef(Set<String> known, String key, String what) {
        if (key != null) {
            ref(known, key, what);
        }
    }
}
