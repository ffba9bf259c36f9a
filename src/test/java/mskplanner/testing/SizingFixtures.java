package mskplanner.testing;

import mskplanner.engine.limits.Limits;
import mskplanner.engine.sizing.Assumptions;
import mskplanner.engine.sizing.Plan;
import mskplanner.engine.sizing.PlanInput;
import mskplanner.engine.sizing.Planner;
import mskplanner.engine.sizing.Preset;
import mskplanner.engine.sizing.SizedOption;
import mskplanner.engine.sizing.WorkloadProfile;

/** Sizing on the bundled pricing data: default assumptions, one planner per test JVM. */
public final class SizingFixtures {
    private static final Planner PLANNER = new Planner(Fixtures.bundled().catalog(), Fixtures.bundled().limits());

    private SizingFixtures() {
    }

    public static Limits limits() {
        return Fixtures.bundled().limits();
    }

    public static Assumptions defaults() {
        return Assumptions.defaults(limits());
    }

    public static Planner planner() {
        return PLANNER;
    }

    /** A us-east-1 plan of the profile under default assumptions. */
    public static Plan plan(WorkloadProfile profile, Preset preset) {
        return PLANNER.plan(new PlanInput(profile, defaults(), preset), Fixtures.usEast1());
    }

    public static Plan plan(WorkloadProfile profile, Assumptions assumptions, Preset preset) {
        return PLANNER.plan(new PlanInput(profile, assumptions, preset), Fixtures.usEast1());
    }

    public static SizedOption option(Plan plan, String instanceType) {
        return plan.options().stream().filter(o -> o.instanceType().name().equals(instanceType)).findFirst().orElseThrow();
    }
}
