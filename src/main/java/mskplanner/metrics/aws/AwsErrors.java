package mskplanner.metrics.aws;

import mskplanner.aws.AwsFailure;
import mskplanner.aws.AwsUnavailableException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** Turns SDK failures into one line that says what to do. */
final class AwsErrors {
    static final String IAM_ACTIONS = "kafka:DescribeClusterV2, kafka:ListNodes, cloudwatch:GetMetricData";

    private AwsErrors() {
    }

    /**
     * @param e what the SDK threw
     * @param operation e.g. {@code kafka:DescribeClusterV2}
     * @param settings region and retry policy, for the message
     * @param clusterArn the cluster asked about
     */
    static AwsUnavailableException translate(SdkException e, String operation, AwsSettings settings, String clusterArn) {
        if (e instanceof AwsServiceException s) {
            return new AwsUnavailableException(service(s, operation, settings, clusterArn), e);
        }
        return new AwsUnavailableException(client(e, operation, settings), e);
    }

    private static String service(AwsServiceException s, String operation, AwsSettings settings, String arn) {
        String code = AwsFailure.code(s);
        int status = s.statusCode();
        return switch (AwsFailure.of(s)) {
            case BAD_CREDENTIALS -> "AWS rejected the credentials (" + code + ") calling " + operation
                    + ": refresh them (aws sso login, or check --profile and the AWS_* environment variables)";
            case ACCESS_DENIED -> "access denied calling " + operation + " (" + code + "): check IAM: the caller needs "
                    + IAM_ACTIONS + " on cluster " + arn;
            case NOT_FOUND -> "cluster " + arn + " not found in " + settings.region()
                    + ": check the ARN (aws kafka list-clusters-v2 --region " + settings.region() + ") and --region";
            case THROTTLED -> operation + " was throttled (" + code + ") after " + settings.maxAttempts()
                    + " attempts: wait a minute and retry, or ask for less history (--days) or a longer --period";
            case SERVER_ERROR -> operation + " failed with HTTP " + status + " (" + code + ") after " + settings.maxAttempts()
                    + " attempts: an AWS-side problem; retry later or check https://health.aws.amazon.com/";
            case OTHER -> operation + " was rejected with HTTP " + status + " (" + code + "): " + AwsFailure.message(s);
        };
    }

    private static String client(SdkException e, String operation, AwsSettings settings) {
        String message = AwsFailure.firstLine(e.getMessage());
        if (message.contains("Unable to load credentials") || message.contains("credentials")) {
            return "no usable AWS credentials for " + operation + settings.profile().map(p -> " (profile '" + p + "')").orElse("")
                    + ": run aws configure or aws sso login, set AWS_PROFILE, or pass --profile";
        }
        if (e instanceof SdkClientException) {
            return "cannot reach AWS for " + operation + " in " + settings.region()
                    + settings.endpoint().map(u -> " at " + u).orElse("") + " (" + message
                    + "): check the network, proxy settings and --region";
        }
        return operation + " failed: " + message;
    }
}
