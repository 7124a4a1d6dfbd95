package com.migrationhub.app.ui.inventory;

import java.util.List;

/**
 * Everything known about one server, ready for the detail pane: its attributes in sections, each
 * with its value as shown, where it came from (file, sheet, row; or the user's edit), and, where
 * the user may change it, the field name {@code mhub inventory edit --set} takes and the text an
 * editor starts from.
 *
 * @param source  the row the server was read from, as {@code mhub inventory show} says it
 * @param alsoFrom the other rows that contributed values
 */
public record ServerDetail(long id, String name, boolean deleted, boolean template, String source,
                           List<String> alsoFrom, List<Section> sections) {

    /** A titled group of attributes; {@code tags} is the section where tags are added. */
    public record Section(String id, String title, List<Attribute> attributes, boolean tags) {
    }

    /**
     * One attribute. {@code field} is null when it cannot be edited here (a disk, a statistic);
     * {@code choices} is empty for free text.
     */
    public record Attribute(String label, String value, String source, boolean edited, String field,
                            String editText, List<Choice> choices) {

        public boolean editable() {
            return field != null;
        }

        /** Whether the value is unknown (shown muted, as a dash). */
        public boolean empty() {
            return value == null || value.isBlank();
        }
    }

    /** A value an editor offers: what is stored, and what the user reads. */
    public record Choice(String value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }
}
