package mskplanner.pricing.refresh;

import mskplanner.pricing.PriceFile;
import mskplanner.pricing.PricingDataException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import mskplanner.engine.catalog.Catalog;
import mskplanner.engine.price.PriceItem;
import mskplanner.pricing.aws.MappedPrice;
import mskplanner.pricing.aws.PriceListAnswer;
import mskplanner.pricing.aws.UsageTypeMapper;

/**
 * Builds the new price file of a region from the old one and a Price List answer. Prices in the answer replace the old
 * ones; an item the answer lacks keeps its old value and is flagged; an item of a service that was not asked is left
 * alone. A broker-hour the catalog needs and the old file knew must be in the answer: otherwise the refresh fails, and
 * nothing is written, because keeping a broker price AWS no longer publishes would hide a wrong query or a retired size.
 * Only items msk-planner knows are written (so every region file lists the same items); other mapped prices, such as
 * a broker family the catalog lacks, are reported as unused.
 */
public final class PriceRefresher {
    static final String CONFIRMED = "confirmed";
    static final String NOT_IN_ANSWER = "not in the AWS Price List answer";
    private static final String CURRENCY = "USD";

    private final UsageTypeMapper mapper;
    private final LocalDate today;
    private final Map<String, String> knownItems;
    private final Set<String> requiredItems;

    /**
     * @param knownItems the item keys msk-planner uses, with their units, in the order a new file lists them
     */
    public PriceRefresher(Catalog catalog, UsageTypeMapper mapper, LocalDate today, Map<String, String> knownItems) {
        this.mapper = mapper;
        this.today = today;
        this.knownItems = new LinkedHashMap<>(knownItems);
        this.requiredItems = catalog.instanceTypes().stream().map(t -> PriceItem.brokerHour(t.name()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        requiredItems.forEach(item -> this.knownItems.putIfAbsent(item, "broker-hour"));
    }

    /** The new file and what changed; throws {@link PricingDataException} when a required price would go missing. */
    public RefreshResult refresh(Optional<PriceFile> old, PriceListAnswer answer) {
        old.filter(f -> !CURRENCY.equals(f.currency())).ifPresent(f -> {
            throw new PricingDataException(answer.region() + ".json holds " + f.currency()
                    + " prices; the AWS Price List answers in USD");
        });
        UsageTypeMapper.Mapping mapping = mapper.map(answer.products());
        Merge merge = new Merge(answer, mapping);
        if (old.isPresent()) {
            old.get().prices().forEach(merge::update);
        } else {
            knownItems.forEach(merge::create);
        }
        mapping.prices().values().forEach(merge::addIfKnown);
        requiredItems.forEach(item -> merge.create(item, "broker-hour"));
        merge.failIfRequiredPricesDropped();
        PriceFile file = new PriceFile(answer.region(), regionName(old, answer), CURRENCY, sourceOf(answer), merge.prices);
        return new RefreshResult(file, new RefreshReport(answer.region(), merge.changes, mapping.unmapped(), mapping.problems(),
                merge.unused));
    }

    /** The new file's entries and the diff, built item by item. */
    private final class Merge {
        private final PriceListAnswer answer;
        private final UsageTypeMapper.Mapping mapping;
        private final LinkedHashMap<String, PriceFile.Entry> prices = new LinkedHashMap<>();
        private final List<ItemChange> changes = new ArrayList<>();
        private final List<String> dropped = new ArrayList<>();
        private final List<String> unused = new ArrayList<>();

        Merge(PriceListAnswer answer, UsageTypeMapper.Mapping mapping) {
            this.answer = answer;
            this.mapping = mapping;
        }

        void update(String item, PriceFile.Entry entry) {
            MappedPrice found = mapping.prices().get(item);
            if (found == null) {
                keep(item, entry);
                return;
            }
            prices.put(item, entryFor(found, answer));
            Optional<BigDecimal> old = usd(entry);
            boolean same = old.isPresent() && old.get().compareTo(found.usd()) == 0;
            changes.add(new ItemChange(item, old, Optional.of(found.usd()), same ? ItemChange.Status.UNCHANGED : ItemChange.Status.CHANGED));
        }

        /** An item the answer lacks keeps its entry; a known broker price the catalog needs cannot go missing. */
        private void keep(String item, PriceFile.Entry entry) {
            prices.put(item, entry);
            boolean covered = mapper.serviceOf(item).filter(answer.services()::contains).isPresent();
            if (covered && entry.usd() != null && requiredItems.contains(item)) {
                dropped.add(item + " (was " + entry.usd() + ")");
            }
            ItemChange.Status status = !covered ? ItemChange.Status.NOT_COVERED
                    : entry.usd() == null ? ItemChange.Status.STILL_UNKNOWN : ItemChange.Status.KEPT;
            changes.add(new ItemChange(item, usd(entry), usd(entry), status));
        }

        /** A new file's item: the answer's price, or unknown. */
        void create(String item, String unit) {
            if (prices.containsKey(item)) {
                return;
            }
            MappedPrice found = mapping.prices().get(item);
            prices.put(item, found != null ? entryFor(found, answer) : new PriceFile.Entry(null, unit, "unknown", NOT_IN_ANSWER, null, null));
            changes.add(new ItemChange(item, Optional.empty(), Optional.ofNullable(found).map(MappedPrice::usd), ItemChange.Status.ADDED));
        }

        void addIfKnown(MappedPrice price) {
            if (prices.containsKey(price.item())) {
                return;
            }
            if (knownItems.containsKey(price.item())) {
                create(price.item(), price.unit());
            } else {
                unused.add(price.item() + " " + price.usd().toPlainString() + " (" + price.usageType() + ")");
            }
        }

        void failIfRequiredPricesDropped() {
            if (!dropped.isEmpty()) {
                throw new PricingDataException(answer.region() + ": the Price List answer has no price for "
                        + String.join(", ", dropped) + "; nothing was written. If AWS no longer sells it, set its \"usd\" to null in "
                        + answer.region() + ".json and run again"
                        + (mapping.problems().isEmpty() ? "" : " (" + String.join("; ", mapping.problems()) + ")"));
            }
        }
    }

    private PriceFile.Entry entryFor(MappedPrice p, PriceListAnswer answer) {
        String how = p.published() + " per " + p.awsUnit() + (p.note().isEmpty() ? "" : "; " + p.note());
        return new PriceFile.Entry(p.usd().toPlainString(), p.unit(), CONFIRMED,
                answer.sourceOf(mapper.serviceOf(p.item()).orElse("")) + ", " + today + " (" + how + ")", p.usageType(), p.sku());
    }

    private static Optional<BigDecimal> usd(PriceFile.Entry entry) {
        return Optional.ofNullable(entry.usd()).map(BigDecimal::new);
    }

    private PriceFile.Source sourceOf(PriceListAnswer answer) {
        return new PriceFile.Source(answer.sourceName() + "; items not in the answer keep their earlier value and source",
                answer.sourceUrl(), answer.publicationDate().orElse(null), today.toString());
    }

    private static String regionName(Optional<PriceFile> old, PriceListAnswer answer) {
        return old.map(PriceFile::regionName).or(() -> answer.products().stream()
                .map(p -> p.attribute("location")).filter(l -> !l.isEmpty()).findFirst()).orElse(answer.region());
    }

    /**
     * A refreshed file and its diff.
     *
     * @param file the new content of {@code <region>.json}
     * @param report what changed
     */
    public record RefreshResult(PriceFile file, RefreshReport report) {
    }
}
