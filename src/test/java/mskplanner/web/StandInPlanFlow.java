package mskplanner.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mskplanner.api.Json;
import mskplanner.engine.InvalidInputException;
import mskplanner.web.page.plan.PlanFlow;

/**
 * Stands in for the plan API until the sizing engine is merged: answers every valid request with the recorded answer
 * for the default workload, and rejects what the API rejects first (non-numbers, a peak below its average).
 */
final class StandInPlanFlow implements PlanFlow {
    static final StandInPlanFlow INSTANCE = new StandInPlanFlow();
    private static final Set<String> TEXT = Set.of("region", "preset", "rackAwareConsumers", "useMaxPartitions");

    private final JsonNode answer;

    private StandInPlanFlow() {
        try (InputStream in = StandInPlanFlow.class.getResourceAsStream("/plan/answer-default-workload.json")) {
            answer = Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public JsonNode plan(Map<String, List<String>> parameters) {
        parameters.forEach((name, values) -> {
            if (!TEXT.contains(name)) {
                number(name, values.get(0));
            }
        });
        if (parameters.containsKey("avgIngressMBps") && parameters.containsKey("peakIngressMBps")
                && number("peakIngressMBps", parameters.get("peakIngressMBps").get(0))
                < number("avgIngressMBps", parameters.get("avgIngressMBps").get(0))) {
            throw new InvalidInputException("peakIngressMBps", parameters.get("peakIngressMBps").get(0),
                    "at least avgIngressMBps (" + parameters.get("avgIngressMBps").get(0) + ")");
        }
        return answer;
    }

    private static double number(String name, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, value, "a number");
        }
    }
}
