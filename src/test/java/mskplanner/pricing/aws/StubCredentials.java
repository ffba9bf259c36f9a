package mskplanner.pricing.aws;

/**
 * Dummy credentials for clients that call a local stub through the default credential chain (the CLI has no other way
 * in): the chain reads these system properties first. The stub ignores the signature.
 */
public final class StubCredentials {
    private StubCredentials() {
    }

    public static void install() {
        System.setProperty("aws.accessKeyId", "AKIDSTUB");
        System.setProperty("aws.secretAccessKey", "stub-secret");
    }
}
