package com.migrationhub.app.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.migrationhub.app.ui.settings.UserSettings;
import javafx.application.Application;

/** Applies AtlantaFX's Primer theme, light or dark, and finds the workbench's own style sheet. */
public final class Themes {
    private Themes() {
    }

    /** Sets the theme for every window. {@code SYSTEM} asks the operating system (quickly). */
    public static void apply(UserSettings.Theme theme) {
        boolean dark = switch (theme) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> SystemTheme.prefersDark();
        };
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** The workbench's style sheet, on top of the theme. */
    public static String workbenchCss() {
        return Themes.class.getResource("/com/migrationhub/app/ui/workbench.css").toExternalForm();
    }
}
