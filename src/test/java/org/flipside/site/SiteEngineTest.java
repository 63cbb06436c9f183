package org.flipside.site;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast path (documents kept in memory) bakes exactly what stock JBake (OrientDB) bakes. */
class SiteEngineTest {

    @Test
    void fastAndStockContentStoresBakeByteIdenticalSites(@TempDir Path dir) throws Exception {
        var plan = TestPlans.plan("x");
        int fast = SiteBuilder.build(plan, dir, SiteBuilderTest.THEME, dir.resolve("fast"), List.of(), SiteEngine.FAST);
        int stock = SiteBuilder.build(plan, dir, SiteBuilderTest.THEME, dir.resolve("stock"), List.of(), SiteEngine.STOCK);
        assertEquals(fast, stock);
        assertEquals(SiteBuilderTest.allFiles(dir.resolve("stock")), SiteBuilderTest.allFiles(dir.resolve("fast")));
    }
}
