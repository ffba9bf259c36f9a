package mskplanner.aws;

import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * What kind of failure an AWS service answered with, so every adapter (MSK, CloudWatch, Price List) tells the user the
 * same thing for the same cause; each adapter words the fix for its own operation.
 */
public enum AwsFailure {
    BAD_CREDENTIALS, ACCESS_DENIED, NOT_FOUND, THROTTLED, SERVER_ERROR, OTHER;

    private static final Set<String> BAD_CREDENTIAL_CODES = Set.of("InvalidClientTokenId", "UnrecognizedClientException",
            "ExpiredToken", "ExpiredTokenException", "SignatureDoesNotMatch", "InvalidSignatureException",
            "MissingAuthenticationTokenException");
    private static final Set<String> ACCESS_DENIED_CODES = Set.of("AccessDenied", "AccessDeniedException",
            "ForbiddenException", "UnauthorizedOperation", "UnauthorizedException");
    private static final Set<String> NOT_FOUND_CODES = Set.of("NotFoundException", "ResourceNotFoundException",
            "ResourceNotFound");

    public static AwsFailure of(AwsServiceException e) {
        String code = code(e);
        int status = e.statusCode();
        if (BAD_CREDENTIAL_CODES.contains(code)) {
            return BAD_CREDENTIALS;
        }
        if (ACCESS_DENIED_CODES.contains(code) || status == 403) {
            return ACCESS_DENIED;
        }
        if (NOT_FOUND_CODES.contains(code) || status == 404) {
            return NOT_FOUND;
        }
        if (e.isThrottlingException() || status == 429) {
            return THROTTLED;
        }
        return status >= 500 ? SERVER_ERROR : OTHER;
    }

    /** The service's error code, or {@code HTTP <status>} when it sent none. */
    public static String code(AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        return code == null ? "HTTP " + e.statusCode() : code;
    }

    /** The service's own error message, first line only (messages go on one line of stderr). */
    public static String message(AwsServiceException e) {
        return firstLine(e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage());
    }

    public static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
