package mskplanner.app.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import mskplanner.app.Json;
import mskplanner.app.plan.batch.BatchProfile;
import mskplanner.app.plan.batch.BatchReader;
import mskplanner.cli.MskPlannerCommand;
import mskplanner.testing.Fixtures;
import mskplanner.testing.Http;
import mskplanner.web.page.Field;
import mskplanner.web.page.plan.PlanForm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine.Model.OptionSpec;

/** The one declaration of the plan request's fields, and every place derived from it, list the same fields. */
class PlanFieldTest {
    /** The flags of msk-planner 0.1 (a public contract): each plan field's kebab-case name. */
    private static final List<String> FLAGS_OF_0_1 = List.of("--region", "--avg-ingress-mbps", "--peak-ingress-mbps",
            "--avg-egress-mbps", "--peak-egress-mbps", "--consumer-groups", "--messages-per-second", "--avg-message-bytes",
            "--max-message-bytes", "--partitions", "--max-consumer-parallelism", "--write-mbps-per-partition",
            "--read-mbps-per-partition", "--replication-factor", "--min-insync-replicas", "--availability-zones",
            "--retention-hours", "--local-retention-hours", "--utilization-standard", "--utilization-express",
            "--provisioned-throughput-mibps", "--rack-aware-consumers", "--broker-quota", "--preset", "--hours-per-month",
            "--disk-headroom", "--use-max-partitions", "--msk-discount-percent", "--ops-hours-per-month", "--ops-hourly-usd",
            "--compacted-partitions", "--authentication", "--connect-workers", "--mcu-per-worker", "--break-even");

    /** Options of plan and break-even that are not plan fields. */
    private static final Set<String> COMMAND_OWN_OPTIONS = Set.of("--file", "--format", "--batch", "--crossovers",
            "--pricing-dir", "--help", "--version", "--verbose", "--topics", "--kafka-topics", "--topic-throughput",
            "--topic-avg-ingress-mbps");

    /** A value each field refuses, and any other field that value needs to be checked at all. */
    private static final Map<PlanField, String> OUT_OF_RANGE = Map.ofEntries(
            Map.entry(PlanField.REGION, "region=mars-1"),
            Map.entry(PlanField.AVG_INGRESS_MBPS, "avgIngressMBps=2000000"),
            Map.entry(PlanField.PEAK_INGRESS_MBPS, "peakIngressMBps=0"),
            Map.entry(PlanField.AVG_EGRESS_MBPS, "avgEgressMBps=0"),
            Map.entry(PlanField.PEAK_EGRESS_MBPS, "peakEgressMBps=0"),
            Map.entry(PlanField.CONSUMER_GROUPS, "consumerGroups=0"),
            Map.entry(PlanField.MESSAGES_PER_SECOND, "messagesPerSecond=0"),
            Map.entry(PlanField.AVG_MESSAGE_BYTES, "avgMessageBytes=0.5"),
            Map.entry(PlanField.MAX_MESSAGE_BYTES, "maxMessageBytes=0"),
            Map.entry(PlanField.PARTITIONS, "partitions=0"),
            Map.entry(PlanField.MAX_CONSUMER_PARALLELISM, "maxConsumerParallelism=0"),
            Map.entry(PlanField.WRITE_MBPS_PER_PARTITION, "writeMBpsPerPartition=0"),
            Map.entry(PlanField.READ_MBPS_PER_PARTITION, "readMBpsPerPartition=0"),
            Map.entry(PlanField.REPLICATION_FACTOR, "replicationFactor=0"),
            Map.entry(PlanField.MIN_INSYNC_REPLICAS, "minInsyncReplicas=0"),
            Map.entry(PlanField.AVAILABILITY_ZONES, "availabilityZones=5"),
            Map.entry(PlanField.RETENTION_HOURS, "retentionHours=0"),
            Map.entry(PlanField.LOCAL_RETENTION_HOURS, "localRetentionHours=0"),
            Map.entry(PlanField.UTILIZATION_STANDARD, "utilizationStandard=2"),
            Map.entry(PlanField.UTILIZATION_EXPRESS, "utilizationExpress=2"),
            Map.entry(PlanField.PROVISIONED_THROUGHPUT_MIBPS, "provisionedThroughputMiBps=100"),
            Map.entry(PlanField.RACK_AWARE_CONSUMERS, "rackAwareConsumers=maybe"),
            Map.entry(PlanField.BROKER_QUOTA, "brokerQuota=0"),
            Map.entry(PlanField.PRESET, "preset=excel"),
            Map.entry(PlanField.HOURS_PER_MONTH, "hoursPerMonth=800"),
            Map.entry(PlanField.DISK_HEADROOM, "diskHeadroom=0.5"),
            Map.entry(PlanField.USE_MAX_PARTITIONS, "useMaxPartitions=maybe"),
            Map.entry(PlanField.MSK_DISCOUNT_PERCENT, "mskDiscountPercent=101"),
            Map.entry(PlanField.OPS_HOURS_PER_MONTH, "opsHoursPerMonth=-1"),
            Map.entry(PlanField.OPS_HOURLY_USD, "opsHourlyUsd=-1"),
            Map.entry(PlanField.COMPACTED_PARTITIONS, "compactedPartitions=-1"),
            Map.entry(PlanField.AUTHENTICATION, "authentication=kerberos"),
            Map.entry(PlanField.CONNECT_WORKERS, "connectWorkers=0"),
            Map.entry(PlanField.MCU_PER_WORKER, "connectWorkers=1&mcuPerWorker=0"),
            Map.entry(PlanField.BREAK_EVEN, "breakEven=maybe"));

    private static Http http;

    @BeforeAll
    static void start() {
        http = Http.start();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    private static List<String> declared() {
        return Arrays.stream(PlanField.values()).map(PlanField::fieldName).toList();
    }

    @Test
    void the_json_record_has_one_component_per_declared_field_of_the_declared_type_and_the_topic_inventory() {
        List<String> record = Arrays.stream(PlanRequest.class.getRecordComponents())
                .filter(c -> !c.getName().equals(PlanRequest.TOPICS))
                .map(c -> c.getName() + ":" + c.getType().getSimpleName()).toList();
        List<String> declaration = Arrays.stream(PlanField.values())
                .map(f -> f.fieldName() + ":" + f.type().getSimpleName()).toList();

        assertThat(declaration).containsExactlyInAnyOrderElementsOf(record);
        assertThat(PlanRequest.class.getRecordComponents()).extracting(c -> c.getName()).contains(PlanRequest.TOPICS);
    }

    @Test
    void the_flags_are_the_kebab_case_names_of_the_fields_and_exactly_the_flags_of_0_1() {
        assertThat(Arrays.stream(PlanField.values()).map(PlanField::flag)).containsExactlyInAnyOrderElementsOf(FLAGS_OF_0_1);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"plan", "break-even"})
    void the_commands_have_one_flag_per_declared_field_with_a_description(String command) {
        List<OptionSpec> options = MskPlannerCommand.commandLine().getSubcommands().get(command).getCommandSpec().options();
        List<OptionSpec> planFlags = options.stream().filter(o -> !COMMAND_OWN_OPTIONS.contains(o.longestName())).toList();

        assertThat(planFlags.stream().map(OptionSpec::longestName)).containsExactlyInAnyOrderElementsOf(FLAGS_OF_0_1);
        assertThat(planFlags).allSatisfy(o -> assertThat(o.description()).as(o.longestName()).hasSize(1));
    }

    @Test
    void plan_help_lists_every_flag() {
        mskplanner.testing.Cli cli = new mskplanner.testing.Cli();

        assertThat(cli.run("plan", "--help")).isZero();

        assertThat(cli.out()).contains(FLAGS_OF_0_1).contains("Average ingress, MB/s.").contains("MSK discount, %.");
    }

    @Test
    void yes_no_flags_take_a_value_except_use_max_partitions_which_may_stand_alone() {
        var spec = MskPlannerCommand.commandLine().getSubcommands().get("plan").getCommandSpec();

        assertThat(spec.findOption("--rack-aware-consumers").arity().toString()).isEqualTo("1");
        assertThat(spec.findOption("--break-even").arity().toString()).isEqualTo("1");
        assertThat(spec.findOption("--use-max-partitions").arity().toString()).isEqualTo("0..1");
    }

    @Test
    void the_form_has_one_input_per_declared_field() {
        List<String> inputs = new PlanForm(Fixtures.bundled()).fields().stream().map(Field::name).toList();

        assertThat(inputs).containsExactlyElementsOf(declared());
    }

    @Test
    void the_batch_csv_columns_are_the_declared_fields() throws Exception {
        String header = String.join(",", declared());
        String row = declared().stream().map(n -> "").collect(Collectors.joining(","));

        List<BatchProfile> profiles = BatchReader.read(header + "\n" + row + "\n");

        assertThat(BatchReader.COLUMNS).containsExactlyInAnyOrderElementsOf(declared());
        assertThat(profiles).hasSize(1);
    }

    @Test
    void the_plan_api_document_lists_every_declared_field() throws Exception {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/plan-api.md"));

        assertThat(doc).contains(declared().stream().map(n -> "`" + n + "`").toList());
    }

    @Test
    void every_field_has_an_out_of_range_value_in_this_test() {
        assertThat(OUT_OF_RANGE.keySet()).containsExactlyInAnyOrder(PlanField.values());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PlanField.class)
    void the_declared_range_is_what_the_api_says_for_a_value_out_of_it(PlanField field) throws Exception {
        String ingress = field == PlanField.AVG_INGRESS_MBPS ? "" : "avgIngressMBps=10&";
        String sweep = field == PlanField.BREAK_EVEN ? "" : "&breakEven=false";

        HttpResponse<String> r = http.get("/api/v1/plan?" + ingress + OUT_OF_RANGE.get(field) + sweep);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode problem = Json.mapper().readTree(r.body());
        assertThat(problem.get("field").asText()).isEqualTo(field.fieldName());
        assertThat(problem.get("allowed").asText()).isEqualTo(field.range(Fixtures.bundled()));
    }
}
