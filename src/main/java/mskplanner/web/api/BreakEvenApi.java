package mskplanner.web.api;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;
import mskplanner.app.plan.BreakEvenDto;
import mskplanner.app.plan.BreakEvenFormats;
import mskplanner.app.plan.PlanQuery;
import mskplanner.app.plan.PlanService;
import mskplanner.engine.InvalidInputException;

/**
 * {@code GET /api/v1/break-even?...}: the plan's query parameters in, the break-even sweep out (JSON, or CSV of the
 * curves; {@code crossovers=true} with CSV gives the crossovers instead).
 */
public final class BreakEvenApi {
    private static final String CROSSOVERS = "crossovers";

    private final PlanService service;

    public BreakEvenApi(PlanService service) {
        this.service = service;
    }

    public void get(Context ctx) throws Exception {
        boolean csv = Responses.wantsCsv(ctx);
        boolean crossovers = crossovers(ctx.queryParam(CROSSOVERS));
        BreakEvenDto breakEven = service.breakEven(PlanQuery.parse(ctx.queryParamMap(), Set.of(CROSSOVERS)));
        if (!csv) {
            Responses.json(ctx, breakEven);
        } else if (crossovers) {
            Responses.csv(ctx, BreakEvenFormats.crossoversCsv(breakEven), "crossovers.csv");
        } else {
            Responses.csv(ctx, BreakEvenFormats.curvesCsv(breakEven), "break-even.csv");
        }
    }

    private static boolean crossovers(String value) {
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException(CROSSOVERS, value, "true or false");
        };
    }
}
