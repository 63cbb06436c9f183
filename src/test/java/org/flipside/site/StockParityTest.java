package org.flipside.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.flipside.pdf.PdfPacks;
import org.flipside.plan.Plan;
import org.flipside.plan.Planner;
import org.flipside.scheme.SchemeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast path (in-memory store, {@link FastOven}, linear renderer) writes exactly the bytes that JBake as it
 * ships writes (OrientDB store, JBake's {@code Oven} and {@code DocumentsRenderer}) for the example handbook.
 */
class StockParityTest {

    @TempDir Path work;

    @Test
    void fastPathWritesTheSameBytesAsStockJBake() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        LocalDate day = LocalDate.of(2026, 1, 12);
        Plan plan = Planner.plan(SchemeLoader.load(root.resolve("scheme.yml"), root, day), root, day);

        Map<String, byte[]> fast = bake(plan, root, SiteEngine.FAST);
        Map<String, byte[]> stock = bake(plan, root, SiteEngine.STOCK);

        assertTrue(fast.keySet().stream().filter(n -> n.endsWith(".html")).count() >= 20, fast.keySet().toString());
        assertEquals(stock.keySet(), fast.keySet());
        for (String name : stock.keySet()) {
            assertTrue(Arrays.equals(stock.get(name), fast.get(name)), name + " differs between the stock and fast paths");
        }
    }

    private Map<String, byte[]> bake(Plan plan, Path root, SiteEngine engine) throws Exception {
        Path out = work.resolve(engine.name().toLowerCase());
        var downloads = PdfPacks.write(plan, root, out.resolve("downloads")).downloads();
        SiteBuilder.build(plan, root, root.resolve("themes/default"), out, downloads, engine);
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) files.put(out.relativize(f).toString(), read(f));
        }
        return files;
    }

    private static byte[] read(Path f) throws IOException {
        return Files.readAllBytes(f);
    }
}
