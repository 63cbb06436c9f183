package org.flipside.scheme;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.flipside.model.YamlEnum;

/**
 * The shape of one value in scheme.yml: what {@link KeyTable} is written in. The same shapes drive the
 * type checks in {@link ShapeChecker}, the required-key checks after the defaults are merged, and the JSON
 * Schema written by {@link SchemaGenerator} — one description of the keys, three uses.
 */
sealed interface Shape {

    /** Ids, and keys chosen by the user: lowercase letters, digits, {@code -} and {@code _}. */
    java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9_-]*");

    /** Shown as hover help in editors and used in messages; plain English. */
    String description();

    /** What a scalar may hold. Every scalar is read from its text, never from SnakeYAML's guessed type. */
    enum Kind {
        /** Free text; may hold {@code ${...}} placeholders. */
        TEXT,
        /** A whole number between {@code min} and {@code max}. */
        INTEGER,
        BOOLEAN,
        /** A real calendar date written {@code YYYY-MM-DD}. */
        DATE,
        /** One of {@code values}. */
        ENUM,
        /** Lowercase letters, digits and {@code -} or {@code _}. */
        ID,
        /** {@code #rgb} or {@code #rrggbb}; loaded as {@code #rrggbb}. */
        COLOUR,
        /** Whole weeks: {@code 10} or a range {@code [8, 12]}. */
        WEEKS,
        /** A web address starting {@code https://} or {@code http://} (never {@code javascript:} or a file). */
        URL,
        /** An email address. */
        EMAIL,
        /** A BCP 47 language tag such as {@code en-GB}. */
        LANGUAGE
    }

    /** A single value. {@code values} holds the allowed words of an ENUM; min/max bound an INTEGER. */
    record Scalar(Kind kind, String description, List<String> values, Integer min, Integer max) implements Shape {

        String expected() {
            return switch (kind) {
                case TEXT -> "text";
                case INTEGER -> "a whole number";
                case BOOLEAN -> "`true` or `false`";
                case DATE -> "a date written YYYY-MM-DD";
                case ENUM -> "one of " + ShapeText.backticked(values);
                case ID -> "an id of lowercase letters, digits and `-`";
                case COLOUR -> "a colour written \"#rrggbb\" or \"#rgb\"";
                case WEEKS -> "a whole number of weeks, or a range such as `[8, 12]`";
                case URL -> "a web address starting with https:// or http://";
                case EMAIL -> "an email address";
                case LANGUAGE -> "a language tag such as `en-GB`";
            };
        }
    }

    /** A list whose items all have the shape {@code item}; at least {@code minItems} of them. */
    record ListOf(Shape item, String description, int minItems) implements Shape {}

    /**
     * A mapping with the keys {@code fields}. {@code exactlyOneOf}, when not empty, names keys of which one
     * and only one must be written (a milestone has a {@code date} or an {@code after}). {@code anyKey}, when
     * not null, makes this a mapping whose keys the user chooses (ids), each value of that shape.
     */
    record MapOf(List<Field> fields, String description, List<String> exactlyOneOf, Shape anyKey)
            implements Shape {

        Field field(String name) {
            for (Field f : fields) if (f.name().equals(name)) return f;
            return null;
        }

        List<String> names() {
            return fields.stream().map(Field::name).toList();
        }
    }

    /**
     * One key of a mapping. {@code why}, when not null, explains a required key to people who leave it out.
     * Required keys are checked after the defaults are merged in, so a key the defaults supply is never
     * missing.
     */
    record Field(String name, boolean required, String why, Shape shape) {}

    // --- builders, so that KeyTable reads like the contract ------------------------------------------

    static Scalar text(String description) {
        return new Scalar(Kind.TEXT, description, List.of(), null, null);
    }

    static Scalar integer(String description, Integer min, Integer max) {
        return new Scalar(Kind.INTEGER, description, List.of(), min, max);
    }

    static Scalar bool(String description) {
        return new Scalar(Kind.BOOLEAN, description, List.of(), null, null);
    }

    static Scalar date(String description) {
        return new Scalar(Kind.DATE, description, List.of(), null, null);
    }

    static Scalar id(String description) {
        return new Scalar(Kind.ID, description, List.of(), null, null);
    }

    static Scalar colour(String description) {
        return new Scalar(Kind.COLOUR, description, List.of(), null, null);
    }

    static Scalar url(String description) {
        return new Scalar(Kind.URL, description, List.of(), null, null);
    }

    static Scalar language(String description) {
        return new Scalar(Kind.LANGUAGE, description, List.of(), null, null);
    }

    static Scalar email(String description) {
        return new Scalar(Kind.EMAIL, description, List.of(), null, null);
    }

    static Scalar weeks(String description) {
        return new Scalar(Kind.WEEKS, description, List.of(), 1, 520);
    }

    static Scalar oneOf(String description, String... values) {
        return new Scalar(Kind.ENUM, description, List.of(values), null, null);
    }

    static <E extends Enum<E> & YamlEnum> Scalar oneOf(String description, Class<E> type) {
        List<String> keys = Arrays.stream(type.getEnumConstants()).map(YamlEnum::key).toList();
        return new Scalar(Kind.ENUM, description, keys, null, null);
    }

    static ListOf list(String description, Shape item) {
        return new ListOf(item, description, 0);
    }

    static ListOf nonEmptyList(String description, Shape item) {
        return new ListOf(item, description, 1);
    }

    static ListOf textList(String description) {
        return new ListOf(text("One item."), description, 0);
    }

    static MapOf map(String description, Field... fields) {
        return new MapOf(List.of(fields), description, List.of(), null);
    }

    static MapOf mapWithOneOf(String description, List<String> exactlyOneOf, Field... fields) {
        return new MapOf(List.of(fields), description, exactlyOneOf, null);
    }

    static MapOf mapOfAnyKey(String description, Shape value) {
        return new MapOf(List.of(), description, List.of(), value);
    }

    static Field optional(String name, Shape shape) {
        return new Field(name, false, null, shape);
    }

    static Field required(String name, Shape shape) {
        return new Field(name, true, null, shape);
    }

    static Field required(String name, String why, Shape shape) {
        return new Field(name, true, why, shape);
    }

    /** Small text helpers shared by messages. */
    final class ShapeText {
        private ShapeText() {}

        static String backticked(List<String> words) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < words.size(); i++) {
                if (i > 0) out.append(i == words.size() - 1 ? " or " : ", ");
                out.append('`').append(words.get(i)).append('`');
            }
            return out.toString();
        }

        static String lower(String s) {
            return s.toLowerCase(Locale.ROOT);
        }
    }
}
