package com.migrationhub.app.cli;

import com.migrationhub.domain.catalog.CatalogContent;
import com.migrationhub.domain.catalog.CatalogFiles;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.Region;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.store.ProjectSettings;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "settings", mixinStandardHelpOptions = true,
        description = {"Show or change the project's settings: client, engagement, the consulting firm, the "
                + "consultant and the firm's logo (on the report's cover), the locale of the report's numbers and "
                + "dates, and the default region of each cloud that new assessment scenarios use (region.aws, "
                + "region.azure, region.gcp)."})
final class SettingsCommand implements Callable<Integer> {
    /** Settings a user may change; the others (format, created_at, sample) belong to the workbench. */
    static final List<String> EDITABLE = List.of(ProjectSettings.CLIENT, ProjectSettings.ENGAGEMENT,
            ProjectSettings.FIRM, ProjectSettings.CONSULTANT, ProjectSettings.LOCALE, "region.aws", "region.azure",
            "region.gcp");

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Change a setting (repeatable): "
            + "client, engagement, firm, consultant, locale (en-US, de-DE, fr-FR...), region.aws, region.azure, region.gcp.")
    Map<String, String> set;

    @Option(names = "--logo", paramLabel = "FILE", description = "The firm's logo for the report's cover: a PNG or "
            + "JPEG file of at most 2 MB, stored in the project.")
    java.nio.file.Path logo;

    @Option(names = "--clear-logo", description = "Remove the stored logo.")
    boolean clearLogo;

    @Option(names = "--regions", paramLabel = "LIST", split = ",",
            description = "Default regions, each naming its cloud (eu-central-1,westeurope,europe-west3).")
    List<String> regions;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> changes = new LinkedHashMap<>();
        if (regions != null) {
            changes.putAll(regionSettings(regions));
        }
        if (set != null) {
            CatalogContent catalog = null;
            for (Map.Entry<String, String> e : set.entrySet()) {
                String key = e.getKey().trim();
                if (!EDITABLE.contains(key)) {
                    throw new IllegalArgumentException("setting '" + key + "' cannot be changed; use "
                            + String.join(", ", EDITABLE));
                }
                String value = e.getValue().trim();
                if (key.equals(ProjectSettings.LOCALE)) {
                    value = com.migrationhub.app.report.ReportExport.locale(value).toLanguageTag();
                }
                if (key.startsWith("region.")) {
                    catalog = catalog == null ? CatalogFiles.readShipped() : catalog;
                    Cloud cloud = Cloud.parse(key.substring("region.".length()));
                    requireRegion(catalog, cloud, value);
                }
                changes.put(key, value);
            }
        }
        if (logo != null && clearLogo) {
            throw new IllegalArgumentException("give either --logo FILE or --clear-logo");
        }
        ProjectSettings.Logo image = logo == null ? null : com.migrationhub.app.report.CoverLogo.read(logo);
        try (ProjectFile p = project.open()) {
            if (!changes.isEmpty()) {
                p.settings().putAll(changes);
            }
            if (image != null) {
                p.settings().putLogo(image);
            } else if (clearLogo) {
                p.settings().clearLogo();
            }
            Map<String, String> all = p.settings().all();
            for (String key : EDITABLE) {
                out.printf("%-12s %s%n", key, all.getOrDefault(key, key.startsWith("region.")
                        ? com.migrationhub.domain.assessment.Assumptions.DEFAULT_REGIONS.get(
                                Cloud.parse(key.substring("region.".length()))) + " (default)" : ""));
            }
            out.printf("%-12s %s%n", "logo", p.settings().logo().map(l -> l.fileName() + " (" + l.mediaType() + ", "
                    + String.format(java.util.Locale.ROOT, "%,d", l.content().length) + " bytes)").orElse(""));
            out.flush();
        }
        return 0;
    }

    /** region.CLOUD settings for regions named by id, each cloud found from the catalog. */
    static Map<String, String> regionSettings(List<String> regions) {
        CatalogContent catalog = CatalogFiles.readShipped();
        Map<String, String> m = new LinkedHashMap<>();
        for (String r : regions) {
            String id = r.trim();
            Region region = catalog.regions.stream().filter(x -> x.id().equalsIgnoreCase(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no cloud has a region '" + id
                            + "' in the catalog; see mhub catalog show"));
            m.put("region." + region.cloud().id(), region.id());
        }
        return m;
    }

    private static void requireRegion(CatalogContent catalog, Cloud cloud, String id) {
        if (catalog.regions.stream().noneMatch(r -> r.cloud() == cloud && r.id().equals(id))) {
            throw new IllegalArgumentException("the catalog has no " + cloud.label() + " region '" + id
                    + "'; see mhub catalog show");
        }
    }
}
