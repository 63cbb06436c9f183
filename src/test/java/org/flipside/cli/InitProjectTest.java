package org.flipside.cli;

import static org.flipside.testing.YamlAsJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;

/** {@code init} then {@code build}, as a new user would, from the files packaged with Flipside. */
class InitProjectTest {

    private static final String ORGANISATION = "Smith & \"Jones\": <script>alert(1)</script>";

    @TempDir Path dir;

    @Test
    void aNewProjectBuildsAsCreated() throws Exception {
        Path project = dir.resolve("new scheme");
        CommandOutput init = CommandOutput.run("init", project.toString(), "--yes", "--organisation", ORGANISATION,
                "--start", "2027-03-01", "--colour", "#0B6E4F");
        assertEquals(ExitCode.OK, init.exitCode(), init.err());
        assertTrue(init.out().startsWith("Created a new scheme in " + project.toAbsolutePath().normalize() + ":\n"), init.out());
        assertTrue(Files.isRegularFile(project.resolve("themes/default/templates/layout.ftl")), "the theme is copied");
        assertEquals(Files.readString(Path.of("scheme.schema.json")), Files.readString(project.resolve("scheme.schema.json")));

        CommandOutput build = CommandOutput.run("build", project.resolve("scheme.yml").toString());
        assertEquals(ExitCode.OK, build.exitCode(), build.out() + build.err());
        assertEquals("", build.err(), "a new project builds without warnings");
        Document home = Jsoup.parse(project.resolve("output/index.html").toFile(), "UTF-8");
        assertEquals(ORGANISATION + " Reverse Mentoring", home.selectFirst("h1").text());
        assertTrue(home.select("script").stream().noneMatch(s -> s.data().contains("alert(1)")), "the name is text, never markup");
        assertTrue(Files.exists(project.resolve("output/welcome.html")));
        assertTrue(Files.exists(project.resolve("output/faq.html")));
    }

    @Test
    void theGeneratedSchemeValidatesAgainstItsSchema() throws Exception {
        CommandOutput init = CommandOutput.run("init", dir.toString(), "--yes", "--organisation", ORGANISATION);
        assertEquals(ExitCode.OK, init.exitCode(), init.err());
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(Files.readString(dir.resolve("scheme.schema.json")), InputFormat.JSON);
        Node root;
        try (Reader reader = Files.newBufferedReader(dir.resolve("scheme.yml"), StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        }
        assertEquals(List.of(), schema.validate(json(root)).stream().map(Object::toString).toList());
    }
}
