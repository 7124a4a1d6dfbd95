package com.migrationhub.app.ui.shell;

import com.migrationhub.app.ui.AppContext;
import com.migrationhub.app.ui.View;
import java.util.function.Function;
import org.kordamp.ikonli.Ikon;

/** A view in the navigation: its id, the key of its title, its icon, and how to build it (once, when first shown). */
public record ViewEntry(String id, String titleKey, Ikon icon, Function<AppContext, View> factory) {
}
