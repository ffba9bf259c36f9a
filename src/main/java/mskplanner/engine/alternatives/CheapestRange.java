package mskplanner.engine.alternatives;

import java.util.Optional;
import mskplanner.engine.Inputs;

/**
 * A contiguous stretch of average ingress over which one deployment is the cheapest.
 *
 * @param fromGBPerHour where it starts, data GB per hour
 * @param toGBPerHour where it ends
 * @param cheapest the cheapest deployment's name
 * @param fromUsd its monthly cost at the start
 * @param toUsd its monthly cost at the end
 * @param runnerUp the deployment closest to it over the whole stretch, if another fits throughout
 * @param runnerUpAboveFraction how much more the runner-up costs at most over the stretch, e.g. 0.008 for 0.8%
 */
public record CheapestRange(double fromGBPerHour, double toGBPerHour, String cheapest, double fromUsd, double toUsd,
                            Optional<String> runnerUp, double runnerUpAboveFraction) {
    public CheapestRange {
        Inputs.present("cheapest", cheapest);
        Inputs.present("runnerUp", runnerUp);
    }

    /** Whether {@code gbPerHour} lies in the stretch (the end belongs to the next stretch, if there is one). */
    public boolean holds(double gbPerHour, boolean last) {
        return gbPerHour >= fromGBPerHour && (gbPerHour < toGBPerHour || last && gbPerHour <= toGBPerHour);
    }
}
