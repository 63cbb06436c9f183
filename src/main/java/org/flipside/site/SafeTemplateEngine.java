package org.flipside.site;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.flipside.diagnostic.Location;
import org.flipside.diagnostic.Problem;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * JBake's template engine, with Freemarker configured for untrusted text: HTML output format with
 * auto-escaping for every template, {@code ?new} able to create no class, {@code ?api} off, errors thrown
 * (never written into the page). Templates see {@code content} (JBake's document: {@code body} is the
 * chapter's Markdown as HTML), {@code page} (this page's view of the plan) and {@code site} (what every page
 * shows); JBake's database accessors ({@code db}, {@code data}) are not exposed.
 */
final class SafeTemplateEngine extends DelegatingTemplateEngine {

    private final Configuration freemarker;
    private final SiteView site;
    private final String templateFolderName;
    private final List<Problem> problems = new ArrayList<>();

    SafeTemplateEngine(ContentStore db, JBakeConfiguration config, SiteView site) {
        super(db, config);
        this.site = site;
        this.templateFolderName = "themes/" + config.getTemplateFolder().getParentFile().getName() + "/templates/";
        this.freemarker = TemplateConfigurations.hardened(config);
    }

    static Configuration hardened(JBakeConfiguration config) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        try {
            cfg.setDirectoryForTemplateLoading(config.getTemplateFolder());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the templates in " + config.getTemplateFolder(), e);
        }
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocale(Locale.UK);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setLocalizedLookup(false);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        return cfg;
    }

    /** Every template failure so far, with the template's file, line and column. */
    List<Problem> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        DocumentModel content = model.getContent();
        Map<String, Object> page = site.page(content.getUri(), content.getBody());
        if (page == null) throw new RenderingException("no page is planned for " + content.getUri());
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(Map.of("content", content, "page", page, "site", site.common()), writer);
        } catch (TemplateException e) {
            problems.add(Problem.error(new Location(templateFolderName + e.getTemplateSourceName(),
                            e.getLineNumber() == null ? 0 : e.getLineNumber(),
                            e.getColumnNumber() == null ? 0 : e.getColumnNumber()),
                    "the template failed while making `" + content.getUri() + "`: " + e.getMessageWithoutStackTop(),
                    "correct the template, or copy themes/default back from a fresh Flipside project"));
            throw new RenderingException(e);
        } catch (IOException e) {
            problems.add(Problem.error(Location.ofFile(templateFolderName + templateName),
                    "the template for `" + content.getUri() + "` could not be read: " + e.getMessage(),
                    "check that the template file exists and is valid"));
            throw new RenderingException(e);
        }
    }
}
