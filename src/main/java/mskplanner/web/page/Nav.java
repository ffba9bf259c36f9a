package mskplanner.web.page;

/** The sections in the header navigation, in display order. */
public enum Nav {
    PLAN("/plan", "Plan"),
    COMPARE("/compare", "Compare"),
    ESTIMATE("/estimate", "Estimate"),
    RIGHTSIZE("/rightsize", "Right-size"),
    API("/api", "API");

    private final String path;
    private final String label;

    Nav(String path, String label) {
        this.path = path;
        this.label = label;
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }
}
