package mskplanner.engine.alternatives;

import mskplanner.engine.BoundedMemo;
import mskplanner.engine.price.PriceItem;

/**
 * How EC2 instance-hours are paid for. Every commitment is priced at its effective hourly rate, No Upfront
 * (pricing-data {@code ec2-ri-*} / {@code ec2-sp-*} items): the rate AWS bills per instance-hour over the term.
 */
public enum Ec2Commitment {
    ON_DEMAND("on-demand"),
    RESERVED_1YR("1-year Standard Reserved Instance, No Upfront"),
    RESERVED_3YR("3-year Standard Reserved Instance, No Upfront"),
    SAVINGS_PLAN_1YR("1-year Compute Savings Plan, No Upfront"),
    SAVINGS_PLAN_3YR("3-year Compute Savings Plan, No Upfront");

    /** More EC2 types than any catalog has: the item cache stays bounded whatever names reach it. */
    private static final int MAX_CACHED_TYPES = 256;

    private final String label;
    /**
     * Each type's item, built once: the EC2 curve prices an item per point, and a new string per call was also a new
     * hash for the price lookup.
     */
    private final BoundedMemo<String, String> items = new BoundedMemo<>(MAX_CACHED_TYPES);

    Ec2Commitment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The price item of an instance-hour of {@code ec2Type} under this commitment, e.g. {@code ec2-ri-1yr-hour:m5.large}. */
    public String priceItem(String ec2Type) {
        String item = items.find(ec2Type);
        return item != null ? item : items.keep(ec2Type, itemOf(ec2Type));
    }

    private String itemOf(String ec2Type) {
        switch (this) {
            case ON_DEMAND:
                return PriceItem.ec2Hour(ec2Type);
            case RESERVED_1YR:
                return PriceItem.ec2ReservedHour(1, ec2Type);
            case RESERVED_3YR:
                return PriceItem.ec2ReservedHour(3, ec2Type);
            case SAVINGS_PLAN_1YR:
                return PriceItem.ec2SavingsPlanHour(1, ec2Type);
            case SAVINGS_PLAN_3YR:
                return PriceItem.ec2SavingsPlanHour(3, ec2Type);
            default:
                throw new IllegalStateException("unhandled commitment " + this);
        }
    }
}
