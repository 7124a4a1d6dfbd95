package com.migrationhub.app.ui.waves;

import com.migrationhub.app.ui.i18n.Messages;
import java.util.List;
import java.util.function.Predicate;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A move group's card in a wave's column: name, pinned marker, servers and vCPUs, environment and
 * applications, risk; stands out when a finding of the validation involves it. A card is dragged
 * to another wave with its picture under the pointer; the drag carries the group's name.
 */
final class GroupCardCell extends ListCell<GroupCard> {
    private static final int HIGH_RISK = 50;
    private static final int MEDIUM_RISK = 30;

    private final Messages messages;
    private final Predicate<GroupCard> highlighted;
    private final VBox card = new VBox(3);
    private final Label name = new Label();
    private final FontIcon pin = new FontIcon(Feather.MAP_PIN);
    private final Label risk = new Label();
    private final Label size = new Label();
    private final Label hints = new Label();
    private final Tooltip tooltip = new Tooltip();

    GroupCardCell(Messages messages, Predicate<GroupCard> highlighted) {
        this.messages = messages;
        this.highlighted = highlighted;
        getStyleClass().add("wave-card-cell");
        card.getStyleClass().add("wave-card");
        name.getStyleClass().add("wave-card-name");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        pin.getStyleClass().add("wave-card-pin");
        risk.getStyleClass().add("wave-card-risk");
        risk.setMinWidth(Region.USE_PREF_SIZE);
        size.getStyleClass().add("text-muted");
        hints.getStyleClass().addAll("text-muted", "wave-card-hints");
        hints.setWrapText(true);
        hints.setMinHeight(Region.USE_PREF_SIZE);
        HBox top = new HBox(6, pin, name, spacer(), risk);
        top.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        card.getChildren().addAll(top, size, hints);
        card.setMaxWidth(Double.MAX_VALUE);
        tooltip.setShowDelay(Duration.millis(500));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0);

        setOnDragDetected(e -> {
            GroupCard item = getItem();
            if (item == null || isEmpty()) {
                return;
            }
            Dragboard db = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(item.name());
            db.setContent(content);
            db.setDragView(card.snapshot(null, null), e.getX(), e.getY());
            e.consume();
        });
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.SOMETIMES);
        return r;
    }

    @Override
    protected void updateItem(GroupCard item, boolean empty) {
        super.updateItem(item, empty);
        card.getStyleClass().removeAll("wave-card-highlight", "wave-card-pinned");
        risk.getStyleClass().removeAll("risk-high", "risk-medium", "risk-low");
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            setId(null);
            return;
        }
        setId("waves-card-" + item.key().replaceAll("[^a-z0-9]+", "-"));
        name.setText(item.name());
        pin.setVisible(item.pinned());
        pin.setManaged(item.pinned());
        if (item.pinned()) {
            card.getStyleClass().add("wave-card-pinned");
        }
        if (highlighted.test(item)) {
            card.getStyleClass().add("wave-card-highlight");
        }
        if (item.risk() == null) {
            risk.setVisible(false);
            risk.setManaged(false);
        } else {
            risk.setVisible(true);
            risk.setManaged(true);
            risk.setText(messages.get("waves.card.risk", item.risk()));
            risk.getStyleClass().add(item.risk() >= HIGH_RISK ? "risk-high"
                    : item.risk() >= MEDIUM_RISK ? "risk-medium" : "risk-low");
        }
        size.setText(messages.get("waves.card.size", item.serverCount(), item.vcpus()));
        String env = item.environment() == null ? messages.get("waves.card.noEnvironment") : item.environment();
        List<String> apps = item.applications();
        String app = apps.isEmpty() ? messages.get("waves.card.noApplication")
                : apps.size() == 1 ? apps.get(0) : messages.get("waves.card.applications", apps.get(0), apps.size() - 1);
        hints.setText(messages.get("waves.card.hints", env, app));
        tooltip.setText(tooltipText(item));
        setTooltip(tooltip);
        setGraphic(card);
    }

    private String tooltipText(GroupCard item) {
        StringBuilder b = new StringBuilder(item.name());
        if (item.pinned()) {
            b.append('\n').append(messages.get("waves.card.pinnedTo", item.pinnedWave()));
        }
        List<String> servers = item.servers();
        b.append('\n').append(messages.get("waves.card.servers", String.join(", ", servers.subList(0, Math.min(12, servers.size())))
                + (servers.size() > 12 ? ", …" : "")));
        if (!item.dependsOn().isEmpty()) {
            b.append('\n').append(messages.get("waves.card.dependsOn", String.join(", ", item.dependsOn())));
        }
        if (item.reason() != null && !item.reason().isBlank()) {
            b.append('\n').append(item.reason());
        }
        return b.toString();
    }
}
