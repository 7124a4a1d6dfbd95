package com.migrationhub.app.ui.importer;

import atlantafx.base.theme.Styles;
import com.migrationhub.app.ui.i18n.Messages;
import com.migrationhub.domain.inventory.ImportPreview;
import com.migrationhub.domain.inventory.ImportRun;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The cells of the table of files to import: status, format chooser, mapping chooser, remove. */
final class FileCells {
    private FileCells() {
    }

    /** The preview's state: an icon and one line (the problem, in full in the tooltip). */
    static final class StatusCell extends TableCell<PendingFile, PendingFile> {
        private final Messages messages;
        private final ImportTexts texts;
        private final ImportViewModel model;
        private final InvalidationListener refresh = o -> show();
        private PendingFile watched;

        StatusCell(ImportViewModel model, Messages messages, ImportTexts texts) {
            this.model = model;
            this.messages = messages;
            this.texts = texts;
            setContentDisplay(ContentDisplay.LEFT);
        }

        @Override
        protected void updateItem(PendingFile item, boolean empty) {
            super.updateItem(item, empty);
            if (watched != null) {
                watched.stateProperty().removeListener(refresh);
            }
            watched = empty ? null : item;
            if (watched != null) {
                watched.stateProperty().addListener(refresh);
            }
            show();
        }

        private void show() {
            getStyleClass().removeAll("danger-text", "warning-text", "text-muted");
            if (watched == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            ImportPreview p = watched.preview();
            switch (watched.state()) {
                case WAITING -> set(Feather.CLOCK, messages.get("importer.state.waiting"), "text-muted", null);
                case READING -> {
                    ProgressIndicator spin = new ProgressIndicator();
                    spin.setPrefSize(14, 14);
                    spin.setMaxSize(14, 14);
                    setGraphic(spin);
                    setText(messages.get("importer.state.reading"));
                    getStyleClass().add("text-muted");
                    setTooltip(null);
                }
                case CANCELLED -> set(Feather.SLASH, messages.get("importer.state.cancelled"), "text-muted", null);
                case PROBLEM -> set(Feather.ALERT_CIRCLE, p.problem(), "danger-text", p.problem());
                case READY -> {
                    String text = messages.get("importer.state.ready", texts.count(p.servers()));
                    ImportRun before = model.importedBefore(watched);
                    if (before != null) {
                        set(Feather.INFO, text + " " + messages.get("importer.state.importedBefore", before.id()),
                                "text-muted", messages.get("importer.preview.importedBefore", before.id(),
                                        texts.when(before)));
                        return;
                    }
                    if (p.skipped() + p.warnings() > 0) {
                        set(Feather.ALERT_TRIANGLE, text + " " + messages.get("importer.state.issues",
                                texts.count(p.skipped()), texts.count(p.warnings())), "warning-text", null);
                    } else {
                        set(Feather.CHECK_CIRCLE, text, null, null);
                    }
                }
                default -> set(null, "", null, null);
            }
        }

        private void set(Feather icon, String text, String style, String tip) {
            setGraphic(icon == null ? null : new FontIcon(icon));
            setText(text);
            if (style != null) {
                getStyleClass().add(style);
            }
            setTooltip(tip == null ? null : new Tooltip(tip));
        }
    }

    /** The format: detected (shown as "Detect: RVTools") or one the user forces. */
    static final class FormatCell extends TableCell<PendingFile, PendingFile> {
        private final ImportViewModel model;
        private final Messages messages;
        private final ComboBox<ImportViewModel.FormatChoice> combo = new ComboBox<>();
        private final InvalidationListener refresh = o -> show();
        private PendingFile watched;
        private boolean updating;

        FormatCell(ImportViewModel model, Messages messages) {
            this.model = model;
            this.messages = messages;
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.getStyleClass().add(Styles.SMALL);
            combo.setButtonCell(new ChoiceCell());
            combo.setCellFactory(l -> new ChoiceCell());
            combo.valueProperty().addListener((o, a, b) -> {
                if (!updating && watched != null) {
                    String id = b == null || b.id() == null ? null : b.id();
                    model.setFormat(watched, id);
                }
            });
            model.formats().addListener((ListChangeListener<ImportViewModel.FormatChoice>) c -> show());
            combo.disableProperty().bind(model.runningProperty());
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(PendingFile item, boolean empty) {
            super.updateItem(item, empty);
            if (watched != null) {
                watched.stateProperty().removeListener(refresh);
            }
            watched = empty ? null : item;
            if (watched != null) {
                watched.stateProperty().addListener(refresh);
            }
            show();
        }

        private void show() {
            if (watched == null) {
                setGraphic(null);
                return;
            }
            updating = true;
            try {
                ImportPreview p = watched.preview();
                String detected = p != null && p.detected() && p.format() != null ? model.formatName(p.format()) : null;
                ImportViewModel.FormatChoice auto = new ImportViewModel.FormatChoice(null, detected == null
                        ? messages.get("importer.format.auto") : messages.get("importer.format.detected", detected));
                combo.getItems().setAll(auto);
                combo.getItems().addAll(model.formats());
                String forced = watched.formatProperty().get();
                combo.setValue(forced == null ? auto : combo.getItems().stream().filter(c -> forced.equals(c.id()))
                        .findFirst().orElse(auto));
                combo.setId("importer-format-" + getIndex());
                if (watched.needsFormat()) {
                    combo.pseudoClassStateChanged(Styles.STATE_DANGER, true);
                } else {
                    combo.pseudoClassStateChanged(Styles.STATE_DANGER, false);
                }
            } finally {
                updating = false;
            }
            setGraphic(combo);
        }

        private static final class ChoiceCell extends ListCell<ImportViewModel.FormatChoice> {
            @Override
            protected void updateItem(ImportViewModel.FormatChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        }
    }

    /** A CSV's column mapping: the file's name, and a button to choose or drop it. */
    static final class MappingCell extends TableCell<PendingFile, PendingFile> {
        private final Messages messages;
        private final Button choose = new Button();
        private final InvalidationListener refresh = o -> show();
        private PendingFile watched;

        MappingCell(ImportViewModel model, Messages messages, Consumer<PendingFile> chooser) {
            this.messages = messages;
            choose.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            choose.setOnAction(e -> {
                if (watched != null) {
                    chooser.accept(watched);
                }
            });
            choose.disableProperty().bind(model.runningProperty());
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(PendingFile item, boolean empty) {
            super.updateItem(item, empty);
            if (watched != null) {
                watched.stateProperty().removeListener(refresh);
                watched.mappingProperty().removeListener(refresh);
            }
            watched = empty ? null : item;
            if (watched != null) {
                watched.stateProperty().addListener(refresh);
                watched.mappingProperty().addListener(refresh);
            }
            show();
        }

        private void show() {
            if (watched == null || !"csv".equals(watched.effectiveFormat())) {
                setGraphic(null);
                return;
            }
            Path mapping = watched.mappingProperty().get();
            choose.setText(mapping == null ? messages.get("importer.mapping.choose") : mapping.getFileName().toString());
            choose.setGraphic(new FontIcon(Feather.COLUMNS));
            choose.setTooltip(new Tooltip(mapping == null ? messages.get("importer.mapping.tip") : mapping.toString()));
            choose.setId("importer-mapping-" + getIndex());
            setGraphic(choose);
        }
    }

    /** A button that takes the file off the list. */
    static final class RemoveCell extends TableCell<PendingFile, PendingFile> {
        private final Button remove = new Button(null, new FontIcon(Feather.X));

        RemoveCell(ImportViewModel model, Messages messages) {
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            remove.setTooltip(new Tooltip(messages.get("importer.files.remove")));
            remove.setOnAction(e -> {
                if (getItem() != null) {
                    model.remove(getItem());
                }
            });
            remove.disableProperty().bind(model.runningProperty());
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(PendingFile item, boolean empty) {
            super.updateItem(item, empty);
            setGraphic(empty || item == null ? null : remove);
        }
    }
}
