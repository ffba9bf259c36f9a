package mskplanner.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mskplanner.app.Json;
import mskplanner.app.estimate.EstimateRequest;
import mskplanner.app.estimate.EstimateResponse;
import mskplanner.app.estimate.EstimateService;
import mskplanner.app.plan.BreakEvenDto;
import mskplanner.app.plan.PlanRequest;
import mskplanner.app.plan.PlanResponse;
import mskplanner.app.plan.PlanService;
import mskplanner.pricing.PricingData;
import mskplanner.pricing.PricingLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One plan of docs/examples/profile.json (every Standard and Express size sized and priced, the picks, the decision
 * matrix), without and with the break-even sweep (its default); the sweep alone ({@code GET /api/v1/break-even}); and
 * one estimate of docs/examples/clusters.json (four clusters, line by line). The API variants add reading the request
 * JSON and writing the response JSON, as the server does. The break-even curves are solved for every plan (no
 * memo); the {@code _new_shape} benchmarks change the retention on every call, so each call solves a shape of its own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanBenchmark {
    private PlanService plans;
    private EstimateService estimates;
    private String profileJson;
    private String clustersJson;
    private PlanRequest profile;
    private PlanRequest profileWithoutSweep;
    private String profileWithoutSweepJson;
    private int shapes;
    private EstimateRequest clusters;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        PricingData pricing = PricingLoader.bundled();
        plans = new PlanService(pricing);
        estimates = new EstimateService(pricing);
        profileJson = Files.readString(Path.of("docs/examples/profile.json"));
        clustersJson = Files.readString(Path.of("docs/examples/clusters.json"));
        profile = Json.mapper().readValue(profileJson, PlanRequest.class);
        profileWithoutSweepJson = profileJson.replaceFirst("\\{", "{\"breakEven\": false, ");
        profileWithoutSweep = Json.mapper().readValue(profileWithoutSweepJson, PlanRequest.class);
        clusters = Json.mapper().readValue(clustersJson, EstimateRequest.class);
    }

    @Benchmark
    public PlanResponse plan_one_profile_without_break_even() {
        return plans.plan(profileWithoutSweep);
    }

    @Benchmark
    public byte[] plan_one_profile_without_break_even_json_in_json_out() throws IOException {
        return Json.mapper().writeValueAsBytes(plans.plan(Json.mapper().readValue(profileWithoutSweepJson, PlanRequest.class)));
    }

    @Benchmark
    public PlanResponse plan_one_profile_with_break_even_same_shape() {
        return plans.plan(profile);
    }

    @Benchmark
    public PlanResponse plan_one_profile_with_break_even_new_shape() {
        return plans.plan(withNewShape());
    }

    @Benchmark
    public BreakEvenDto break_even_sweep_same_shape() {
        return plans.breakEven(profile);
    }

    @Benchmark
    public BreakEvenDto break_even_sweep_new_shape() {
        return plans.breakEven(withNewShape());
    }

    /** The example with a retention no recent call used: 10,000 shapes in turn. */
    private PlanRequest withNewShape() {
        shapes = (shapes + 1) % 10_000;
        try {
            return Json.mapper().readValue(profileJson.replace("\"retentionHours\": 720", "\"retentionHours\": " + (720 + shapes)),
                    PlanRequest.class);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Benchmark
    public EstimateResponse estimate_four_clusters() {
        return estimates.estimate(clusters);
    }

    @Benchmark
    public byte[] estimate_four_clusters_json_in_json_out() throws IOException {
        return Json.mapper().writeValueAsBytes(estimates.estimate(Json.mapper().readValue(clustersJson, EstimateRequest.class)));
    }
}
