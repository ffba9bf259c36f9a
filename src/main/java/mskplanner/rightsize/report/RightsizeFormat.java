package mskplanner.rightsize.report;

import java.nio.file.Path;
import java.util.Locale;
import mskplanner.app.Json;
import mskplanner.rightsize.RightsizeMapping;
import mskplanner.engine.rightsize.RightsizeReport;

/** The formats of a right-sizing report. */
public enum RightsizeFormat {
    html, md, json;

    /** The format a file name suggests ({@code .html}, {@code .json}), Markdown otherwise. */
    public static RightsizeFormat forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return html;
        }
        return name.endsWith(".json") ? json : md;
    }

    public String render(RightsizeReport report) {
        return switch (this) {
            case html -> RightsizeHtml.render(report);
            case json -> json(report);
            default -> RightsizeMarkdown.render(report);
        };
    }

    private static String json(RightsizeReport report) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(RightsizeMapping.toResponse(report)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("report cannot be written as JSON", e);
        }
    }
}
