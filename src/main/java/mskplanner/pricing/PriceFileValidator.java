package mskplanner.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mskplanner.engine.catalog.Catalog;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.price.Price;
import mskplanner.engine.price.PriceItem;
import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.price.PriceSource;

/** Validates one region price file and maps it to a {@link PriceSheet}; every error names the file and the key. */
public final class PriceFileValidator {
    static final Set<String> CONFIDENCE = Set.of("confirmed", "single-source", "unverified", "derived", "estimate", "unknown");

    private PriceFileValidator() {
    }

    public static PriceSheet toSheet(String fileName, PriceFile file, Catalog catalog) {
        require(fileName, "region", file.region());
        if (!fileName.equals(file.region() + ".json")) {
            throw new PricingDataException(fileName + ": region '" + file.region() + "' does not match the file name");
        }
        require(fileName, "currency", file.currency());
        if (file.source() == null) {
            throw new PricingDataException(fileName + ": source is missing");
        }
        date(fileName, "source.retrievedDate", file.source().retrievedDate(), true);
        date(fileName, "source.publicationDate", file.source().publicationDate(), false);
        if (file.prices() == null || file.prices().isEmpty()) {
            throw new PricingDataException(fileName + ": prices is empty");
        }
        Map<String, Price> prices = new LinkedHashMap<>();
        file.prices().forEach((item, entry) -> prices.put(item, toPrice(fileName, item, entry)));
        for (InstanceType type : catalog.instanceTypes()) {
            String key = PriceItem.brokerHour(type.name());
            if (!prices.containsKey(key)) {
                throw new PricingDataException(fileName + ": prices." + key + " is missing (mark it unknown with \"usd\": null)");
            }
        }
        PriceFile.Source s = file.source();
        return new PriceSheet(file.region(), Optional.ofNullable(file.regionName()).orElse(file.region()), file.currency(),
                new PriceSource(s.name(), s.url(), s.publicationDate(), s.retrievedDate()), prices);
    }

    private static Price toPrice(String fileName, String item, PriceFile.Entry e) {
        String where = fileName + ": prices." + item;
        if (e == null) {
            throw new PricingDataException(where + " is null");
        }
        require(fileName, "prices." + item + ".unit", e.unit());
        PriceUnits.check(where, item, e.unit());
        if (!CONFIDENCE.contains(e.confidence())) {
            throw new PricingDataException(where + ".confidence '" + e.confidence() + "' is not one of " + CONFIDENCE);
        }
        if (e.usd() == null) {
            if (!"unknown".equals(e.confidence())) {
                throw new PricingDataException(where + ".usd is null but confidence is '" + e.confidence() + "' (use \"unknown\")");
            }
            return new Price(item, Optional.empty(), e.unit(), e.confidence(), e.source());
        }
        BigDecimal usd;
        try {
            usd = new BigDecimal(e.usd());
        } catch (NumberFormatException ex) {
            throw new PricingDataException(where + ".usd '" + e.usd() + "' is not a decimal number");
        }
        if (usd.signum() < 0) {
            throw new PricingDataException(where + ".usd " + e.usd() + " is negative");
        }
        return new Price(item, Optional.of(usd), e.unit(), e.confidence(), e.source());
    }

    private static void require(String fileName, String key, String value) {
        if (value == null || value.isBlank()) {
            throw new PricingDataException(fileName + ": " + key + " is missing");
        }
    }

    private static void date(String fileName, String key, String value, boolean required) {
        if (value == null) {
            if (required) {
                throw new PricingDataException(fileName + ": " + key + " is missing");
            }
            return;
        }
        try {
            LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException ex) {
            throw new PricingDataException(fileName + ": " + key + " '" + value + "' is not an ISO date (yyyy-mm-dd)");
        }
    }
}
