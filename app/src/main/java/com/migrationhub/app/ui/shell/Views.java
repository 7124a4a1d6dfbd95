package com.migrationhub.app.ui.shell;

import com.migrationhub.app.ui.assessment.AssessmentView;
import com.migrationhub.app.ui.dashboard.DashboardView;
import com.migrationhub.app.ui.dependencies.DependenciesView;
import com.migrationhub.app.ui.importer.ImportView;
import com.migrationhub.app.ui.inventory.InventoryView;
import com.migrationhub.app.ui.reports.ReportsView;
import com.migrationhub.app.ui.waves.WavesView;
import java.util.List;
import org.kordamp.ikonli.feather.Feather;

/** The workbench's views, in the order of the navigation and of Ctrl+1 to Ctrl+7. */
public final class Views {
    private Views() {
    }

    public static List<ViewEntry> all() {
        return List.of(
                new ViewEntry("dashboard", "shell.view.dashboard", Feather.GRID, DashboardView::new),
                new ViewEntry("import", "shell.view.import", Feather.UPLOAD, ImportView::new),
                new ViewEntry("inventory", "shell.view.inventory", Feather.SERVER, InventoryView::new),
                new ViewEntry("assessment", "shell.view.assessment", Feather.CHECK_SQUARE, AssessmentView::new),
                new ViewEntry("dependencies", "shell.view.dependencies", Feather.SHARE_2, DependenciesView::new),
                new ViewEntry("waves", "shell.view.waves", Feather.LAYERS, WavesView::new),
                new ViewEntry("reports", "shell.view.reports", Feather.FILE_TEXT, ReportsView::new));
    }
}
