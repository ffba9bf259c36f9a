package mskplanner.web.page;

import mskplanner.app.plan.PlanQuery;
import mskplanner.app.plan.PlanRequest;

/** The plan page's link for a request: the fields it gives, as the page's (and the API's) query parameters. */
public final class PlanLink {
    public static final String PATH = "/plan";

    private PlanLink() {
    }

    public static String of(PlanRequest request) {
        String query = QueryString.of(PlanQuery.values(request));
        return query.isEmpty() ? PATH : PATH + "?" + query;
    }
}
