package mskplanner.web.page.compare;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mskplanner.app.plan.PlanQuery;
import mskplanner.app.plan.PlanRequest;
import mskplanner.engine.InvalidInputException;

/**
 * One scenario as the compare page takes it: a plan query string ({@code avgIngressMBps=50&retentionHours=168}) or a
 * whole plan page link pasted from the address bar, whose part after {@code ?} is the query.
 */
final class ScenarioQuery {
    static final String ALLOWED = "a plan query such as avgIngressMBps=50&retentionHours=168, or a link to a plan page";

    private ScenarioQuery() {
    }

    /** The plan request of {@code typed}; a bad field is reported under its own name, a bad query under {@code input}. */
    static PlanRequest parse(String input, String typed) {
        return PlanQuery.parse(parameters(input, typed));
    }

    static Map<String, List<String>> parameters(String input, String typed) {
        String query = typed.strip();
        int start = query.indexOf('?');
        if (start >= 0) {
            query = query.substring(start + 1);
        }
        int fragment = query.indexOf('#');
        if (fragment >= 0) {
            query = query.substring(0, fragment);
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(input, typed, eq < 0 ? pair : pair.substring(0, eq)).strip();
            String value = eq < 0 ? "" : decode(input, typed, pair.substring(eq + 1));
            parameters.put(name, List.of(value));
        }
        if (parameters.isEmpty()) {
            throw new InvalidInputException(input, typed, ALLOWED);
        }
        return parameters;
    }

    private static String decode(String input, String typed, String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(input, typed, ALLOWED + " (a % must start an escape such as %20)");
        }
    }
}
