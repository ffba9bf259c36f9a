package mskplanner.web.page;

/**
 * An entry of the error summary above a form: the message, linked to the input it concerns.
 *
 * @param input the input's id, or empty for an error about the request as a whole
 * @param label the input's label, e.g. {@code Cluster 2: Brokers}
 * @param message what is wrong and what is allowed
 */
public record ErrorLink(String input, String label, String message) {
    public boolean linked() {
        return !input.isEmpty();
    }

    public String href() {
        return "#" + input;
    }
}
