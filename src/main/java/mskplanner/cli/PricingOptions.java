package mskplanner.cli;

import java.nio.file.Path;
import mskplanner.pricing.PricingData;
import mskplanner.pricing.PricingLoader;
import picocli.CommandLine.Option;

/** {@code --pricing-dir}: use a refreshed pricing-data copy instead of the snapshot bundled in the jar. */
public final class PricingOptions {
    @Option(names = "--pricing-dir", paramLabel = "DIR",
            description = "Directory with <region>.json, instance-types.json and limits.json (default: the bundled snapshot)")
    Path pricingDir;

    public PricingData load() {
        return pricingDir == null ? PricingLoader.bundled() : PricingLoader.fromDirectory(pricingDir);
    }
}
