package mskplanner.web.page;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import mskplanner.pricing.PricingData;

/** The pages without a form: the start page sends visitors to the planner; the API guide. */
public final class PageController {
    private final PricingData pricing;
    private final PageFrames frames;

    public PageController(PricingData pricing, PageFrames frames) {
        this.pricing = pricing;
        this.frames = frames;
    }

    public void home(Context ctx) {
        ctx.redirect(Nav.PLAN.path());
    }

    public void api(Context ctx) {
        PageFrame frame = frames.frame("JSON API", Nav.API, ctx.queryParam("region"), List.of());
        ctx.render("api.jte", Map.of("page", new ApiPage(frame, Origin.of(ctx), pricing.regions())));
    }
}
