package mskplanner.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mskplanner.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ComparePageTest {
    private static final String SEVEN = "avgIngressMBps=100&peakIngressMBps=200&retentionHours=168&breakEven=false";
    private static final String THIRTY = "avgIngressMBps=100&peakIngressMBps=200&retentionHours=720&breakEven=false";
    private static Http http;

    @BeforeAll
    static void start() {
        http = Http.start();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    private static String encoded(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> compare(String a, String b) throws Exception {
        return http.get("/compare?a=" + encoded(a) + "&b=" + encoded(b));
    }

    /** The table row of a comparison line, by its data-name. */
    private static String row(String html, String name) {
        Matcher m = Pattern.compile("<tr[^>]*data-name=\"" + Pattern.quote(name) + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("row " + name).isTrue();
        return m.group(0);
    }

    @Test
    void two_scenarios_show_as_columns_whose_headers_link_to_their_plans() throws Exception {
        HttpResponse<String> r = compare(SEVEN, THIRTY);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<a href=\"/plan?" + SEVEN.replace("&", "&amp;") + "\" class=\"plan-link\">Scenario A</a>");
        assertThat(r.body()).contains("<a href=\"/plan?" + THIRTY.replace("&", "&amp;") + "\" class=\"plan-link\">Scenario B</a>");
    }

    @Test
    void a_differing_line_is_marked_with_a_class_and_a_visible_word() throws Exception {
        String retention = row(compare(SEVEN, THIRTY).body(), "retentionHours");
        assertThat(retention).contains("class=\"differs\"").contains("Differs").contains(">168<").contains(">720<");
    }

    @Test
    void a_line_the_scenarios_agree_on_is_not_marked() throws Exception {
        String partitions = row(compare(SEVEN, THIRTY).body(), "partitions.recommended");
        assertThat(partitions).doesNotContain("differs").doesNotContain("Differs");
    }

    @Test
    void money_is_shown_in_dollars() throws Exception {
        String monthly = row(compare(SEVEN, THIRTY).body(), "recommended.overall.monthlyUsd");
        assertThat(monthly).containsPattern("<td class=\"num\">\\$[0-9,]+\\.[0-9]{2}</td>");
    }

    @Test
    void a_pasted_plan_page_link_is_read_as_its_query() throws Exception {
        HttpResponse<String> r = compare("http://localhost:8080/plan?" + SEVEN, THIRTY);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"compare-table\"");
    }

    @Test
    void a_bad_field_is_a_400_naming_the_scenario_and_field() throws Exception {
        HttpResponse<String> r = compare(SEVEN, "avgIngressMBps=100&retentionHours=-5");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("<a href=\"#scenario-b\">Scenario B</a>: retentionHours = -5 is not allowed")
                .doesNotContain("id=\"compare-table\"");
    }

    @Test
    void one_scenario_shows_the_form_asking_for_another() throws Exception {
        HttpResponse<String> r = http.get("/compare?a=" + encoded(SEVEN));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"notice\"").contains("Enter at least 2 scenarios")
                .contains(">" + SEVEN.replace("&", "&amp;") + "</textarea>");
    }

    @Test
    void the_plan_results_link_to_compare_with_this_plan_as_scenario_a() throws Exception {
        String plan = http.get("/plan?" + SEVEN).body();
        assertThat(plan).contains("href=\"/compare?a=" + encoded(SEVEN).replace("+", "%20") + "\" id=\"compare-link\"");
    }

    @Test
    void the_navigation_lists_compare() throws Exception {
        assertThat(http.get("/compare").body()).contains("<a href=\"/compare\" aria-current=\"page\">Compare</a>");
    }
}
