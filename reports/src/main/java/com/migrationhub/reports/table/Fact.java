package com.migrationhub.reports.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One line of a "topic, item, value" table: the summary's facts and the assumptions. */
record Fact(String topic, String item, Value value) {

    /** Facts collected in order under the current topic. */
    static final class Builder {
        private final List<Fact> facts = new ArrayList<>();
        private String topic = "";

        Builder topic(String name) {
            this.topic = name;
            return this;
        }

        Builder add(String item, Value value) {
            facts.add(new Fact(topic, item, value));
            return this;
        }

        Builder text(String item, String text) {
            return add(item, Value.text(text));
        }

        Builder count(String item, long count) {
            return add(item, new Value.Count(count));
        }

        /** Every entry of a label-to-servers map, in its order. */
        Builder counts(Map<String, Long> counts) {
            counts.forEach((label, n) -> count(label, n == null ? 0 : n));
            return this;
        }

        Table<Fact> table(String id, String title, String itemHeader) {
            return Table.listed(id, title, facts)
                    .text("Topic", Fact::topic)
                    .text(itemHeader, Fact::item)
                    .column("Value", Fact::value);
        }
    }
}
