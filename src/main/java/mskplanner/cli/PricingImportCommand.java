package mskplanner.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import mskplanner.engine.InvalidInputException;
import mskplanner.pricing.refresh.PriceRefresh;
import mskplanner.pricing.PricingDataException;
import mskplanner.pricing.PricingDirectory;
import mskplanner.pricing.aws.OfferFileReader;
import mskplanner.pricing.aws.PriceListAnswer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code msk-planner pricing import --offer-file index.json}: prices from downloaded bulk offer files, offline. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Read prices from AWS Price List offer files you downloaded (e.g. "
                + "https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonMSK/current/index.json) and rewrite "
                + "<region>.json for each region they hold, printing what changed. Items of services the files do not "
                + "cover are left as they are.",
                "Exit codes: 0 ok, 2 usage, 4 pricing data problem (nothing written)."},
        footer = {"", "Examples:", "  msk-planner pricing import --offer-file index.json", "  msk-planner pricing import --offer-file index.json --region eu-west-1"})
public final class PricingImportCommand implements Callable<Integer> {
    @Option(names = "--offer-file", required = true, paramLabel = "FILE",
            description = "An offer file (index.json) of AmazonMSK, AmazonEC2, AmazonKinesis or AWSDataTransfer; repeatable")
    List<Path> offerFiles;

    @Option(names = "--region", paramLabel = "REGION", description = "Import this region only (default: every region in the files)")
    String region;

    @Option(names = "--pricing-dir", defaultValue = "pricing-data", paramLabel = "DIR",
            description = "Directory to write <region>.json into (default: ${DEFAULT-VALUE})")
    Path pricingDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws NoSuchFileException {
        Optional<String> only = Optional.ofNullable(region).map(PricingCommand::regionCode);
        PriceRefresh refresh = new PriceRefresh(PricingDirectory.at(pricingDir), LocalDate.now(ZoneOffset.UTC));
        Map<String, PriceListAnswer> answers = new TreeMap<>();
        for (Path file : offerFiles) {
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString());
            }
            OfferFileReader.read(file, only, refresh::queries).forEach((r, a) -> answers.merge(r, a, PriceListAnswer::plus));
        }
        if (only.isPresent() && !answers.containsKey(only.get())) {
            throw new InvalidInputException("--region", region, "a region of the offer file(s): " + String.join(", ", answers.keySet()));
        }
        if (answers.isEmpty()) {
            throw new PricingDataException("the offer file(s) hold no product with a region code");
        }
        PricingCommand.print(spec.commandLine().getOut(), refresh.apply(answers));
        return ExitCodes.OK;
    }
}
