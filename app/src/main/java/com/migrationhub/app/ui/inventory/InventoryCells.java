package com.migrationhub.app.ui.inventory;

import com.migrationhub.app.ui.i18n.Messages;
import com.migrationhub.domain.model.PowerState;
import java.text.NumberFormat;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;
import javafx.scene.shape.Circle;

/**
 * The inventory table's cells: numbers right-aligned in the workbench's locale (vCPUs as whole
 * numbers, sizes in GiB with one decimal at most), power as a coloured dot and a word, enums in
 * the user's language, the source as {@code mhub inventory show} writes it.
 */
final class InventoryCells {
    private final Messages m;
    private final NumberFormat integer;
    private final NumberFormat gib;

    InventoryCells(Messages messages) {
        this.m = messages;
        integer = NumberFormat.getIntegerInstance(messages.locale());
        gib = NumberFormat.getNumberInstance(messages.locale());
        gib.setMinimumFractionDigits(0);
        gib.setMaximumFractionDigits(1);
    }

    /** A GiB figure from MiB, as the table shows it. */
    String gib(long mib) {
        return gib.format(mib / 1024.0);
    }

    Callback<TableColumn<ServerRow, Object>, TableCell<ServerRow, Object>> factory(InventoryColumn column) {
        return c -> new TableCell<>() {
            private final Circle dot = new Circle(4.5);

            {
                if (column.type() == InventoryColumn.Type.COUNT || column.type() == InventoryColumn.Type.GIB) {
                    setAlignment(Pos.CENTER_RIGHT);
                    getStyleClass().add("inventory-number");
                }
            }

            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(null);
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                switch (column.type()) {
                    case COUNT -> setText(integer.format(((Number) item).longValue()));
                    case GIB -> setText(gib(((Number) item).longValue()));
                    case POWER -> {
                        PowerState p = (PowerState) item;
                        setText(m.get("inventory.power." + p.name()));
                        dot.getStyleClass().setAll("inventory-power-" + p.name().toLowerCase(java.util.Locale.ROOT));
                        setGraphic(dot);
                    }
                    case OS_FAMILY -> setText(m.get("inventory.osFamily." + ((Enum<?>) item).name()));
                    case KIND -> setText(m.get("inventory.kind." + ((Enum<?>) item).name()));
                    case FLAG -> setText(Boolean.TRUE.equals(item) ? m.get("inventory.yes") : "");
                    case SOURCE -> {
                        ServerRow r = (ServerRow) item;
                        setText(ServerDetails.where(m, r.sourceFile(), r.sourceSheet(), r.sourceRow()));
                    }
                    default -> setText(item.toString());
                }
            }
        };
    }
}
