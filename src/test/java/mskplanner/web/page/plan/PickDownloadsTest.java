package mskplanner.web.page.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mskplanner.app.Json;
import mskplanner.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plan page's pick cards carry the pick's create-cluster JSON and Terraform as files, exactly as the API answers them. */
class PickDownloadsTest {
    static final String QUERY = "avgIngressMBps=50&peakIngressMBps=120&consumerGroups=2&maxConsumerParallelism=24&breakEven=false";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The saved file of the download link {@code fileName} on the page, decoded from its data: URL. */
    private static String download(String page, String fileName) {
        Matcher m = Pattern.compile("<a class=\"download\" data-format=\"[a-z]+\" href=\"data:([a-z]+/[a-z]+);charset=utf-8;base64,"
                + "([A-Za-z0-9+/=]*)\" download=\"" + Pattern.quote(fileName) + "\">").matcher(page);
        assertThat(m.find()).as("a download link saving " + fileName).isTrue();
        return new String(Base64.getDecoder().decode(m.group(2)), StandardCharsets.UTF_8);
    }

    private static JsonNode api() throws Exception {
        return Json.mapper().readTree(server.get("/api/v1/plan?" + QUERY).body());
    }

    @Test
    void each_pick_card_saves_the_create_cluster_json_the_api_answers() throws Exception {
        String page = server.get("/plan?" + QUERY).body();
        JsonNode api = api();

        for (String pick : new String[] {"overall", "m5", "m7g", "express"}) {
            JsonNode saved = Json.mapper().readTree(download(page, "create-cluster-" + pick + ".json"));
            assertThat(saved).as(pick).isEqualTo(api.at("/recommended/" + pick + "/apply/createClusterJson"));
        }
    }

    @Test
    void each_pick_card_saves_the_terraform_the_api_answers() throws Exception {
        String page = server.get("/plan?" + QUERY).body();
        JsonNode api = api();

        assertThat(download(page, "msk-cluster-m7g.tf")).isEqualTo(api.at("/recommended/m7g/apply/terraform").asText())
                .contains("resource \"aws_msk_cluster\" \"this\" {");
    }

    @Test
    void the_pick_card_shows_the_topic_line() throws Exception {
        String page = server.get("/plan?" + QUERY).body();

        assertThat(page).contains("<pre class=\"kafka-topics\"><code>kafka-topics.sh --bootstrap-server BOOTSTRAP-BROKERS-REPLACE-ME"
                + " --create --topic TOPIC-NAME-REPLACE-ME --partitions 24 --replication-factor 3");
    }
}
