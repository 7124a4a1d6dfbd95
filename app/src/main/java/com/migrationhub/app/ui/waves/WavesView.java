package com.migrationhub.app.ui.waves;

import com.migrationhub.app.ui.AppContext;
import com.migrationhub.app.ui.View;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Not built yet: replaced by the real view. */
public final class WavesView implements View {
    private final Label node = new Label("WavesView");

    public WavesView(AppContext context) {
        node.setId("waves-view");
    }

    @Override
    public String id() {
        return "waves";
    }

    @Override
    public Node node() {
        return node;
    }
}
