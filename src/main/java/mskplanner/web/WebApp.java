package mskplanner.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import mskplanner.api.Json;
import mskplanner.api.estimate.EstimateService;
import mskplanner.api.plan.PlanService;
import mskplanner.api.plan.batch.PlanBatch;
import mskplanner.pricing.PricingData;
import mskplanner.web.api.BreakEvenApi;
import mskplanner.web.api.CatalogApi;
import mskplanner.web.api.EstimateApi;
import mskplanner.web.api.PlanApi;
import mskplanner.web.api.PlanBatchApi;
import mskplanner.web.page.PageController;

/** Builds the (unstarted) web application: every route in one block. */
public final class WebApp {
    /** Requests larger than this are refused with 413: no legitimate plan or estimate comes close. */
    public static final long MAX_REQUEST_BYTES = 1_000_000;

    private WebApp() {
    }

    public static Javalin create(PricingData pricing) {
        EstimateApi estimateApi = new EstimateApi(new EstimateService(pricing));
        CatalogApi catalogApi = new CatalogApi(pricing);
        PlanService planService = new PlanService(pricing);
        PlanApi planApi = new PlanApi(planService);
        PlanBatchApi planBatchApi = new PlanBatchApi(new PlanBatch(planService));
        BreakEvenApi breakEvenApi = new BreakEvenApi(planService);
        PageController pages = new PageController(pricing);
        return Javalin.create(config -> {
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.fileRenderer(new JteRenderer());
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            ServerLimits.apply(config);
            ErrorMapping.register(config);
            config.routes.before(SecurityHeaders::apply);
            config.routes.before(RequestBodies::rejectDeclaredOversize);
            config.routes.get("/", pages::home);
            config.routes.get("/health", ctx -> ctx.result("ok"));
            config.routes.post("/api/v1/estimate", estimateApi::estimate);
            config.routes.post("/api/v1/plan", planApi::post);
            config.routes.get("/api/v1/plan", planApi::get);
            config.routes.post(PlanBatchApi.PATH, planBatchApi::post);
            config.routes.get("/api/v1/break-even", breakEvenApi::get);
            config.routes.get("/api/v1/prices", catalogApi::prices);
            config.routes.get("/api/v1/instance-types", catalogApi::instanceTypes);
        });
    }
}
