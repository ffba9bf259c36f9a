package mskplanner.pricing.aws;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** Which term of a product a price comes from: OnDemand, or a Standard Reserved Instance with No Upfront. */
public enum TermKind {
    ON_DEMAND(0),
    RESERVED_STANDARD_NO_UPFRONT_1YR(1),
    RESERVED_STANDARD_NO_UPFRONT_3YR(3);

    /** 365 days × 24 h: the year used to spread an RI's upfront fee over its hours (aws-prices.md, effective rate). */
    static final long HOURS_PER_YEAR = 8760;
    private static final int EFFECTIVE_RATE_SCALE = 10;

    private final int years;

    TermKind(int years) {
        this.years = years;
    }

    public int years() {
        return years;
    }

    /** The Price List {@code termAttributes.LeaseContractLength} of a Reserved term, e.g. {@code 1yr}. */
    public String leaseContractLength() {
        return years + "yr";
    }

    /** The price of this term in a product, or empty with the reason in {@code problems}. */
    Optional<TermPrice> price(PriceListProduct product, List<String> problems) {
        return this == ON_DEMAND ? onDemand(product, problems) : reserved(product);
    }

    private static Optional<TermPrice> onDemand(PriceListProduct product, List<String> problems) {
        String what = product.serviceCode() + " " + product.usageType() + " (SKU " + product.sku() + ")";
        if (product.onDemand().isEmpty()) {
            problems.add(what + " has no OnDemand term");
            return Optional.empty();
        }
        List<PriceDimension> priced = product.onDemand().get(0).dimensions().stream().filter(d -> d.usd() != null).toList();
        if (priced.size() > 1) {
            priced = priced.stream().filter(PriceDimension::firstTier).toList();
        }
        if (priced.size() != 1) {
            problems.add(what + (priced.isEmpty() ? " has no USD price" : " has " + priced.size() + " first-tier USD rates"));
            return Optional.empty();
        }
        PriceDimension d = priced.get(0);
        String tiers = product.onDemand().get(0).dimensions().size() > 1 ? "first tier" : "";
        return Optional.of(new TermPrice(new BigDecimal(d.usd()), d.usd(), d.unit(), tiers));
    }

    private Optional<TermPrice> reserved(PriceListProduct product) {
        return product.reserved().stream()
                .filter(t -> "standard".equalsIgnoreCase(t.termAttribute("OfferingClass")))
                .filter(t -> "No Upfront".equalsIgnoreCase(t.termAttribute("PurchaseOption")))
                .filter(t -> leaseContractLength().equalsIgnoreCase(t.termAttribute("LeaseContractLength")))
                .findFirst()
                .flatMap(this::effectiveHourly);
    }

    /** effective = hourly + upfront / (8,760 × years); No Upfront terms have no (or a zero) upfront fee. */
    private Optional<TermPrice> effectiveHourly(PriceTerm term) {
        BigDecimal hourly = BigDecimal.ZERO;
        BigDecimal upfront = BigDecimal.ZERO;
        String hourlyUnit = null;
        String published = null;
        for (PriceDimension d : term.dimensions()) {
            if (d.usd() == null) {
                continue;
            }
            if (d.upfrontFee()) {
                upfront = upfront.add(new BigDecimal(d.usd()));
            } else {
                hourly = hourly.add(new BigDecimal(d.usd()));
                hourlyUnit = d.unit();
                published = d.usd();
            }
        }
        if (hourlyUnit == null) {
            return Optional.empty();
        }
        if (upfront.signum() == 0) {
            return Optional.of(new TermPrice(hourly, published, hourlyUnit, ""));
        }
        BigDecimal spread = upfront.divide(BigDecimal.valueOf(HOURS_PER_YEAR * years), EFFECTIVE_RATE_SCALE, RoundingMode.HALF_UP);
        return Optional.of(new TermPrice(hourly.add(spread), published, hourlyUnit, "plus upfront " + upfront.toPlainString()));
    }

    /**
     * A price read from a term.
     *
     * @param usd the price per AWS unit
     * @param published the published hourly or unit price string
     * @param awsUnit the AWS unit
     * @param note how it was read (first tier, upfront spread), or empty
     */
    record TermPrice(BigDecimal usd, String published, String awsUnit, String note) {
    }
}
