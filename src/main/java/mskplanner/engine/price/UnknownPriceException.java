package mskplanner.engine.price;

/** A calculation needs a price the region's sheet does not know. Never guessed: the request fails instead. */
public final class UnknownPriceException extends RuntimeException {
    private final String region;
    private final String item;

    public UnknownPriceException(String region, String item, String why) {
        super("no price for " + item + " in region " + region + " (" + why + ")");
        this.region = region;
        this.item = item;
    }

    public String region() {
        return region;
    }

    public String item() {
        return item;
    }
}
