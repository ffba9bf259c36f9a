package mskplanner.pricing.aws;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps Price List products to the price items of pricing-data/README.md by usage type. The usage type is the key
 * because it is on every row; {@code group} is missing on some regions' storage rows and {@code computeFamily} drops the
 * {@code kafka.} prefix. The region prefix ({@code USE1-}, {@code EUW1-}; none for some us-east-1 EC2 rows) is removed
 * first, so one table serves every region.
 */
public final class UsageTypeMapper {
    /** A usage-type region prefix: 2-4 capitals and a digit or two, then a dash (USE1-, EUW2-, APS1-, CNN1-). */
    private static final Pattern REGION_PREFIX = Pattern.compile("^[A-Z]{2,4}[0-9]{1,2}-(.+)$");

    private final List<UsageTypeRule> rules;

    public UsageTypeMapper() {
        this(UsageTypeRules.ALL);
    }

    UsageTypeMapper(List<UsageTypeRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<UsageTypeRule> rules() {
        return rules;
    }

    /** The usage type without its region prefix: {@code USE1-Kafka.m5.large} gives {@code Kafka.m5.large}. */
    public static String withoutRegionPrefix(String usageType) {
        Matcher m = REGION_PREFIX.matcher(usageType);
        return m.matches() ? m.group(1) : usageType;
    }

    /** Maps the products of one region. Two products that price one item differently make it ambiguous: not mapped. */
    public Mapping map(Collection<PriceListProduct> products) {
        Map<String, MappedPrice> prices = new LinkedHashMap<>();
        Set<String> ambiguous = new LinkedHashSet<>();
        List<UnmappedProduct> unmapped = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (PriceListProduct product : products) {
            List<MappedPrice> mapped = map(product, problems);
            if (mapped.isEmpty() && rulesFor(product).isEmpty()) {
                unmapped.add(UnmappedProduct.of(product));
            }
            for (MappedPrice price : mapped) {
                MappedPrice earlier = prices.putIfAbsent(price.item(), price);
                if (earlier != null && earlier.usd().compareTo(price.usd()) != 0 && ambiguous.add(price.item())) {
                    problems.add(price.item() + " is priced twice: SKU " + earlier.sku() + " " + earlier.published() + ", SKU "
                            + price.sku() + " " + price.published() + " (ambiguous, not used)");
                }
            }
        }
        prices.keySet().removeAll(ambiguous);
        return new Mapping(prices, unmapped, problems);
    }

    private List<MappedPrice> map(PriceListProduct product, List<String> problems) {
        List<MappedPrice> mapped = new ArrayList<>();
        String suffix = withoutRegionPrefix(product.usageType());
        for (UsageTypeRule rule : rulesFor(product)) {
            String item = rule.itemFor(product.serviceCode(), suffix).orElseThrow();
            rule.term().price(product, problems).ifPresent(p -> {
                BigDecimal usd = rule.conversion().toPlannerPrice(p.usd(), p.awsUnit()).stripTrailingZeros();
                String converted = usd.compareTo(p.usd()) == 0 ? "" : "converted from " + p.usd().toPlainString() + " per " + p.awsUnit();
                String note = String.join("; ", List.of(p.note(), converted).stream().filter(s -> !s.isEmpty()).toList());
                mapped.add(new MappedPrice(item, usd, rule.unit(), product.usageType(), product.sku(), p.published(), p.awsUnit(), note));
            });
        }
        return mapped;
    }

    private List<UsageTypeRule> rulesFor(PriceListProduct product) {
        String suffix = withoutRegionPrefix(product.usageType());
        List<UsageTypeRule> matching = new ArrayList<>();
        for (UsageTypeRule rule : rules) {
            if (rule.itemFor(product.serviceCode(), suffix).isPresent()) {
                matching.add(rule);
            }
        }
        return matching;
    }

    /** The rule that prices an item, if msk-planner reads that item from the Price List at all. */
    public Optional<UsageTypeRule> ruleFor(String item) {
        return rules.stream().filter(r -> r.covers(item)).findFirst();
    }

    /** The Price List service an item is read from; empty for items no rule covers (e.g. Savings Plans, CloudWatch). */
    public Optional<String> serviceOf(String item) {
        return ruleFor(item).map(UsageTypeRule::service);
    }

    /**
     * What one region's answer mapped to.
     *
     * @param prices mapped prices by item key
     * @param unmapped products whose usage type no rule knows
     * @param problems products a rule knows but whose price could not be read, and ambiguous items
     */
    public record Mapping(Map<String, MappedPrice> prices, List<UnmappedProduct> unmapped, List<String> problems) {
    }
}
