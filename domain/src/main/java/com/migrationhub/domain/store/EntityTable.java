package com.migrationhub.domain.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Maps a model class to its table through a list of {@link Binding}s, and renders the SQL to
 * insert and read it once, so bulk imports can run plain JDBC batches over typed, generated
 * names.
 */
final class EntityTable<E> {
    private final Table<?> table;
    private final List<Binding<E>> bindings;
    private final Supplier<E> factory;

    EntityTable(Table<?> table, Supplier<E> factory, List<Binding<E>> bindings) {
        this.table = table;
        this.factory = factory;
        this.bindings = List.copyOf(bindings);
    }

    List<Binding<E>> bindings() {
        return bindings;
    }

    List<Field<?>> fields() {
        List<Field<?>> f = new ArrayList<>();
        for (Binding<E> b : bindings) {
            f.add(b.field());
        }
        return f;
    }

    /** INSERT of the bound columns followed by {@code extra} columns, with ? placeholders. */
    String insertSql(DSLContext dsl, List<Field<?>> extra) {
        List<Field<?>> all = fields();
        all.addAll(extra);
        Object[] nulls = new Object[all.size()];
        return dsl.insertInto(table).columns(all).values(nulls).getSQL();
    }

    /** Binds the entity's values from parameter 1 on; returns the next parameter index. */
    int bind(PreparedStatement ps, E entity) throws SQLException {
        int i = 1;
        for (Binding<E> b : bindings) {
            setParameter(ps, i++, b.get().apply(entity));
        }
        return i;
    }

    static void setParameter(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.NULL);
        } else if (v instanceof String s) {
            ps.setString(i, s);
        } else if (v instanceof Long l) {
            ps.setLong(i, l);
        } else if (v instanceof Integer n) {
            ps.setInt(i, n);
        } else if (v instanceof Double d) {
            ps.setDouble(i, d);
        } else if (v instanceof Boolean b) {
            ps.setBoolean(i, b);
        } else {
            ps.setObject(i, v);
        }
    }

    /** Reads the bound columns, found in the result set from column {@code first} on. */
    E read(ResultSet rs, int first) throws SQLException {
        E e = factory.get();
        int i = first;
        for (Binding<E> b : bindings) {
            Class<?> type = b.field().getType();
            Object v;
            if (type == Long.class) {
                long l = rs.getLong(i);
                v = rs.wasNull() ? null : l;
            } else if (type == Integer.class) {
                int n = rs.getInt(i);
                v = rs.wasNull() ? null : n;
            } else if (type == Double.class) {
                double d = rs.getDouble(i);
                v = rs.wasNull() ? null : d;
            } else if (type == Boolean.class) {
                boolean x = rs.getBoolean(i);
                v = rs.wasNull() ? null : x;
            } else if (type == String.class) {
                v = rs.getString(i);
            } else if (type == OffsetDateTime.class) {
                v = rs.getObject(i, OffsetDateTime.class);
            } else if (type == BigDecimal.class) {
                v = rs.getBigDecimal(i);
            } else {
                v = rs.getObject(i);
            }
            b.set().accept(e, v);
            i++;
        }
        return e;
    }
}
