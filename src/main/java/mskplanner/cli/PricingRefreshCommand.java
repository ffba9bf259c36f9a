package mskplanner.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import mskplanner.engine.InvalidInputException;
import mskplanner.pricing.refresh.PriceRefresh;
import mskplanner.pricing.PricingDirectory;
import mskplanner.pricing.aws.PriceListAnswer;
import mskplanner.pricing.aws.PriceListClient;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code msk-planner pricing refresh --region R | --all-regions}: prices from the AWS Price List API (GetProducts). */
@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = {"Read current prices from the AWS Price List API (needs IAM pricing:GetProducts; the API is called "
                + "in us-east-1 for every region) and rewrite <region>.json in the pricing directory, printing what changed.",
                "Exit codes: 0 ok, 2 usage, 3 AWS unavailable/denied/throttled, 4 pricing data problem (nothing written)."},
        footer = {"", "Examples:", "  msk-planner pricing refresh --region us-east-1", "  msk-planner pricing refresh --all-regions --profile pricing-reader"})
public final class PricingRefreshCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Regions regions;

    static final class Regions {
        @Option(names = "--region", paramLabel = "REGION", description = "Region to refresh, e.g. us-east-1")
        String region;

        @Option(names = "--all-regions", description = "Every USD-priced region file of the pricing directory")
        boolean all;
    }

    @Option(names = "--pricing-dir", defaultValue = "pricing-data", paramLabel = "DIR",
            description = "Directory to write <region>.json into (default: ${DEFAULT-VALUE}). A region file it lacks is "
                    + "compared against the bundled snapshot; the catalog and limits are copied in when missing")
    Path pricingDir;

    @Option(names = "--profile", paramLabel = "PROFILE", description = "AWS shared-config profile (default: the default credential chain)")
    String profile;

    @Option(names = "--endpoint-url", paramLabel = "URL", description = "Call this endpoint instead of AWS (a local stub)")
    URI endpoint;

    @Option(names = "--max-attempts", defaultValue = "5", paramLabel = "N",
            description = "Attempts per API call when AWS throttles, first one included (default: ${DEFAULT-VALUE})")
    int maxAttempts;

    @Option(names = "--retry-base-delay", defaultValue = "PT1S", hidden = true, description = "First backoff delay (ISO-8601)")
    Duration retryBaseDelay;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new InvalidInputException("--max-attempts", maxAttempts, "1 to 20");
        }
        PriceRefresh refresh = new PriceRefresh(PricingDirectory.at(pricingDir), LocalDate.now(ZoneOffset.UTC));
        List<String> regionCodes = regions.all ? refresh.usdRegions(spec.commandLine().getOut())
                : List.of(PricingCommand.regionCode(regions.region));
        Map<String, PriceListAnswer> answers = new LinkedHashMap<>();
        var settings = new PriceListClient.Settings(Optional.ofNullable(endpoint), Optional.ofNullable(profile), maxAttempts,
                retryBaseDelay);
        try (PriceListClient client = PriceListClient.create(settings, RetryLines.to(spec.commandLine().getErr(), maxAttempts))) {
            for (String region : regionCodes) {
                answers.put(region, client.fetch(region, refresh.queries(region)));
            }
        }
        PricingCommand.print(spec.commandLine().getOut(), refresh.apply(answers));
        return ExitCodes.OK;
    }
}
