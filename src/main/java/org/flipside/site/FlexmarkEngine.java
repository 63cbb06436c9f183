package org.flipside.site;

import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

/** JBake's Markdown engine, replaced (through {@code Engines.register("md", ...)}) by the handbook's {@link Markdown}. */
public final class FlexmarkEngine extends MarkupEngine {

    @Override
    public void processBody(ParserContext context) {
        context.setBody(Markdown.toHtml(context.getBody()));
    }
}
