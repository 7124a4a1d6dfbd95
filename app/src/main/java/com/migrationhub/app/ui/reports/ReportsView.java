package com.migrationhub.app.ui.reports;

import com.migrationhub.app.ui.AppContext;
import com.migrationhub.app.ui.View;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Not built yet: replaced by the real view. */
public final class ReportsView implements View {
    private final Label node = new Label("ReportsView");

    public ReportsView(AppContext context) {
        node.setId("reports-view");
    }

    @Override
    public String id() {
        return "reports";
    }

    @Override
    public Node node() {
        return node;
    }
}
