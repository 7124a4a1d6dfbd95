package com.migrationhub.domain.dependency.export;

import java.util.Objects;

/** A typed attribute value of a node or edge: text, whole number, real number or yes/no. */
public sealed interface AttributeValue {

    /** The kind of value, which decides how each format declares and writes it. */
    enum Type {
        STRING, INT, DOUBLE, BOOLEAN
    }

    Type type();

    /** The value as plain text: numbers in Java's locale-independent form, booleans as true/false. */
    String text();

    static AttributeValue of(String value) {
        return new Text(value);
    }

    static AttributeValue of(long value) {
        return new Int(value);
    }

    static AttributeValue of(double value) {
        return new Real(value);
    }

    static AttributeValue of(boolean value) {
        return new Bool(value);
    }

    record Text(String value) implements AttributeValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Type type() {
            return Type.STRING;
        }

        @Override
        public String text() {
            return value;
        }
    }

    /** A whole number; GraphML declares it as {@code long}. */
    record Int(long value) implements AttributeValue {
        @Override
        public Type type() {
            return Type.INT;
        }

        @Override
        public String text() {
            return Long.toString(value);
        }
    }

    record Real(double value) implements AttributeValue {
        @Override
        public Type type() {
            return Type.DOUBLE;
        }

        @Override
        public String text() {
            return Double.toString(value);
        }
    }

    record Bool(boolean value) implements AttributeValue {
        @Override
        public Type type() {
            return Type.BOOLEAN;
        }

        @Override
        public String text() {
            return Boolean.toString(value);
        }
    }
}
