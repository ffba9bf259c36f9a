package mskplanner.web.page.plan;

/**
 * A recommendation: the pick of one class, or why there is none.
 *
 * @param key overall, m5, m7g or express
 * @param label e.g. {@code Standard m7g}
 * @param option the pick, or {@code null} when no option of the class fits the quota
 */
public record PickView(String key, String label, OptionView option) {
    public boolean present() {
        return option != null;
    }

    public boolean overall() {
        return key.equals("overall");
    }
}
