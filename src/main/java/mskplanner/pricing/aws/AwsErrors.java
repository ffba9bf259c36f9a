package mskplanner.pricing.aws;

import mskplanner.aws.AwsFailure;
import mskplanner.aws.AwsUnavailableException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** Turns an SDK failure into one line that says what to do. */
final class AwsErrors {
    static final String ACCESS_HINT = "check IAM: pricing:GetProducts";
    private static final String OFFLINE_HINT = "or download the offer file and run 'msk-planner pricing import --offer-file'";

    private AwsErrors() {
    }

    static AwsUnavailableException unavailable(SdkException e) {
        if (e instanceof AwsServiceException s) {
            String code = AwsFailure.code(s);
            return switch (AwsFailure.of(s)) {
                case BAD_CREDENTIALS, ACCESS_DENIED ->
                        new AwsUnavailableException("the AWS Price List API denied access (" + code + "): " + ACCESS_HINT, e);
                case THROTTLED -> new AwsUnavailableException("the AWS Price List API is still throttling (" + code
                        + ") after retries: wait a minute and run again, " + OFFLINE_HINT, e);
                default -> new AwsUnavailableException("the AWS Price List API failed (" + code + ", HTTP " + s.statusCode()
                        + "): " + AwsFailure.message(s), e);
            };
        }
        return new AwsUnavailableException("cannot call the AWS Price List API (" + AwsFailure.firstLine(e.getMessage())
                + "): check credentials (--profile) and the network, " + OFFLINE_HINT, e);
    }
}
