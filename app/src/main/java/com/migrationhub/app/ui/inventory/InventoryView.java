package com.migrationhub.app.ui.inventory;

import com.migrationhub.app.ui.AppContext;
import com.migrationhub.app.ui.View;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Not built yet: replaced by the real view. */
public final class InventoryView implements View {
    private final Label node = new Label("InventoryView");

    public InventoryView(AppContext context) {
        node.setId("inventory-view");
    }

    @Override
    public String id() {
        return "inventory";
    }

    @Override
    public Node node() {
        return node;
    }
}
