package com.migrationhub.domain.store;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jooq.Field;

/**
 * One column of an entity table: the typed jOOQ field, and how to get and set the value on the
 * model object. {@code name} is the model's field name, as the command line's {@code --set}
 * and the edit history use it.
 */
record Binding<E>(String name, Field<?> field, Function<E, Object> get, BiConsumer<E, Object> set) {

    @SuppressWarnings("unchecked")
    static <E, V> Binding<E> of(String name, Field<V> field, Function<E, V> get, BiConsumer<E, V> set) {
        return new Binding<>(name, field, (Function<E, Object>) get, (BiConsumer<E, Object>) set);
    }
}
