package org.flipside.scheme;

import static org.flipside.testing.YamlAsJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flipside.diagnostic.ProblemException;
import org.flipside.testing.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * scheme.schema.json is generated from KeyTable, the loader's own key table; these tests prove the committed
 * file is current and that schema and loader give the same verdict on every fixture. Where they differ by
 * design (rules JSON Schema cannot state), the table below says so.
 */
class SchemaAgreementTest {

    static final Path SCHEMA = Path.of("scheme.schema.json");
    static Schema schema;

    @BeforeAll
    static void readSchema() throws IOException {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(Files.readString(SCHEMA, StandardCharsets.UTF_8), InputFormat.JSON);
    }

    @Test
    void committedSchemaIsGeneratedFromTheKeyTable() throws IOException {
        assertEquals(SchemaGenerator.generate(), Files.readString(SCHEMA, StandardCharsets.UTF_8),
                "scheme.schema.json is out of date; regenerate it with:"
                        + " mvn -q compile && java -cp target/classes org.flipside.scheme.SchemaGenerator scheme.schema.json");
    }

    @Test
    void everyKeyHasADescription() {
        List<String> undescribed = new java.util.ArrayList<>();
        int keys = undescribedKeys(schema.getSchemaNode(), "", undescribed);
        assertEquals(List.of(), undescribed);
        assertTrue(keys > 150, keys + " keys");
    }

    private static int undescribedKeys(JsonNode node, String path, List<String> undescribed) {
        int keys = 0;
        if (node.has("properties")) {
            var fields = node.get("properties").fields();
            while (fields.hasNext()) {
                var field = fields.next();
                keys++;
                if (!field.getValue().path("description").isTextual()) undescribed.add(path + field.getKey());
                keys += undescribedKeys(field.getValue(), path + field.getKey() + ".", undescribed);
            }
        }
        if (node.has("items")) keys += undescribedKeys(node.get("items"), path + "[].", undescribed);
        if (node.path("additionalProperties").isObject()) {
            keys += undescribedKeys(node.get("additionalProperties"), path + "*.", undescribed);
        }
        return keys;
    }

    static Stream<Path> validFiles() throws IOException {
        try (Stream<Path> files = Files.list(Shared.fixture(""))) {
            return Stream.concat(files.filter(p -> p.toString().endsWith(".yml")).sorted().toList().stream(),
                    Stream.of(Path.of("scheme.yml").toAbsolutePath()));
        }
    }

    @ParameterizedTest
    @MethodSource("validFiles")
    void validFilesAreValidForBoth(Path file) throws ProblemException {
        SchemeLoader.load(file, file.getParent(), SchemeFiles.BUILD_DATE);
        assertEquals(List.of(), schemaErrors(file));
    }

    /**
     * {@code schemaRejects}: whether JSON Schema can state the broken rule. Cross-references, placeholders and
     * the safeguarding clauses are beyond it; the loader checks them (InvalidFixturesTest).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unknown-key.yml         | true  | additionalProperties: false
        bad-date.yml            | true  | format: date
        no-purpose.yml          | true  | required
        wrong-type.yml          | true  | type: integer
        flow-question.yml       | true  | the YAML does not parse, so no editor accepts it
        unknown-measure.yml     | false | a cross-reference
        removed-safeguard.yml   | false | depends on the clause's id
        unknown-placeholder.yml | false | placeholders live inside text
        """)
    void invalidFixturesAreRejectedByTheSchemaWhereItCanSayWhy(String name, boolean schemaRejects, String why) {
        Path file = Shared.fixture("invalid/" + name);
        assertThrows(ProblemException.class, () -> SchemeLoader.load(file, file.getParent(), SchemeFiles.BUILD_DATE));
        List<String> errors;
        try {
            errors = schemaErrors(file);
        } catch (ProblemException unparsable) {
            errors = List.of("does not parse: " + unparsable.getMessage());
        }
        assertEquals(schemaRejects, !errors.isEmpty(), why + ": " + errors);
    }

    private static List<String> schemaErrors(Path file) throws ProblemException {
        MappingNode root = YamlReader.read(file, file.getFileName().toString()).root();
        return schema.validate(json(root)).stream().map(Error::toString).toList();
    }
}
