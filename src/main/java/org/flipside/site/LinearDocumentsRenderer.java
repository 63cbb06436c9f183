package org.flipside.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * JBake's {@code DocumentsRenderer} with the same output, in linear time: JBake asks the store for all
 * documents of a type once per document and searches that list for the document; this asks once per type and
 * keeps each document's position. Previous/next links follow JBake's rules exactly (newest first, skipping
 * documents that are not published), so both renderers write the same pages.
 */
final class LinearDocumentsRenderer implements RenderingTool {

    private final Set<String> typesRenderedLast;

    LinearDocumentsRenderer(Set<String> typesRenderedLast) {
        this.typesRenderedLast = typesRenderedLast;
    }

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        Map<String, Typed> byType = new HashMap<>();
        List<DocumentModel> order = new ArrayList<>();
        List<DocumentModel> last = new ArrayList<>();
        for (DocumentModel d : db.getUnrenderedContent()) (typesRenderedLast.contains(d.getType()) ? last : order).add(d);
        order.addAll(last);

        int rendered = 0;
        List<String> errors = new ArrayList<>();
        for (DocumentModel document : order) {
            try {
                Typed typed = byType.computeIfAbsent(document.getType(), t -> new Typed(db.getAllContent(t)));
                int i = typed.indexOf(document);
                document.setPreviousContent(typed.published(i, +1));
                document.setNextContent(typed.published(i, -1));
                renderer.render(document);
                db.markContentAsRendered(document);
                rendered++;
            } catch (Exception e) {
                errors.add(e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new RenderingException("Failed to render documents. Cause(s):\n" + String.join("\n", errors));
        }
        return rendered;
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, java.io.File destination, java.io.File templatesPath,
                      org.apache.commons.configuration2.CompositeConfiguration config) throws RenderingException {
        return render(renderer, db, null);
    }

    /** One type's documents, newest first, with each document's position found by its source address. */
    private static final class Typed {
        private final List<DocumentModel> list;
        private final Map<String, Integer> positions = new HashMap<>();

        Typed(DocumentList<DocumentModel> list) {
            this.list = list;
            for (int i = 0; i < list.size(); i++) positions.putIfAbsent(list.get(i).getSourceuri(), i);
        }

        int indexOf(DocumentModel d) {
            Integer i = positions.get(d.getSourceuri());
            return i == null ? -1 : i;
        }

        /** The nearest published document from {@code i} in direction {@code step}, as JBake's navigation copy. */
        DocumentModel published(int i, int step) {
            if (i < 0) return null;
            for (int j = i + step; j >= 0 && j < list.size(); j += step) {
                DocumentModel d = list.get(j);
                if (ModelAttributes.Status.PUBLISHED.equals(d.getStatus())) return navigation(d);
            }
            return null;
        }

        private static DocumentModel navigation(DocumentModel d) {
            DocumentModel nav = new DocumentModel();
            nav.setNoExtensionUri(d.getNoExtensionUri());
            nav.setUri(d.getUri());
            nav.setTitle(d.getTitle());
            return nav;
        }
    }
}
