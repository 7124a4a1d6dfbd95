package com.migrationhub.app.ui.importer;

import com.migrationhub.app.ui.AppContext;
import com.migrationhub.app.ui.View;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Not built yet: replaced by the real view. */
public final class ImportView implements View {
    private final Label node = new Label("ImportView");

    public ImportView(AppContext context) {
        node.setId("importer-view");
    }

    @Override
    public String id() {
        return "importer";
    }

    @Override
    public Node node() {
        return node;
    }
}
