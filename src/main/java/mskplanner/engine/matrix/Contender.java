package mskplanner.engine.matrix;

/**
 * The deployments of the seed guide's decision matrix. The ids are a public contract: the API's break-even curves,
 * crossovers and ranking name deployments by them, and they match the response's field names.
 */
public enum Contender {
    STANDARD("standard", "MSK Standard", "MSK Standard"),
    EXPRESS("express", "MSK Express", "MSK Express"),
    SERVERLESS("serverless", "MSK Serverless", "MSK Serverless"),
    SELF_MANAGED_EC2("selfManagedEc2", "Self-managed Kafka on EC2", "Self-managed Kafka on EC2 (on-demand)"),
    KINESIS("kinesis", "Kinesis Data Streams", "Kinesis Data Streams (provisioned)");

    private final String id;
    private final String label;
    private final String curveLabel;

    Contender(String id, String label, String curveLabel) {
        this.id = id;
        this.label = label;
        this.curveLabel = curveLabel;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The deployment as its break-even curve prices it (EC2 on-demand, Kinesis provisioned). */
    public String curveLabel() {
        return curveLabel;
    }

    public static Contender fromId(String id) {
        for (Contender c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no deployment with id " + id);
    }
}
