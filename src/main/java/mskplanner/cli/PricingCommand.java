package mskplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.regex.Pattern;
import mskplanner.engine.InvalidInputException;
import mskplanner.pricing.refresh.PriceRefresh;
import mskplanner.pricing.refresh.RefreshReport;
import mskplanner.pricing.refresh.RefreshReportText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code msk-planner pricing refresh|import}: bring pricing-data up to date from the AWS Price List. */
@Command(name = "pricing", mixinStandardHelpOptions = true,
        description = "Update pricing-data from the AWS Price List (API or downloaded offer file), showing what changed.",
        footer = {"", "Examples:", "  msk-planner pricing refresh --region us-east-1", "  msk-planner pricing import --offer-file index.json --region us-east-1"},
        subcommands = {PricingRefreshCommand.class, PricingImportCommand.class})
public final class PricingCommand implements Runnable {
    private static final Pattern REGION_CODE = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]{1,2}");

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String regionCode(String region) {
        if (region == null || !REGION_CODE.matcher(region).matches()) {
            throw new InvalidInputException("--region", region, "an AWS region code such as us-east-1");
        }
        return region;
    }

    /** The diff of every region, then the files written. */
    static void print(PrintWriter out, PriceRefresh.Result result) {
        for (RefreshReport report : result.reports()) {
            RefreshReportText.lines(report).forEach(out::println);
        }
        for (Path written : result.written()) {
            out.println("wrote " + written);
        }
        out.flush();
    }
}
