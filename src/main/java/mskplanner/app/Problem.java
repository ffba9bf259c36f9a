package mskplanner.app;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}), extended with the offending field, its value and
 * what is allowed, so a spreadsheet or script can show all three.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field, String value, String allowed) {
    public static final String CONTENT_TYPE = "application/problem+json";

    public static Problem invalidInput(String detail, String field, String value, String allowed) {
        return new Problem("/problems/invalid-input", "Invalid input", 400, detail, field, value, allowed);
    }

    public static Problem unknownPrice(String detail) {
        return new Problem("/problems/unknown-price", "Price not known", 400, detail, null, null, null);
    }

    public static Problem internal() {
        return new Problem("/problems/internal", "Internal error", 500,
                "the server could not complete the request; it has been logged", null, null, null);
    }
}
