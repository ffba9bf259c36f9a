package mskplanner.web.page.compare;

/**
 * One scenario's box on the compare form.
 *
 * @param name the query parameter ({@code a} to {@code d})
 * @param label "Scenario A" ...
 * @param value the query as typed
 * @param error why it cannot be planned, or null
 */
public record ScenarioInput(String name, String label, String value, String error) {
    public boolean hasError() {
        return error != null;
    }
}
