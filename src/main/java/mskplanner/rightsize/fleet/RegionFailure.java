package mskplanner.rightsize.fleet;

import java.util.Objects;

/**
 * A region whose clusters could not be listed: the run goes on with the other regions.
 *
 * @param region the region code
 * @param reason the one-line message, e.g. access denied calling kafka:ListClustersV2
 */
public record RegionFailure(String region, String reason) {
    public RegionFailure {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(reason, "reason");
    }
}
