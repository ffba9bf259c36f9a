package mskplanner.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mskplanner.app.plan.PlanQuery;
import mskplanner.app.plan.PlanRequest;
import mskplanner.app.plan.PlanService;
import mskplanner.engine.sizing.Plan;
import mskplanner.pricing.PricingLoader;

/**
 * The engine's half of bench/side-by-side.sh: sizes and costs every Standard and Express size for each profile of a
 * batch CSV (the same file the script times), after warm-up passes, and prints the median microseconds per profile.
 * The requests are parsed once, before the clock starts, as the script's inputs are.
 */
public final class SideBySide {
    private static final int WARMUP_PASSES = 5;

    private SideBySide() {
    }

    /** {@code SideBySide PROFILES.csv [PASSES]}. */
    public static void main(String[] args) throws IOException {
        List<PlanRequest> requests = requests(Path.of(args[0]));
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        PlanService service = new PlanService(PricingLoader.bundled());
        double[] microsPerProfile = new double[passes];
        double[] cpuMicrosPerProfile = new double[passes];
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long checksum = 0;
        for (int pass = -WARMUP_PASSES; pass < passes; pass++) {
            long start = System.nanoTime();
            long cpuStart = cpu.getCurrentThreadCpuTime();
            for (PlanRequest r : requests) {
                Plan plan = service.enginePlan(r);
                checksum += plan.options().size();
            }
            long elapsed = System.nanoTime() - start;
            long cpuElapsed = cpu.getCurrentThreadCpuTime() - cpuStart;
            if (pass >= 0) {
                microsPerProfile[pass] = elapsed / 1_000.0 / requests.size();
                cpuMicrosPerProfile[pass] = cpuElapsed / 1_000.0 / requests.size();
            }
        }
        Arrays.sort(microsPerProfile);
        Arrays.sort(cpuMicrosPerProfile);
        // CPU time of this thread as well as wall time: on a shared machine wall time also counts other builds
        System.out.printf(Locale.ROOT, "engine %d profiles, %d passes: %.2f us per profile, CPU %.2f us (checksum %d)%n",
                requests.size(), passes, microsPerProfile[passes / 2], cpuMicrosPerProfile[passes / 2], checksum);
    }

    private static List<PlanRequest> requests(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        String[] header = lines.get(0).split(",", -1);
        List<PlanRequest> requests = new ArrayList<>(lines.size() - 1);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            Map<String, List<String>> query = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                if (!cells[i].isEmpty()) {
                    query.put(header[i], List.of(cells[i]));
                }
            }
            query.put("breakEven", List.of("false"));
            requests.add(PlanQuery.parse(query));
        }
        return requests;
    }
}
