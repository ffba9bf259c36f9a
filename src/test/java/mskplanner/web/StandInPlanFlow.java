package mskplanner.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import mskplanner.api.Json;
import mskplanner.engine.InvalidInputException;
import mskplanner.web.page.plan.PlanFlow;

/**
 * Stands in for the plan API until the sizing engine is merged: answers every valid request with the recorded answer
 * for the default workload, and rejects what the API rejects first (non-numbers, a peak below its average).
 */
final class StandInPlanFlow implements PlanFlow {
    static final StandInPlanFlow INSTANCE = new StandInPlanFlow();

    private final JsonNode answer;

    private StandInPlanFlow() {
        try (InputStream in = StandInPlanFlow.class.getResourceAsStream("/plan/answer-default-workload.json")) {
            answer = Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public JsonNode plan(ObjectNode request) {
        request.fields().forEachRemaining(e -> {
            if (e.getValue().isTextual() && !e.getKey().equals("region") && !e.getKey().equals("preset")) {
                throw new InvalidInputException(e.getKey(), e.getValue().asText(), "a number");
            }
        });
        if (request.has("avgIngressMBps") && request.has("peakIngressMBps")
                && request.get("peakIngressMBps").asDouble() < request.get("avgIngressMBps").asDouble()) {
            throw new InvalidInputException("peakIngressMBps", request.get("peakIngressMBps").asDouble(),
                    "at least avgIngressMBps (" + request.get("avgIngressMBps").asDouble() + ")");
        }
        return answer;
    }
}
