package mskplanner.web.page;

import io.javalin.http.Context;
import java.util.Map;
import mskplanner.engine.price.PriceSheet;
import mskplanner.pricing.PricingData;

/** Server-rendered HTML pages. */
public final class PageController {
    private final PricingData pricing;

    public PageController(PricingData pricing) {
        this.pricing = pricing;
    }

    public void home(Context ctx) {
        PriceSheet sheet = pricing.sheet("us-east-1");
        ctx.render("index.jte", Map.of("page", new HomePage(pricing.regions(), sheet.source().publicationDate())));
    }
}
