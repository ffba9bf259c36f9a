package mskplanner.web.page.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The plan API as the page uses it: the query parameters of {@code GET /api/v1/plan} in (the page's own query, so a
 * results URL and its API call are the same request), the API's JSON answer out. Bad input fails as in the API: an
 * InvalidInputException naming the field.
 */
@FunctionalInterface
public interface PlanFlow {
    JsonNode plan(Map<String, List<String>> parameters) throws Exception;
}
