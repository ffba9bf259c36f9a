package mskplanner.app.plan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import mskplanner.app.Json;
import mskplanner.app.plan.PlanFormats;
import mskplanner.app.plan.PlanRequest;
import mskplanner.app.plan.PlanService;
import mskplanner.testing.Fixtures;
import mskplanner.testing.Requests;
import org.junit.jupiter.api.Test;

class PlanBatchTest {
    private static final PlanService SERVICE = new PlanService(Fixtures.bundled());
    private final PlanBatch batch = new PlanBatch(SERVICE);

    private BatchResult run(String body) throws Exception {
        return batch.run(BatchReader.read(body));
    }

    private static String csvRow(BatchResult result, int index) {
        return BatchFormats.csv(result).split("\r\n")[index + 1];
    }

    @Test
    void a_profile_gives_the_plan_csv_row_of_its_overall_pick() throws Exception {
        String profile = Requests.read("docs/examples/profile.json");
        String planRow = Arrays.stream(PlanFormats.csv(SERVICE.plan(Json.mapper().readValue(profile, PlanRequest.class)))
                .split("\r\n")).filter(r -> r.contains("overall")).findFirst().orElseThrow();
        List<String> plan = List.of(planRow.split(",", -1));

        String batchRow = csvRow(run("[" + profile + "]"), 0);

        // profile, the plan's first nine columns (51 x kafka.m7g.xlarge at $37,282.30 per docs/plan-api.md), no error,
        // the plan's annual cost and partitions, no cheapest deployment (a batch skips the decision matrix), no label
        assertThat(batchRow).isEqualTo("1," + String.join(",", plan.subList(0, 9)) + ",," + plan.get(9) + "," + plan.get(10)
                + ",,,");
        assertThat(planRow).startsWith("standard,kafka.m7g.xlarge,51,");
    }

    @Test
    void every_row_is_the_plan_csv_row_of_its_pick_as_the_whole_answer_gives_it_on_seeded_profiles() throws Exception {
        // A row is written from the pick alone (PlanService.sizingPlan); the reference is the whole sizing answer's
        // CSV cells of the same pick. Rates up to 20,000 MB/s put some profiles past the broker quota (the cheapest
        // option then stands in), small ones pick Express, tiering and 2 or 3 AZs vary the bills.
        java.util.Random random = new java.util.Random(20261204);
        List<String> profiles = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            double avg = i % 25 == 0 ? 5_000 + random.nextInt(15_000) : 0.5 + random.nextInt(80_000) / 100.0;
            double peak = avg * (1 + random.nextInt(300) / 100.0);
            int retention = new int[] {1, 24, 72, 168, 720, 2160}[random.nextInt(6)];
            String tiered = random.nextInt(4) == 0 ? ", \"localRetentionHours\": " + Math.min(12, retention) : "";
            profiles.add(String.format(java.util.Locale.ROOT, "{\"avgIngressMBps\": %.2f, \"peakIngressMBps\": %.2f, "
                    + "\"consumerGroups\": %d, \"retentionHours\": %d, \"availabilityZones\": %d%s}", avg, peak,
                    1 + random.nextInt(5), retention, 2 + random.nextInt(2), tiered));
        }

        BatchResult result = run("[" + String.join(",", profiles) + "]");

        int pastQuota = 0;
        for (int i = 0; i < profiles.size(); i++) {
            var whole = SERVICE.sizingOnly(Json.mapper().readValue(profiles.get(i), PlanRequest.class));
            var pick = whole.recommended().overall() != null ? whole.recommended().overall()
                    : whole.options().stream().min(java.util.Comparator.comparing(mskplanner.app.plan.OptionDto::monthlyUsd))
                            .orElseThrow();
            pastQuota += whole.recommended().overall() == null ? 1 : 0;
            assertThat(result.rows().get(i).cells()).as("profile %d: %s", i + 1, profiles.get(i))
                    .isEqualTo(PlanFormats.csvCells(whole, pick));
        }
        assertThat(pastQuota).as("profiles past the broker quota").isPositive();
    }

    @Test
    void the_csv_header_is_profile_the_plan_columns_and_error_then_the_later_plan_columns_and_label() throws Exception {
        assertThat(BatchFormats.csv(run("avgIngressMBps\n5\n")).split("\r\n")[0]).isEqualTo("profile,deployment,instanceType,"
                + "brokers,bottleneck,monthlyUsd,fitsQuota,storageGiBPerBroker,sustainedLimitMBps,recommended-for,error,"
                + "annualUsd,partitions,cheapestDeployment,cheapestMonthlyUsd,label");
    }

    @Test
    void rows_keep_the_input_order() throws Exception {
        StringBuilder csv = new StringBuilder("avgIngressMBps\n");
        for (int i = 1; i <= 200; i++) {
            csv.append(i).append('\n');
        }
        BatchResult result = run(csv.toString());
        assertThat(result.rows()).extracting(BatchRow::profile).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 200).boxed().toList());
    }

    @Test
    void a_bad_row_is_reported_in_its_row_and_the_others_are_planned() throws Exception {
        BatchResult result = run("avgIngressMBps,consumerGroups\n100,2\n-5,1\n50,two\n10,1\n");
        assertThat(result.rows()).extracting(BatchRow::ok).containsExactly(true, false, false, true);
        assertThat(result.rows().get(1).error()).isEqualTo("avgIngressMBps = -5 is not allowed: a number > 0 and <= 1000000");
        assertThat(result.rows().get(2).error()).isEqualTo("consumerGroups = two is not allowed: a whole number");
        assertThat(csvRow(result, 1)).isEqualTo("2,,,,,,,,,,avgIngressMBps = -5 is not allowed: a number > 0 and <= 1000000,,,,,");
    }

    @Test
    void a_bad_decision_matrix_field_is_refused_as_the_full_plan_refuses_it() throws Exception {
        String expected;
        try {
            SERVICE.plan(Json.mapper().readValue("{\"avgIngressMBps\": 5, \"authentication\": \"nope\"}", PlanRequest.class));
            throw new AssertionError("the full plan accepted authentication=nope");
        } catch (mskplanner.engine.InvalidInputException e) {
            expected = e.getMessage();
        }
        assertThat(run("avgIngressMBps,authentication\n5,nope\n").rows().get(0).error()).isEqualTo(expected);
    }

    @Test
    void when_nothing_fits_the_broker_quota_the_row_is_the_cheapest_option_marked_as_not_fitting() throws Exception {
        BatchResult result = run("avgIngressMBps,peakIngressMBps,brokerQuota\n2000,4000,3\n");
        BatchRow row = result.rows().get(0);
        assertThat(row.ok()).isTrue();
        assertThat(row.cells().get(5)).isEqualTo(false);
        assertThat(row.cells().get(8)).isEqualTo("");
    }

    @Test
    void overrides_apply_to_every_profile() throws Exception {
        List<BatchProfile> profiles = BatchReader.read("avgIngressMBps\n100\n");
        BatchResult plain = batch.run(profiles);
        BatchResult tiny = batch.run(profiles, (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper()
                .readTree("{\"avgIngressMBps\": 1}"));
        assertThat((int) tiny.rows().get(0).cells().get(2)).isLessThan((int) plain.rows().get(0).cells().get(2));
    }

    @Test
    void json_output_has_the_same_fields_in_camel_case_with_counts() throws Exception {
        var json = BatchFormats.json(run("avgIngressMBps\n100\n-1\n"));
        assertThat(json.get("profiles").asInt()).isEqualTo(2);
        assertThat(json.get("failed").asInt()).isEqualTo(1);
        List<String> names = new java.util.ArrayList<>();
        json.get("results").get(0).fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("profile", "deployment", "instanceType", "brokers", "bottleneck", "monthlyUsd",
                "fitsQuota", "storageGiBPerBroker", "sustainedLimitMBps", "recommendedFor", "error", "annualUsd", "partitions",
                "cheapestDeployment", "cheapestMonthlyUsd", "label");
        assertThat(json.at("/results/1/error").asText()).startsWith("avgIngressMBps = -1 is not allowed");
    }
    @Test
    void a_streamed_batch_on_every_core_keeps_the_input_order_and_reads_at_most_a_window_ahead() throws Exception {
        int profiles = 3 * PlanBatch.IN_FLIGHT + 7;
        int[] read = {0};
        Iterable<BatchProfile> input = () -> new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return read[0] < profiles;
            }

            @Override
            public BatchProfile next() {
                int n = ++read[0];
                // every 10th profile is refused: refused and planned rows interleave in the output as in the input
                com.fasterxml.jackson.databind.node.ObjectNode fields = Json.mapper().createObjectNode()
                        .put("avgIngressMBps", n % 10 == 0 ? -1 : n % 300 + 1);
                return BatchProfile.of(n, fields, null);
            }
        };
        List<Integer> written = new java.util.ArrayList<>();
        List<Integer> aheadWhenWritten = new java.util.ArrayList<>();

        batch.stream(input, Json.mapper().createObjectNode(), row -> {
            aheadWhenWritten.add(read[0] - row.profile());
            assertThat(row.ok()).isEqualTo(row.profile() % 10 != 0);
            written.add(row.profile());
        });

        assertThat(written).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, profiles).boxed().toList());
        // the window (plus the task being filled) bounds what is read but not yet written
        assertThat(aheadWhenWritten).allSatisfy(ahead ->
                assertThat(ahead).isLessThanOrEqualTo(PlanBatch.IN_FLIGHT + PlanBatch.TASK_PROFILES));
    }
}
