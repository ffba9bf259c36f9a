package mskplanner.app.plan;

/** The groups the plan request's fields are shown in, in order; a folded group starts closed on the form. */
public enum PlanFieldGroup {
    THROUGHPUT("Throughput", false),
    PARTITIONS("Partitions", false),
    DURABILITY("Durability and retention", false),
    REGION_AND_BILLING("Region and billing", false),
    MODEL_ASSUMPTIONS("Model assumptions", true),
    ALTERNATIVES("Alternatives: Serverless, self-managed EC2, Kinesis, MSK Connect", true);

    private final String legend;
    private final boolean folded;

    PlanFieldGroup(String legend, boolean folded) {
        this.legend = legend;
        this.folded = folded;
    }

    public String legend() {
        return legend;
    }

    public boolean folded() {
        return folded;
    }
}
