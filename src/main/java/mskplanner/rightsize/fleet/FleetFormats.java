package mskplanner.rightsize.fleet;

import mskplanner.app.Json;
import mskplanner.rightsize.report.RightsizeFormat;

/** Renders a fleet report in one of the single report's formats. */
public final class FleetFormats {
    private FleetFormats() {
    }

    public static String render(FleetReport r, RightsizeFormat format) {
        return switch (format) {
            case html -> FleetHtml.render(r);
            case json -> json(r);
            default -> FleetMarkdown.render(r);
        };
    }

    private static String json(FleetReport r) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(FleetResponse.of(r)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("fleet report cannot be written as JSON", e);
        }
    }
}
