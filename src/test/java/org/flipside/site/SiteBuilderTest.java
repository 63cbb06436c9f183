package org.flipside.site;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {

    static final Path THEME = Path.of("themes/default");

    @Test
    void bakesEveryPage(@TempDir Path dir) throws Exception {
        Path out = System.getProperty("site.out") != null ? Path.of(System.getProperty("site.out")) : dir.resolve("out");
        long t = System.nanoTime();
        int pages = SiteBuilder.build(TestPlans.plan("x"), dir, THEME, out, List.of());
        System.out.println("baked " + pages + " in " + (System.nanoTime() - t) / 1_000_000 + " ms");
        assertTrue(Files.exists(out.resolve("index.html")));
    }
}
