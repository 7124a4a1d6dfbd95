package com.migrationhub.app.ui;

import javafx.scene.Node;

/**
 * One of the workbench's views as the shell sees it: its place in the navigation and its node.
 * A view binds to its view model and forwards events to it; it never calls a service.
 */
public interface View {
    /** Stable id: "dashboard", "import", "inventory", "assessment", "dependencies", "waves", "reports". */
    String id();

    Node node();

    /** Called when the view is shown; reload what changed since. */
    default void shown() {
    }

    /** Ctrl+F: focus the view's quick filter or search field, where it has one. */
    default void find() {
    }
}
