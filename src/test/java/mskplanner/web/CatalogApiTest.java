package mskplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import mskplanner.app.Json;
import mskplanner.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogApiTest {
    private Http http;

    @BeforeEach
    void start() {
        http = Http.start();
    }

    @AfterEach
    void stop() {
        http.close();
    }

    @Test
    void prices_of_a_region_list_every_item_with_unit_and_confidence() throws Exception {
        JsonNode r = Json.mapper().readTree(http.get("/api/v1/prices?region=us-east-1").body());
        assertThat(r.get("currency").asText()).isEqualTo("USD");
        JsonNode m5 = null;
        for (JsonNode p : r.get("prices")) {
            if (p.get("item").asText().equals("broker-hour:kafka.m5.large")) {
                m5 = p;
            }
        }
        assertThat(m5).isNotNull();
        assertThat(m5.get("usd").decimalValue()).isEqualByComparingTo("0.21");
        assertThat(m5.get("unit").asText()).isEqualTo("broker-hour");
        assertThat(m5.get("confidence").asText()).isEqualTo("confirmed");
    }

    @Test
    void an_unknown_price_is_null_not_zero() throws Exception {
        JsonNode r = Json.mapper().readTree(http.get("/api/v1/prices?region=us-east-1").body());
        for (JsonNode p : r.get("prices")) {
            if (p.get("item").asText().equals("tiered-retrieval-gb")) {
                assertThat(p.get("usd").isNull()).isTrue();
                assertThat(p.get("confidence").asText()).isEqualTo("unknown");
                return;
            }
        }
        throw new AssertionError("tiered-retrieval-gb not listed");
    }

    @Test
    void prices_come_as_csv_for_spreadsheets() throws Exception {
        HttpResponse<String> r = http.get("/api/v1/prices?region=eu-west-1&format=csv");
        assertThat(r.body()).startsWith("region,item,usd,unit,confidence,source\r\n");
        assertThat(r.body()).contains("\r\neu-west-1,broker-hour:kafka.m5.large,0.234,broker-hour,");
    }

    @Test
    void an_unknown_region_is_a_400() throws Exception {
        assertThat(http.get("/api/v1/prices?region=xx-1").statusCode()).isEqualTo(400);
    }

    @Test
    void an_unknown_format_is_a_400_naming_the_parameter() throws Exception {
        HttpResponse<String> r = http.get("/api/v1/prices?format=xml");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(r.body()).get("field").asText()).isEqualTo("format");
    }

    @Test
    void instance_types_carry_the_sizing_figures() throws Exception {
        JsonNode r = Json.mapper().readTree(http.get("/api/v1/instance-types").body());
        JsonNode first = r.get("instanceTypes").get(0);
        assertThat(first.get("name").asText()).isEqualTo("kafka.t3.small");
        assertThat(r.get("instanceTypes")).hasSize(23);
        HttpResponse<String> csv = http.get("/api/v1/instance-types", "Accept", "text/csv");
        assertThat(csv.body().split("\r\n")).hasSize(24);
    }
}
