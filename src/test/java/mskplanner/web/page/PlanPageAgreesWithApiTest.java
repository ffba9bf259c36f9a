package mskplanner.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mskplanner.app.Json;
import mskplanner.engine.format.Format;
import mskplanner.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plan page and {@code GET /api/v1/plan} asked the same query show the same numbers, each read over HTTP. */
class PlanPageAgreesWithApiTest {
    /** One row of the options table: instance type, brokers, monthly, annual and EBS per broker (sort keys and text). */
    private static final Pattern OPTION_ROW = Pattern.compile("<tr[^>]*id=\"option-([^\"]+)\">\\s*<th scope=\"row\">[^<]*</th>\\s*"
            + "<td>[^<]*</td>\\s*<td class=\"num\" data-sort=\"(\\d+)\">(\\d+)</td>\\s*<td>[^<]*</td>\\s*"
            + "<td class=\"num\" data-sort=\"([^\"]*)\">([^<]*)</td>\\s*<td class=\"num\" data-sort=\"([^\"]*)\">([^<]*)</td>\\s*"
            + "<td class=\"num\" data-sort=\"([^\"]*)\">([^<]*)</td>");

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private record Shown(int brokers, BigDecimal monthlyUsd, String monthlyText, BigDecimal annualUsd, String annualText,
                         double storageGiBPerBroker, String storageText) {
    }

    private static Map<String, Shown> optionsOnThePage(String query) throws Exception {
        String body = server.get("/plan?" + query).body();
        Map<String, Shown> rows = new LinkedHashMap<>();
        Matcher m = OPTION_ROW.matcher(body);
        while (m.find()) {
            assertThat(m.group(2)).as("brokers sort key and text").isEqualTo(m.group(3));
            rows.put(m.group(1), new Shown(Integer.parseInt(m.group(2)), new BigDecimal(m.group(4)), m.group(5),
                    new BigDecimal(m.group(6)), m.group(7), Double.parseDouble(m.group(8)), m.group(9)));
        }
        return rows;
    }

    private static JsonNode api(String query) throws Exception {
        var response = server.get("/api/v1/plan?" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "avgIngressMBps=50&peakIngressMBps=120&consumerGroups=2&maxConsumerParallelism=24",
            "avgIngressMBps=5&peakIngressMBps=300&retentionHours=720&localRetentionHours=24&mskDiscountPercent=10",
            "avgIngressMBps=500&peakIngressMBps=900&region=eu-west-1"})
    void every_option_on_the_page_shows_the_apis_brokers_storage_and_monthly_bill_and_twelve_times_it_per_year(String query)
            throws Exception {
        Map<String, Shown> page = optionsOnThePage(query);
        JsonNode options = api(query).get("options");

        assertThat(page).hasSize(options.size());
        for (JsonNode o : options) {
            Shown shown = page.get(o.get("instanceType").asText());
            BigDecimal monthly = o.get("monthlyUsd").decimalValue();
            assertThat(shown).as(o.get("instanceType").asText()).isNotNull();
            assertThat(shown.brokers()).isEqualTo(o.get("brokers").asInt());
            assertThat(shown.monthlyUsd()).isEqualByComparingTo(monthly);
            assertThat(shown.monthlyText()).isEqualTo(Format.usd(monthly));
            // the API gives no annual figure per option: the page's is the API's monthly x 12
            assertThat(shown.annualUsd()).isEqualByComparingTo(monthly.multiply(BigDecimal.valueOf(12)));
            assertThat(shown.annualText()).isEqualTo(Format.usd(monthly.multiply(BigDecimal.valueOf(12))));
            assertThat(shown.storageGiBPerBroker()).isCloseTo(o.get("storageGiBPerBroker").asDouble(), within(1e-9));
            assertThat(shown.storageText()).isEqualTo(Format.number(o.get("storageGiBPerBroker").asDouble(), 0));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "avgIngressMBps=50&peakIngressMBps=120&consumerGroups=2&maxConsumerParallelism=24",
            "avgIngressMBps=5&peakIngressMBps=300&retentionHours=720&localRetentionHours=24&mskDiscountPercent=10"})
    void the_overall_pick_card_shows_the_apis_overall_pick_and_its_bill(String query) throws Exception {
        String body = server.get("/plan?" + query).body();
        JsonNode overall = api(query).get("recommended").get("overall");

        assertThat(body).contains("<h3 id=\"pick-overall-title\">Cheapest MSK cluster: " + overall.get("brokers").asInt() + " \u00D7 "
                        + overall.get("instanceType").asText() + "</h3>")
                .contains("<span class=\"monthly\">" + Format.usd(overall.get("monthlyUsd").decimalValue()) + "</span> per month");
    }
}
