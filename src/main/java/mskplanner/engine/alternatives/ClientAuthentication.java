package mskplanner.engine.alternatives;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import mskplanner.engine.InvalidInputException;

/** How Kafka clients authenticate to the cluster. MSK Serverless accepts IAM access control only. */
public enum ClientAuthentication {
    IAM, SCRAM, TLS, UNAUTHENTICATED;

    /** The lower-case name used in the API and CLI, e.g. {@code iam}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ClientAuthentication fromId(String id) {
        for (ClientAuthentication a : values()) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        throw new InvalidInputException("authentication", id,
                "one of " + Arrays.stream(values()).map(ClientAuthentication::id).collect(Collectors.joining(", ")));
    }
}
