package mskplanner.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mskplanner.pricing.PriceFile;
import mskplanner.pricing.PricingDirectory;
import mskplanner.pricing.aws.PriceListFixtures;
import picocli.CommandLine;

/** Runs msk-planner commands with captured output, and prepares pricing directories and Price List products. */
final class PricingCommandFixture {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cmd = MskPlannerCommand.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    List<String> outLines() {
        return out.toString().lines().toList();
    }

    /** A pricing directory holding the catalog, the limits and the given regions' bundled files. */
    static Path pricingDirWith(Path dir, String... regions) throws IOException {
        Files.createDirectories(dir);
        for (String name : List.of("instance-types", "limits")) {
            Files.copy(Path.of("pricing-data", name + ".json"), dir.resolve(name + ".json"));
        }
        for (String region : regions) {
            Files.copy(Path.of("pricing-data", region + ".json"), dir.resolve(region + ".json"));
        }
        return dir;
    }

    static PriceFile bundled(String region) {
        return PricingDirectory.at(Path.of("no-such-dir")).current(region).orElseThrow();
    }

    /** The products that price every known item of the bundled region file, as the Price List would publish them. */
    static List<ObjectNode> productsOf(String region) {
        return PriceListFixtures.productsOf(bundled(region));
    }
}
