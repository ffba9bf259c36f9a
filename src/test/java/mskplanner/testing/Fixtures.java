package mskplanner.testing;

import mskplanner.engine.catalog.InstanceType;
import mskplanner.engine.price.PriceSheet;
import mskplanner.pricing.PricingData;
import mskplanner.pricing.PricingLoader;

/** The bundled pricing data, loaded once per test JVM. */
public final class Fixtures {
    private static final PricingData BUNDLED = PricingLoader.bundled();

    private Fixtures() {
    }

    public static PricingData bundled() {
        return BUNDLED;
    }

    public static PriceSheet usEast1() {
        return BUNDLED.sheet("us-east-1");
    }

    public static InstanceType type(String name) {
        return BUNDLED.catalog().find(name).orElseThrow();
    }
}
