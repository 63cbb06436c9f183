package org.flipside.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** A composed YAML tree as JSON, for checking scheme files against {@code scheme.schema.json} in tests. */
public final class YamlAsJson {

    private YamlAsJson() {}

    /** The YAML as an editor's language server sees it (YAML 1.2 core schema: dates stay text). */
    public static JsonNode json(Node node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof MappingNode map) {
            ObjectNode object = f.objectNode();
            for (NodeTuple t : map.getValue()) {
                object.set(((ScalarNode) t.getKeyNode()).getValue(), json(t.getValueNode()));
            }
            return object;
        }
        if (node instanceof SequenceNode seq) {
            ArrayNode array = f.arrayNode();
            seq.getValue().forEach(item -> array.add(json(item)));
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        String text = scalar.getValue();
        if (scalar.getTag().equals(Tag.NULL)) return f.nullNode();
        if (scalar.getTag().equals(Tag.INT) && text.matches("[-+]?\\d+")) return f.numberNode(Long.parseLong(text));
        if (scalar.getTag().equals(Tag.FLOAT) && text.matches("[-+]?\\d*\\.\\d+")) return f.numberNode(Double.parseDouble(text));
        String lower = text.toLowerCase(Locale.ROOT);
        if (scalar.getTag().equals(Tag.BOOL) && (lower.equals("true") || lower.equals("false"))) {
            return f.booleanNode(lower.equals("true"));
        }
        return f.textNode(text);
    }
}
