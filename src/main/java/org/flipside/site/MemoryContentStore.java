package org.flipside.site;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.model.ModelAttributes;

/**
 * JBake's {@link ContentStore} kept in plain collections, so that a bake starts no OrientDB database
 * (which costs seconds per build). Queries keep JBake's semantics: lists come newest first
 * ({@code order by date desc}), ties broken by source URI so that the order never depends on the file system.
 *
 * <p>JBake's {@code Oven.bake()} calls the final {@code updateSchema()}, which asks the session for its
 * schema; {@link #startup()} installs an inert session whose schema already "has" every class, so the Oven
 * flow runs unchanged without a database behind it.
 */
final class MemoryContentStore extends ContentStore {

    private static final Comparator<DocumentModel> NEWEST_FIRST = Comparator
            .comparing((DocumentModel d) -> d.getDate() == null ? new Date(0) : d.getDate()).reversed()
            .thenComparing(d -> String.valueOf(d.getSourceuri()));

    private final Map<String, DocumentModel> bySourceUri = new LinkedHashMap<>();

    MemoryContentStore() {
        super("memory", "flipside");
    }

    @Override
    public void startup() {
        installInertSession();
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        // Nothing is cached between builds: every bake starts empty.
    }

    @Override
    public void close() {
        // Nothing to close: no database was opened.
    }

    @Override
    public void shutdown() {
        bySourceUri.clear();
    }

    @Override
    public void drop() {
        bySourceUri.clear();
    }

    @Override
    public boolean isActive() {
        return true;
    }

    @Override
    public void addDocument(DocumentModel document) {
        bySourceUri.put(document.getSourceuri(), document);
    }

    @Override
    public void deleteContent(String uri) {
        bySourceUri.remove(uri);
    }

    @Override
    public void deleteAllByDocType(String docType) {
        bySourceUri.values().removeIf(d -> docType.equals(d.getType()));
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        DocumentModel stored = bySourceUri.get(document.getSourceuri());
        if (stored != null && Boolean.TRUE.equals(stored.getCached())) stored.setRendered(true);
    }

    @Override
    public long getDocumentCount(String docType) {
        return bySourceUri.values().stream().filter(d -> docType.equals(d.getType())).count();
    }

    @Override
    public long getPublishedCount(String docType) {
        return select(d -> docType.equals(d.getType()) && isPublished(d)).size();
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        // A lookup, not a scan: JBake's crawler asks for every file it reads.
        DocumentList<DocumentModel> found = new DocumentList<>();
        DocumentModel d = bySourceUri.get(uri);
        if (d != null) found.add(d);
        return found;
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return getDocumentByUri(uri);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return page(getPublishedContent("post"), applyPaging);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return select(d -> "post".equals(d.getType()) && isPublished(d) && hasTag(d, tag));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        DocumentList<DocumentModel> found = new DocumentList<>();
        for (String type : DocumentTypes.getDocumentTypes()) {
            found.addAll(select(d -> type.equals(d.getType()) && isPublished(d) && hasTag(d, tag)));
        }
        return found;
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return select(d -> docType.equals(d.getType()) && isPublished(d));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return select(d -> docType.equals(d.getType()));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return page(getAllContent(docType), applyPaging);
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return select(d -> !Boolean.TRUE.equals(d.getRendered()));
    }

    @Override
    public Set<String> getTags() {
        return tagsOf(select(d -> "post".equals(d.getType()) && isPublished(d)));
    }

    @Override
    public Set<String> getAllTags() {
        return tagsOf(select(MemoryContentStore::isPublished));
    }

    private DocumentList<DocumentModel> select(Predicate<DocumentModel> filter) {
        List<DocumentModel> found = new ArrayList<>();
        for (DocumentModel d : bySourceUri.values()) {
            if (filter.test(d)) found.add(d);
        }
        found.sort(NEWEST_FIRST);
        DocumentList<DocumentModel> list = new DocumentList<>();
        list.addAll(found);
        return list;
    }

    private DocumentList<DocumentModel> page(DocumentList<DocumentModel> all, boolean applyPaging) {
        if (!applyPaging || getStart() < 0 || getLimit() < 0) return all;
        DocumentList<DocumentModel> slice = new DocumentList<>();
        all.stream().skip(getStart()).limit(getLimit()).forEach(slice::add);
        return slice;
    }

    private static boolean isPublished(DocumentModel d) {
        return ModelAttributes.Status.PUBLISHED.equals(d.getStatus());
    }

    private static boolean hasTag(DocumentModel d, String tag) {
        String[] tags = d.getTags();
        if (tags == null) return false;
        for (String t : tags) if (t.equals(tag)) return true;
        return false;
    }

    private static Set<String> tagsOf(List<DocumentModel> docs) {
        Set<String> tags = new TreeSet<>();
        for (DocumentModel d : docs) {
            String[] t = d.getTags();
            if (t != null) tags.addAll(List.of(t));
        }
        return tags;
    }

    /** Gives the superclass a session whose schema reports every class as present, so it never builds one. */
    private void installInertSession() {
        try {
            // Named by string: OrientDB is on the runtime class path only (JBake needs it), not the compile one.
            Object schema = inert("com.orientechnologies.orient.core.metadata.schema.OSchema",
                    (method, args) -> method.equals("existsClass") ? Boolean.TRUE : null);
            Object metadata = inert("com.orientechnologies.orient.core.metadata.OMetadata",
                    (method, args) -> method.equals("getSchema") ? schema : null);
            Object session = inert("com.orientechnologies.orient.core.db.ODatabaseSession",
                    (method, args) -> method.equals("getMetadata") ? metadata : null);
            Field db = ContentStore.class.getDeclaredField("db");
            db.setAccessible(true);
            db.set(this, session);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JBake's ContentStore changed: cannot run without a database", e);
        }
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static Object inert(String typeName, Answer answer) throws ClassNotFoundException {
        Class<?> type = Class.forName(typeName, false, ContentStore.class.getClassLoader());
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            Object result = answer.answer(method.getName(), args);
            if (result != null) return result;
            Class<?> r = method.getReturnType();
            if (r == boolean.class) return false;
            if (method.getName().equals("hashCode")) return System.identityHashCode(p);
            if (method.getName().equals("equals")) return p == args[0];
            if (r == int.class) return 0;
            if (r == long.class) return 0L;
            if (r == short.class) return (short) 0;
            if (r == byte.class) return (byte) 0;
            if (r == float.class) return 0f;
            if (r == double.class) return 0.0;
            if (r == char.class) return '\0';
            if (method.getName().equals("toString")) return "inert " + type.getSimpleName();
            return null;
        });
    }
}
