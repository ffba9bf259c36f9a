package mskplanner.pricing;

/** Bundled or refreshed pricing data is missing or broken; the message names the file and the key. */
public final class PricingDataException extends RuntimeException {
    public PricingDataException(String message) {
        super(message);
    }

    public PricingDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
