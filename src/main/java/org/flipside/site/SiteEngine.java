package org.flipside.site;

import java.util.Set;
import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * Which content store JBake's {@code Oven} bakes with. Both use the same crawler, Markdown engine, templates
 * and renderer, so they produce the same pages; they differ only in where documents are kept between crawling
 * and rendering.
 */
public enum SiteEngine {

    /** Documents in plain collections ({@link MemoryContentStore}): no database starts. The default. */
    FAST {
        @Override
        ContentStore store(JBakeConfiguration config) {
            return new MemoryContentStore();
        }

        /** The downloads page shows the packs' sizes: rendered last, so the packs can be written meanwhile. */
        @Override
        Oven oven(Utensils utensils) {
            return new FastOven(utensils, Set.of("downloads"));
        }
    },

    /** JBake as it ships: documents in an in-memory OrientDB database. Kept for the side-by-side benchmark. */
    STOCK {
        @Override
        ContentStore store(JBakeConfiguration config) {
            // OrientDB warns on every start that the in-memory database has the default password.
            if (System.getProperty("org.slf4j.simpleLogger.log.com.orientechnologies") == null) {
                System.setProperty("org.slf4j.simpleLogger.log.com.orientechnologies", "error");
            }
            return new ContentStore("memory", "flipside-" + System.nanoTime());
        }
    };

    abstract ContentStore store(JBakeConfiguration config);

    /** JBake's own {@code Oven}; {@link #FAST} bakes with {@link FastOven}, which needs no database. */
    Oven oven(Utensils utensils) {
        return new Oven(utensils);
    }

    /** JBake's utensils around {@code store}: its crawler and asset copier, its renderer driving {@code templates}. */
    static Utensils utensils(JBakeConfiguration config, ContentStore store, SafeTemplateEngine templates) {
        Utensils u = new Utensils();
        u.setConfiguration(config);
        u.setContentStore(store);
        u.setCrawler(new Crawler(store, config));
        u.setRenderer(new Renderer(store, config, templates));
        u.setAsset(new Asset(config));
        return u;
    }
}
