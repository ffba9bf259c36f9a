package mskplanner.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.time.Duration;
import mskplanner.app.Json;
import mskplanner.app.estimate.EstimateService;
import mskplanner.app.plan.PlanService;
import mskplanner.app.plan.batch.PlanBatch;
import mskplanner.app.plan.compare.CompareService;
import mskplanner.pricing.PricingData;
import mskplanner.rightsize.RightsizeService;
import mskplanner.web.api.BreakEvenApi;
import mskplanner.web.api.CatalogApi;
import mskplanner.web.api.CompareApi;
import mskplanner.web.api.EstimateApi;
import mskplanner.web.api.OpenApiApi;
import mskplanner.web.api.OpenApiDocument;
import mskplanner.web.api.PlanApi;
import mskplanner.web.api.PlanBatchApi;
import mskplanner.web.api.RightsizeApi;
import mskplanner.web.page.ErrorPages;
import mskplanner.web.page.Origin;
import mskplanner.web.page.EstimateController;
import mskplanner.web.page.EstimateForm;
import mskplanner.web.page.PageController;
import mskplanner.web.page.PageFrames;
import mskplanner.web.page.PricingFreshness;
import mskplanner.web.page.compare.CompareController;
import mskplanner.web.page.plan.PlanController;
import mskplanner.web.page.rightsize.RightsizeController;

/** Builds the (unstarted) web application: every route in one block. */
public final class WebApp {
    /** Requests larger than this are refused with 413: no legitimate plan or estimate comes close. */
    public static final long MAX_REQUEST_BYTES = 1_000_000;
    /** A batch takes seconds to tens of seconds: a client told to retry sooner would only be refused again. */
    static final Duration BATCH_RETRY_AFTER = Duration.ofSeconds(10);

    private WebApp() {
    }

    public static Javalin create(PricingData pricing) {
        return create(pricing, Clock.systemUTC());
    }

    /** The app with "today" taken from {@code clock}, which dates the price snapshot on every page. */
    public static Javalin create(PricingData pricing, Clock clock) {
        return create(pricing, clock, LoadLimits.DEFAULTS);
    }

    /** The app with its overload and slow-client limits set (tests set them tiny to see them act). */
    public static Javalin create(PricingData pricing, Clock clock, LoadLimits limits) {
        return create(pricing, clock, limits, Forwarding.IGNORED);
    }

    /** Whether the proxy headers {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} name the address of links. */
    public enum Forwarding { IGNORED, TRUSTED }

    /** The app behind a reverse proxy whose forwarded headers are trusted, or not. */
    public static Javalin create(PricingData pricing, Clock clock, LoadLimits limits, Forwarding forwarding) {
        return create(pricing, clock, limits, forwarding, new PlanWorkers(limits));
    }

    /** The app whose plans run on {@code plans} (tests hold its workers busy with routes of their own). */
    static Javalin create(PricingData pricing, Clock clock, LoadLimits limits, Forwarding forwarding, PlanWorkers plans) {
        Admission batches = new Admission("batches", limits.maxConcurrentBatches(), BATCH_RETRY_AFTER);
        EstimateService estimateService = new EstimateService(pricing);
        EstimateForm estimateForm = new EstimateForm(pricing);
        EstimateApi estimateApi = new EstimateApi(estimateService, estimateForm);
        CatalogApi catalogApi = new CatalogApi(pricing);
        PlanService planService = new PlanService(pricing);
        PlanApi planApi = new PlanApi(planService);
        PlanBatchApi planBatchApi = new PlanBatchApi(new PlanBatch(planService));
        CompareService compareService = new CompareService(planService);
        CompareApi compareApi = new CompareApi(compareService);
        BreakEvenApi breakEvenApi = new BreakEvenApi(planService);
        RightsizeService rightsizeService = new RightsizeService(pricing);
        RightsizeApi rightsizeApi = new RightsizeApi(rightsizeService);
        OpenApiApi openApi = new OpenApiApi(pricing, estimateForm.inputNames());
        PageFrames frames = new PageFrames(pricing, new PricingFreshness(clock));
        PageController pages = new PageController(pricing, frames);
        EstimateController estimatePage = new EstimateController(pricing, estimateService, frames);
        PlanController planPage = new PlanController(pricing, frames, planService);
        CompareController comparePage = new CompareController(frames, planService, compareService);
        RightsizeController rightsizePage = new RightsizeController(frames, rightsizeService);
        return Javalin.create(config -> {
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jetty.multipartConfig.maxTotalRequestSize(RightsizeController.MAX_UPLOAD_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(RightsizeController.MAX_UPLOAD_BYTES, SizeUnit.BYTES);
            config.startup.showJavalinBanner = false;
            config.events.serverStopped(plans::stop);
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.fileRenderer(new JteRenderer());
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            ServerLimits.apply(config, limits);
            ErrorMapping.register(config, new ErrorPages(frames));
            config.routes.before(SecurityHeaders::apply);
            config.routes.before(RequestBodies::rejectDeclaredOversize);
            config.routes.before(RequestGuards::refuseMethodOverride);
            config.routes.before(RequestGuards::refuseRepeatedQueryParameters);
            if (forwarding == Forwarding.TRUSTED) {
                config.routes.before(Origin::trustForwardedHeaders);
            }
            config.routes.get("/", pages::home);
            config.routes.get("/plan", plans.guard(planPage::page));
            config.routes.post("/plan", RequestGuards.multipart(plans.guard(planPage::post)));
            config.routes.get(CompareController.PATH, plans.guard(comparePage::page));
            config.routes.get("/estimate", plans.guard(estimatePage::page));
            config.routes.get("/rightsize", rightsizePage::form);
            config.routes.post("/rightsize", RequestGuards.multipart(plans.guard(rightsizePage::upload)));
            config.routes.get("/api", pages::api);
            config.routes.get("/health", ctx -> ctx.result("ok"));
            openApi.describe(new ApiRoutes(config.routes)
                    .post("/api/v1/estimate", plans.guard(estimateApi::estimate))
                    .get("/api/v1/estimate", plans.guard(estimateApi::get))
                    .post("/api/v1/plan", plans.guard(planApi::post))
                    .get("/api/v1/plan", plans.guard(planApi::get))
                    .post(PlanBatchApi.PATH, batches.guard(planBatchApi::post))
                    .post(CompareApi.PATH, plans.guard(compareApi::post))
                    .get("/api/v1/break-even", plans.guard(breakEvenApi::get))
                    .post(RightsizeApi.PATH, RequestGuards.multipart(plans.guard(rightsizeApi::post)))
                    .get("/api/v1/prices", catalogApi::prices)
                    .get("/api/v1/instance-types", catalogApi::instanceTypes)
                    .get(OpenApiDocument.PATH, openApi::get)
                    .refuseOtherMethods().routes());
        });
    }
}
