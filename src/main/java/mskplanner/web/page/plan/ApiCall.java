package mskplanner.web.page.plan;

import mskplanner.web.page.QueryString;

/**
 * The plan of the page as API calls to copy: for scripts, spreadsheets and colleagues.
 *
 * @param shareUrl absolute link to this page with these inputs
 * @param jsonUrl the plan API with the same inputs
 * @param curl a curl command for it
 * @param csvUrl the same as CSV
 * @param importData a spreadsheet formula that loads the CSV
 * @param compareUrl the compare page with this plan as its first scenario
 */
public record ApiCall(String shareUrl, String jsonUrl, String curl, String csvUrl, String importData, String compareUrl) {
    static ApiCall of(String origin, String query) {
        String q = query.isEmpty() ? "" : "?" + query;
        String jsonUrl = origin + "/api/v1/plan" + q;
        String csvUrl = origin + "/api/v1/plan" + (q.isEmpty() ? "?" : q + "&") + "format=csv";
        return new ApiCall(origin + "/plan" + q, jsonUrl, "curl -sS " + mskplanner.web.page.Shell.quote(jsonUrl), csvUrl,
                "=IMPORTDATA(\"" + csvUrl.replace("\"", "\"\"") + "\")", "/compare?a=" + QueryString.encode(query));
    }
}
