package mskplanner.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import mskplanner.app.Json;
import mskplanner.app.plan.PlanRequest;
import mskplanner.app.plan.PlanResponse;
import mskplanner.app.plan.PlanService;
import mskplanner.pricing.PricingLoader;

/**
 * The CPU time of one plan of docs/examples/profile.json with break-even on, each of a shape no earlier one had (a
 * new retention every time), measured as this thread's CPU time rather than wall time, so that other work on a
 * shared machine does not count. Not a test; run it as docs/benchmarks.md shows. Arguments: warm-up plans (default
 * 2,000), measured plans (default 500), the base retention in hours (default 720, the example's; each plan adds
 * its index to it).
 */
public final class BreakEvenCpuTime {
    private BreakEvenCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int baseRetention = args.length > 2 ? Integer.parseInt(args[2]) : 720;
        PlanService plans = new PlanService(PricingLoader.bundled());
        String json = Files.readString(Path.of("docs/examples/profile.json"));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmUp; i++) {
            Json.mapper().writeValueAsBytes(plans.plan(shape(json, baseRetention, i)));
        }
        double[] ms = new double[measured];
        double[] jsonMs = new double[measured];
        long bytes = 0;
        long allocated = 0;
        com.sun.management.ThreadMXBean memory = (com.sun.management.ThreadMXBean) cpu;
        for (int i = 0; i < measured; i++) {
            PlanRequest request = shape(json, baseRetention, warmUp + i);
            long allocatedBefore = memory.getCurrentThreadAllocatedBytes();
            long start = cpu.getCurrentThreadCpuTime();
            PlanResponse response = plans.plan(request);
            long planned = cpu.getCurrentThreadCpuTime();
            allocated += memory.getCurrentThreadAllocatedBytes() - allocatedBefore;
            bytes += Json.mapper().writeValueAsBytes(response).length;
            jsonMs[i] = (cpu.getCurrentThreadCpuTime() - planned) / 1e6;
            ms[i] = (planned - start) / 1e6;
        }
        print("plan with break-even, new shape", measured, ms);
        print("its JSON answer (" + bytes / measured + " bytes)", measured, jsonMs);
        // the collector's work is on its own threads, outside the CPU times above: what a plan allocates drives it
        System.out.printf(Locale.ROOT, "allocated per plan (without its JSON): %.2f MB%n", allocated / 1e6 / measured);
    }

    private static void print(String what, int measured, double[] ms) {
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%s, CPU time over %d plans: mean %.2f ms, p50 %.2f ms, p90 %.2f ms%n", what,
                measured, Arrays.stream(ms).average().orElse(0), ms[measured / 2], ms[measured * 9 / 10]);
    }

    private static PlanRequest shape(String json, int baseRetention, int i) throws Exception {
        return Json.mapper().readValue(json.replace("\"retentionHours\": 720",
                        "\"retentionHours\": " + (baseRetention + i % 10_000)),
                PlanRequest.class);
    }
}
