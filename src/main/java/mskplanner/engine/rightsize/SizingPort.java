package mskplanner.engine.rightsize;

import java.util.Optional;
import mskplanner.engine.catalog.Deployment;
import mskplanner.engine.catalog.InstanceType;

/**
 * What the right-sizer asks of the sizing model (sizing-model.md sections 2-4). Kept this small so that the
 * sizing engine can stand behind it through a thin adapter.
 */
public interface SizingPort {
    /** What {@code brokers} brokers of {@code type} carry for a workload shaped like {@code profile}. */
    Capacity capacity(InstanceType type, int brokers, MeasuredProfile profile);

    /** The cheapest option of a deployment class that carries the profile, priced; empty when none fits. */
    Optional<SizedOption> cheapestFitting(Deployment deployment, MeasuredProfile profile);
}
