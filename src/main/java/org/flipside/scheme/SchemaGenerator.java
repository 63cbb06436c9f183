package org.flipside.scheme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code scheme.schema.json} (JSON Schema draft-07, what the YAML language server supports best) from
 * {@link KeyTable}, so that editor autocompletion and hover help describe exactly the keys the loader
 * accepts. Regenerate after changing KeyTable:
 * {@code mvn -q compile && java -cp target/classes org.flipside.scheme.SchemaGenerator scheme.schema.json}
 *
 * <p>What JSON Schema cannot say, and only the loader checks: cross-references (objective → measure, rule →
 * question, milestone and event → phase, chapters → content files), placeholders, that safeguarding clauses
 * cannot be removed, real calendar dates beyond the YYYY-MM-DD shape (where the editor does not check
 * {@code format: date}), unique ids, phase overlaps, the logo file, and enum words in another case
 * ({@code a4} for {@code A4}), which the loader accepts.
 */
public final class SchemaGenerator {

    static final String COMMA_SPLIT_NOTE = "Left over from a `{...}` mapping whose text a comma split; the loader"
            + " joins it back to the text before it. Quote such text to be safe.";

    private SchemaGenerator() {}

    public static void main(String[] args) throws IOException {
        String json = generate();
        if (args.length == 0) {
            System.out.print(json);
        } else {
            Files.writeString(Path.of(args[0]), json, StandardCharsets.UTF_8);
        }
    }

    /** The schema as JSON text, two-space indented, ending with a line break. */
    public static String generate() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "http://json-schema.org/draft-07/schema#");
        schema.put("title", "Flipside scheme.yml");
        schema.putAll(shape(KeyTable.ROOT, null, false));
        StringBuilder out = new StringBuilder();
        write(schema, out, "");
        return out.append('\n').toString();
    }

    /** {@code listItem}: a mapping in a list, often written {@code {...}} on one line, where commas split text. */
    private static Map<String, Object> shape(Shape shape, String why, boolean listItem) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("description", shape.description() + (why == null ? "" : " Required: " + why + "."));
        if (shape instanceof Shape.MapOf m) {
            s.put("type", "object");
            if (m.anyKey() != null) {
                s.put("propertyNames", Map.of("pattern", "^" + Shape.ID.pattern() + "$"));
                s.put("additionalProperties", shape(m.anyKey(), null, false));
                return s;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            List<String> required = new ArrayList<>();
            for (Shape.Field f : m.fields()) {
                properties.put(f.name(), shape(f.shape(), f.why(), false));
                if (f.required()) required.add(f.name());
            }
            s.put("properties", properties);
            if (!required.isEmpty()) s.put("required", required);
            boolean holdsText = listItem && m.fields().stream()
                    .anyMatch(f -> f.shape() instanceof Shape.Scalar sc && sc.kind() == Shape.Kind.TEXT);
            if (holdsText) {
                Map<String, Object> leftover = new LinkedHashMap<>();
                leftover.put("type", "null");
                leftover.put("description", COMMA_SPLIT_NOTE);
                s.put("patternProperties", Map.of(" ", leftover));
            }
            s.put("additionalProperties", false);
            if (!m.exactlyOneOf().isEmpty()) {
                s.put("oneOf", m.exactlyOneOf().stream().map(k -> Map.of("required", List.of(k))).toList());
            }
        } else if (shape instanceof Shape.ListOf l) {
            s.put("type", "array");
            s.put("items", shape(l.item(), null, true));
            if (l.minItems() > 0) s.put("minItems", l.minItems());
        } else {
            scalar((Shape.Scalar) shape, s);
        }
        return s;
    }

    private static void scalar(Shape.Scalar sc, Map<String, Object> s) {
        switch (sc.kind()) {
            // Unquoted numbers and true/false are text too where text is expected (`cohort: 2026`).
            case TEXT -> s.put("type", List.of("string", "number", "boolean"));
            case INTEGER -> integer(sc, s);
            case BOOLEAN -> s.put("type", "boolean");
            case DATE -> {
                s.put("type", "string");
                s.put("format", "date");
                s.put("pattern", "^\\d{4}-\\d{2}-\\d{2}$");
            }
            case ENUM -> s.put("enum", sc.values());
            case ID -> {
                s.put("type", "string");
                s.put("pattern", "^" + Shape.ID.pattern() + "$");
            }
            case COLOUR -> {
                s.put("type", "string");
                s.put("pattern", "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$");
            }
            case URL -> {
                s.put("type", "string");
                s.put("format", "uri");
                s.put("pattern", "^" + ScalarReader.URL.pattern() + "$");
            }
            case LANGUAGE -> {
                s.put("type", "string");
                s.put("pattern", "^" + ScalarReader.LANGUAGE.pattern() + "$");
            }
            case EMAIL -> {
                s.put("type", "string");
                s.put("pattern", "^" + ScalarReader.EMAIL.pattern() + "$");
            }
            case WEEKS -> {
                Map<String, Object> single = new LinkedHashMap<>();
                integer(sc, single);
                Map<String, Object> range = new LinkedHashMap<>();
                range.put("type", "array");
                range.put("items", single);
                range.put("minItems", 2);
                range.put("maxItems", 2);
                s.put("oneOf", List.of(single, range));
            }
        }
    }

    private static void integer(Shape.Scalar sc, Map<String, Object> s) {
        s.put("type", "integer");
        if (sc.min() != null) s.put("minimum", sc.min());
        if (sc.max() != null) s.put("maximum", sc.max());
    }

    // --- a small JSON writer: ordered, deterministic, no dependency ----------------------------------

    private static void write(Object value, StringBuilder out, String indent) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            String inner = indent + "  ";
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(inner);
                string(e.getKey().toString(), out);
                out.append(": ");
                write(e.getValue(), out, inner);
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (value instanceof List<?> list) {
            boolean simple = list.stream().noneMatch(v -> v instanceof Map || v instanceof List);
            if (simple) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) out.append(", ");
                    write(list.get(i), out, indent);
                }
                out.append(']');
                return;
            }
            out.append("[\n");
            String inner = indent + "  ";
            for (int i = 0; i < list.size(); i++) {
                out.append(inner);
                write(list.get(i), out, inner);
                out.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else if (value instanceof String s) {
            string(s, out);
        } else {
            out.append(value);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }
}
