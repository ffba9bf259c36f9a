package mskplanner.testing;

import java.nio.file.Path;
import mskplanner.engine.catalog.Catalog;
import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.price.PriceSheet;
import mskplanner.engine.sizing.Assumptions;
import mskplanner.engine.sizing.Planner;
import mskplanner.pricing.PricingData;
import mskplanner.pricing.PricingLoader;

/** The real pricing-data snapshot, loaded once per test JVM. */
public final class Fixtures {
    private static PricingData data;

    private Fixtures() {
    }

    public static synchronized PricingData pricingData() {
        if (data == null) {
            data = PricingLoader.fromDirectory(Path.of("pricing-data"));
        }
        return data;
    }

    public static PriceSheet usEast1() {
        return pricingData().sheet("us-east-1");
    }

    public static Catalog catalog() {
        return pricingData().catalog();
    }

    public static Limits limits() {
        return pricingData().limits();
    }

    public static InstanceType type(String name) {
        return catalog().find(name).orElseThrow();
    }

    public static Assumptions defaults() {
        return Assumptions.defaults(limits());
    }

    public static Planner planner() {
        return new Planner(catalog(), limits());
    }
}
