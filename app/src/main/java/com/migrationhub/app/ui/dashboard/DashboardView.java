package com.migrationhub.app.ui.dashboard;

import com.migrationhub.app.ui.AppContext;
import com.migrationhub.app.ui.View;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Not built yet: replaced by the real view. */
public final class DashboardView implements View {
    private final Label node = new Label("DashboardView");

    public DashboardView(AppContext context) {
        node.setId("dashboard-view");
    }

    @Override
    public String id() {
        return "dashboard";
    }

    @Override
    public Node node() {
        return node;
    }
}
