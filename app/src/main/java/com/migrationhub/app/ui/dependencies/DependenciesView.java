package com.migrationhub.app.ui.dependencies;

import com.migrationhub.app.ui.AppContext;
import com.migrationhub.app.ui.View;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Not built yet: replaced by the real view. */
public final class DependenciesView implements View {
    private final Label node = new Label("DependenciesView");

    public DependenciesView(AppContext context) {
        node.setId("dependencies-view");
    }

    @Override
    public String id() {
        return "dependencies";
    }

    @Override
    public Node node() {
        return node;
    }
}
