package mskplanner.pricing.refresh;

import mskplanner.pricing.PriceFile;
import mskplanner.pricing.PricingData;
import mskplanner.pricing.PricingDataException;
import mskplanner.pricing.PricingDirectory;
import mskplanner.pricing.PricingLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mskplanner.engine.catalog.Catalog;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.pricing.aws.PriceListAnswer;
import mskplanner.pricing.aws.PriceListQueries;
import mskplanner.pricing.aws.PriceListQuery;
import mskplanner.pricing.aws.UsageTypeMapper;

/**
 * One refresh of a pricing directory from Price List answers: every region is rebuilt first, and files are written
 * only when all of them succeed, so a failure leaves every existing file as it was.
 */
public final class PriceRefresh {
    private final PricingDirectory directory;
    private final Catalog catalog;
    private final PriceRefresher refresher;

    public PriceRefresh(PricingDirectory directory, LocalDate today) {
        this.directory = directory;
        this.catalog = directory.catalog();
        this.refresher = new PriceRefresher(catalog, new UsageTypeMapper(), today, knownItems(PricingLoader.bundled()));
    }

    /** The items of the bundled snapshot with their units: the vocabulary a refreshed file may hold. */
    static Map<String, String> knownItems(PricingData bundled) {
        Map<String, String> items = new LinkedHashMap<>();
        bundled.find("us-east-1").ifPresent(s -> s.prices().values().forEach(p -> items.put(p.item(), p.unit())));
        bundled.sheets().values().forEach(s -> s.prices().values().forEach(p -> items.putIfAbsent(p.item(), p.unit())));
        return items;
    }

    /** What to ask the Price List about a region. */
    public List<PriceListQuery> queries(String region) {
        return PriceListQueries.forRegion(region, catalog.instanceTypes().stream().map(InstanceType::ec2Equivalent).toList());
    }

    /** The USD-priced regions of the directory (or the bundled snapshot); others are named on {@code notes}. */
    public List<String> usdRegions(PrintWriter notes) {
        List<String> regions = new ArrayList<>();
        for (String region : directory.regions()) {
            Optional<PriceFile> file = directory.current(region);
            if (file.isPresent() && !"USD".equals(file.get().currency())) {
                notes.println(region + ": skipped, its prices are in " + file.get().currency()
                        + " and the AWS Price List API answers in USD");
            } else {
                regions.add(region);
            }
        }
        return regions;
    }

    /** Rebuilds every region, then writes them all; returns the diffs in region order. */
    public Result apply(Map<String, PriceListAnswer> answers) {
        List<PriceRefresher.RefreshResult> results = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        answers.forEach((region, answer) -> {
            try {
                results.add(refresher.refresh(directory.current(region), answer));
            } catch (PricingDataException e) {
                failures.add(e.getMessage());
            }
        });
        if (failures.size() == 1) {
            throw new PricingDataException(failures.get(0));
        }
        if (!failures.isEmpty()) {
            throw new PricingDataException(failures.size() + " of " + answers.size() + " regions cannot be refreshed, so no file "
                    + "was written: " + String.join(" | ", failures));
        }
        List<Path> written = directory.write(results.stream().map(PriceRefresher.RefreshResult::file).toList(), catalog);
        return new Result(results.stream().map(PriceRefresher.RefreshResult::report).toList(), written);
    }

    /**
     * @param reports one diff per region
     * @param written the files written
     */
    public record Result(List<RefreshReport> reports, List<Path> written) {
    }
}
