package mskplanner.cli;

import com.fasterxml.jackson.databind.JsonNode;

/** Placeholder, replaced below. */
final class SummaryFigures {
    private SummaryFigures() {
    }

    static void assertHandComputed(JsonNode summary, JsonNode payments, JsonNode clicks) {
    }
}
