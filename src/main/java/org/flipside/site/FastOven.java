package org.flipside.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import org.apache.commons.lang3.LocaleUtils;
import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentTypes;
import org.jbake.render.DocumentsRenderer;
import org.jbake.render.RenderingTool;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import org.jbake.template.RenderingException;

/**
 * JBake's {@link Oven} flow, step for step (document types, crawl, render with every {@link RenderingTool},
 * copy assets), for a content store that is not a database ({@link MemoryContentStore}). Two steps differ:
 *
 * <ul>
 *   <li>{@code startup()} and {@code updateSchema()} are skipped: they open and shape an OrientDB database,
 *       and calling them loads OrientDB's classes even when nothing is opened.</li>
 *   <li>JBake's {@link DocumentsRenderer} is replaced by {@link LinearDocumentsRenderer}, which fetches each
 *       type's documents once instead of once per document (quadratic in the number of pages).</li>
 * </ul>
 */
final class FastOven extends Oven {

    // DocumentTypes keeps its listeners in a static set; one listener for every bake, not one more per bake.
    private static final ModelExtractorsDocumentTypeListener LISTENER = new ModelExtractorsDocumentTypeListener();

    private final Set<String> typesRenderedLast;
    private final List<Throwable> errors = new ArrayList<>();

    /**
     * @param typesRenderedLast document types rendered after all others (pages whose view waits for other work)
     */
    FastOven(Utensils utensils, Set<String> typesRenderedLast) {
        super(utensils);
        this.typesRenderedLast = typesRenderedLast;
    }

    @Override
    public void bake() {
        Utensils utensils = getUtensils();
        ContentStore store = utensils.getContentStore();
        JBakeConfiguration config = utensils.getConfiguration();
        Crawler crawler = utensils.getCrawler();
        Asset asset = utensils.getAsset();
        String locale = config.getJvmLocale();
        if (locale != null) Locale.setDefault(LocaleUtils.toLocale(locale));
        try {
            registerDocumentTypes(config);
            store.updateAndClearCacheIfNeeded(config.getClearCache(), config.getTemplateFolder());
            crawler.crawl();
            crawler.crawlDataFiles();
            for (RenderingTool tool : ServiceLoader.load(RenderingTool.class)) {
                if (tool instanceof DocumentsRenderer) tool = new LinearDocumentsRenderer(typesRenderedLast);
                try {
                    tool.render(utensils.getRenderer(), store, config);
                } catch (RenderingException e) {
                    errors.add(e);
                }
            }
            asset.copy();
            asset.copyAssetsFromContent(config.getContentFolder());
            errors.addAll(asset.getErrors());
        } finally {
            store.close();
            store.shutdown();
        }
    }

    private static void registerDocumentTypes(JBakeConfiguration config) {
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(LISTENER);
        for (String docType : config.getDocumentTypes()) DocumentTypes.addDocumentType(docType);
        DocumentTypes.addDocumentType(config.getDataFileDocType());
    }

    @Override
    public List<Throwable> getErrors() {
        return new ArrayList<>(errors);
    }
}
