package com.migrationhub.app.ui.assessment;

import com.migrationhub.app.ui.AppContext;
import com.migrationhub.app.ui.View;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Not built yet: replaced by the real view. */
public final class AssessmentView implements View {
    private final Label node = new Label("AssessmentView");

    public AssessmentView(AppContext context) {
        node.setId("assessment-view");
    }

    @Override
    public String id() {
        return "assessment";
    }

    @Override
    public Node node() {
        return node;
    }
}
