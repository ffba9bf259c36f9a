package mskplanner.metrics;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mskplanner.engine.InvalidInputException;

/**
 * An MSK cluster ARN, {@code arn:<partition>:kafka:<region>:<account>:cluster/<name>/<uuid>}.
 *
 * @param value the ARN as given
 * @param region the region part, the default for {@code --region}
 * @param clusterName the name part
 */
public record ClusterArn(String value, String region, String clusterName) {
    private static final Pattern ARN = Pattern.compile(
            "arn:aws(?:-cn|-us-gov)?:kafka:([a-z]{2}(?:-[a-z]+)+-\\d):(\\d{12}):cluster/([A-Za-z0-9-]{1,64})/[A-Za-z0-9-]+");

    /** Parses an ARN; anything else is a usage error naming the value. */
    public static ClusterArn parse(String value) {
        Matcher m = value == null ? null : ARN.matcher(value.trim());
        if (m == null || !m.matches()) {
            throw new InvalidInputException("--cluster-arn", value,
                    "an MSK cluster ARN such as arn:aws:kafka:us-east-1:123456789012:cluster/orders/abcd1234-...");
        }
        return new ClusterArn(value.trim(), m.group(1), m.group(3));
    }
}
