package mskplanner.web.page.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The plan API as the page uses it: a request in the API's JSON shape in, the API's JSON answer out. The page renders
 * exactly what the API answers, and bad input fails the same way (InvalidInputException or a Jackson error naming
 * the field).
 */
@FunctionalInterface
public interface PlanFlow {
    JsonNode plan(ObjectNode request) throws Exception;
}
