package com.migrationhub.app.ui.inventory;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The columns the inventory table can show: what each shows, how it sorts (numbers as numbers,
 * text without regard to case, unknown values first when ascending), and whether it is shown
 * before the user chooses. The ids are kept in the user's settings: do not rename them.
 */
public enum InventoryColumn {
    NAME("name", Type.TEXT, true, 200, ServerRow::name),
    HOST_NAME("hostName", Type.TEXT, false, 180, ServerRow::hostName),
    IPS("ips", Type.TEXT, true, 150, ServerRow::ips),
    POWER("power", Type.POWER, true, 90, ServerRow::power),
    OS("os", Type.TEXT, true, 190, ServerRow::os),
    OS_FAMILY("osFamily", Type.OS_FAMILY, false, 90, ServerRow::osFamily),
    VCPUS("vcpus", Type.COUNT, true, 70, r -> r.vcpus() < 0 ? null : r.vcpus(), ServerRow::vcpus),
    MEMORY("memory", Type.GIB, true, 100, r -> mib(r.memoryMiB()), ServerRow::memoryMiB),
    PROVISIONED("provisioned", Type.GIB, true, 110, r -> mib(r.provisionedMiB()), ServerRow::provisionedMiB),
    IN_USE("inUse", Type.GIB, false, 100, r -> mib(r.inUseMiB()), ServerRow::inUseMiB),
    ENVIRONMENT("environment", Type.TEXT, true, 110, ServerRow::environment),
    APPLICATION("application", Type.TEXT, true, 150, ServerRow::application),
    OWNER("owner", Type.TEXT, false, 130, ServerRow::owner),
    DATACENTER("datacenter", Type.TEXT, false, 120, ServerRow::datacenter),
    CLUSTER("cluster", Type.TEXT, true, 120, ServerRow::cluster),
    HOST("host", Type.TEXT, false, 150, ServerRow::host),
    FOLDER("folder", Type.TEXT, false, 150, ServerRow::folder),
    KIND("kind", Type.KIND, false, 90, ServerRow::kind),
    TEMPLATE("template", Type.FLAG, false, 80, ServerRow::template),
    SOURCE("source", Type.SOURCE, false, 220, ServerRow::sourceFile),
    ID("id", Type.COUNT, false, 70, ServerRow::id, ServerRow::id);

    /** How a column's values look and sort. */
    public enum Type { TEXT, COUNT, GIB, POWER, OS_FAMILY, KIND, FLAG, SOURCE }

    private final String id;
    private final Type type;
    private final boolean shownByDefault;
    private final double width;
    private final Function<ServerRow, Object> value;
    private final Comparator<ServerRow> comparator;

    @SuppressWarnings("unchecked")
    InventoryColumn(String id, Type type, boolean shownByDefault, double width, Function<ServerRow, ?> value) {
        this.id = id;
        this.type = type;
        this.shownByDefault = shownByDefault;
        this.width = width;
        this.value = (Function<ServerRow, Object>) value;
        if (type == Type.FLAG) {
            this.comparator = Comparator.comparing(r -> (Boolean) this.value.apply(r));
        } else if (type == Type.SOURCE) {
            this.comparator = Comparator.comparing((ServerRow r) -> lower(r.sourceFile()))
                    .thenComparing(r -> lower(r.sourceSheet())).thenComparingLong(ServerRow::sourceRow);
        } else if (type == Type.TEXT) {
            this.comparator = (a, b) -> compareText((String) this.value.apply(a), (String) this.value.apply(b));
        } else {
            this.comparator = (a, b) -> {
                Object x = this.value.apply(a);
                Object y = this.value.apply(b);
                return Integer.compare(x == null ? -1 : ((Enum<?>) x).ordinal(), y == null ? -1 : ((Enum<?>) y).ordinal());
            };
        }
    }

    @SuppressWarnings("unchecked")
    InventoryColumn(String id, Type type, boolean shownByDefault, double width, Function<ServerRow, ?> value,
            ToLongFunction<ServerRow> number) {
        this.id = id;
        this.type = type;
        this.shownByDefault = shownByDefault;
        this.width = width;
        this.value = (Function<ServerRow, Object>) value;
        this.comparator = Comparator.comparingLong(number);
    }

    private static Long mib(long v) {
        return v < 0 ? null : v;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    /** Case-insensitive; missing values before every text. */
    static int compareText(String a, String b) {
        if (a == null || a.isEmpty()) {
            return b == null || b.isEmpty() ? 0 : -1;
        }
        if (b == null || b.isEmpty()) {
            return 1;
        }
        return String.CASE_INSENSITIVE_ORDER.compare(a, b);
    }

    /** The id kept in the user's settings. */
    public String id() {
        return id;
    }

    /** The key of the column's title. */
    public String titleKey() {
        return "inventory.column." + id;
    }

    public Type type() {
        return type;
    }

    public boolean shownByDefault() {
        return shownByDefault;
    }

    public double width() {
        return width;
    }

    /**
     * The cell's value: a String, an Integer (vCPUs), a Long (MiB, or the id), an enum
     * ({@code PowerState}, {@code OsFamily}, {@code ServerKind}), a Boolean, or null when unknown;
     * the source column gives the row itself.
     */
    public Object value(ServerRow row) {
        return type == Type.SOURCE ? row : value.apply(row);
    }

    /** Ascending order of the column's values. */
    public Comparator<ServerRow> comparator() {
        return comparator;
    }

    /** The column with settings id {@code id}, or null. */
    public static InventoryColumn byId(String id) {
        for (InventoryColumn c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        return null;
    }
}
