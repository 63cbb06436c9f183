package org.flipside.site;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import org.flipside.util.OutputFolder;
import org.jbake.app.ContentStore;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;

/**
 * Runs JBake's {@code Oven} over the handbook's pages. Each page becomes a JBake source file (a {@code key=value}
 * header naming its type, then its Markdown) in a private temporary project; the type picks the template in
 * {@code themes/default/templates}; the theme's {@code assets} are copied as they are.
 */
final class Bake {

    static {
        // JBake logs each failed page with a stack trace; Flipside reports the same failure once, with the
        // template's file and line. Set before any JBake class creates its logger; --verbose may set it first.
        if (System.getProperty("org.slf4j.simpleLogger.log.org.jbake") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.jbake", "off");
        }
        Engines.register("md", new FlexmarkEngine());
    }

    private Bake() {}

    /** Bakes {@code pages} into {@code outputDir}; returns every problem found (empty when all went well). */
    static List<Problem> run(SiteEngine engine, List<PageSpec> pages, SiteView site, Path themeDir, Path outputDir)
            throws IOException {
        Path source = Files.createTempDirectory("flipside-jbake-");
        try {
            writeProject(source, pages);
            DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(source.toFile(), outputDir.toFile(), (File) null, true);
            config.setTemplateFolder(themeDir.resolve("templates").toAbsolutePath().toFile());
            config.setAssetFolder(themeDir.resolve("assets").toAbsolutePath().toFile());

            ContentStore store = engine.store(config);
            SafeTemplateEngine templates = new SafeTemplateEngine(store, config, site);
            Oven oven = engine.oven(SiteEngine.utensils(config, store, templates));
            oven.bake();

            List<Problem> problems = new ArrayList<>(templates.problems());
            if (problems.isEmpty()) {
                for (Throwable error : oven.getErrors()) {
                    problems.add(Problem.error(Location.ofFile("themes/default"),
                            "the website could not be made: " + error.getMessage(),
                            "check the templates in themes/default/templates"));
                }
            }
            for (PageSpec p : pages) {
                if (!Files.isRegularFile(outputDir.resolve(p.uri())) && problems.isEmpty()) {
                    problems.add(Problem.error(Location.ofFile(p.sourceFile() != null ? p.sourceFile() : "scheme.yml"),
                            "the page `" + p.uri() + "` was not written", "run again with --verbose to see why"));
                }
            }
            return problems;
        } finally {
            OutputFolder.deleteTree(source);
        }
    }

    private static void writeProject(Path source, List<PageSpec> pages) throws IOException {
        Path content = Files.createDirectories(source.resolve("content"));
        Set<String> types = new TreeSet<>();
        for (PageSpec p : pages) {
            types.add(p.type());
            // The header says only what JBake needs; everything shown comes from the page's view. A blank line
            // after the separator keeps JBake from reading the header as the body when the Markdown is empty.
            String text = "type=" + p.type() + "\nstatus=published\n~~~~~~\n\n"
                    + (p.markdown() == null ? "" : p.markdown());
            Files.writeString(content.resolve(p.slug() + ".md"), text, StandardCharsets.UTF_8);
        }
        StringBuilder props = new StringBuilder();
        props.append("render.index=false\nrender.feed=false\nrender.archive=false\nrender.tags=false\n")
                .append("render.tagsindex=false\nrender.sitemap=false\nrender.error404=false\n")
                .append("default.status=published\ndefault.type=chapter\nasset.ignore=true\n")
                .append("img.path.update=false\nuri.noExtension=false\ndb.store=memory\n");
        for (String type : types) props.append("template.").append(type).append(".file=").append(type).append(".ftl\n");
        Files.writeString(source.resolve("jbake.properties"), props.toString(), StandardCharsets.UTF_8);
    }
}
