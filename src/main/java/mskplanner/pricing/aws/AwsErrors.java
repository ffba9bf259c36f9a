package mskplanner.pricing.aws;

import java.util.Set;
import mskplanner.aws.AwsUnavailableException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** Turns an SDK failure into one line that says what to do. */
final class AwsErrors {
    static final String ACCESS_HINT = "check IAM: pricing:GetProducts";
    private static final Set<String> ACCESS_CODES = Set.of("AccessDeniedException", "AccessDenied", "UnrecognizedClientException",
            "InvalidClientTokenId", "InvalidSignatureException", "SignatureDoesNotMatch", "ExpiredTokenException",
            "MissingAuthenticationTokenException");
    private static final String OFFLINE_HINT = "or download the offer file and run 'msk-planner pricing import --offer-file'";

    private AwsErrors() {
    }

    static AwsUnavailableException unavailable(SdkException e) {
        if (e instanceof AwsServiceException s) {
            String code = s.awsErrorDetails() == null || s.awsErrorDetails().errorCode() == null ? "HTTP " + s.statusCode()
                    : s.awsErrorDetails().errorCode();
            if (s.statusCode() == 403 || ACCESS_CODES.contains(code)) {
                return new AwsUnavailableException("the AWS Price List API denied access (" + code + "): " + ACCESS_HINT, e);
            }
            if (s.isThrottlingException()) {
                return new AwsUnavailableException("the AWS Price List API is still throttling (" + code
                        + ") after retries: wait a minute and run again, " + OFFLINE_HINT, e);
            }
            return new AwsUnavailableException("the AWS Price List API failed (" + code + ", HTTP " + s.statusCode() + "): "
                    + firstLine(s.awsErrorDetails() == null ? s.getMessage() : s.awsErrorDetails().errorMessage()), e);
        }
        return new AwsUnavailableException("cannot call the AWS Price List API (" + firstLine(e.getMessage())
                + "): check credentials (--profile) and the network, " + OFFLINE_HINT, e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
