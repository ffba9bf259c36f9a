package mskplanner.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.Map;

/** Renders precompiled jte templates (compiled by the jte Maven plugin, so a broken template fails the build). */
public final class JteRenderer implements FileRenderer {
    private final TemplateEngine engine;

    public JteRenderer() {
        this(TemplateEngine.createPrecompiled(ContentType.Html));
    }

    public JteRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    @Override
    @SuppressWarnings("unchecked")
    public String render(String filePath, Map<String, ?> model, Context ctx) {
        StringOutput out = new StringOutput();
        engine.render(filePath, (Map<String, Object>) model, out);
        return out.toString();
    }
}
