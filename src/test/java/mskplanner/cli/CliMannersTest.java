package mskplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mskplanner.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** How the CLI meets people: aliases, suggestions for typos, examples in every help. */
class CliMannersTest {
    private static final String NL = System.lineSeparator();

    private static List<CommandLine> everyCommand() {
        List<CommandLine> all = new ArrayList<>();
        collect(MskPlannerCommand.commandLine(), all);
        return all;
    }

    private static void collect(CommandLine cmd, List<CommandLine> all) {
        if (!(cmd.getCommand() instanceof CommandLine.HelpCommand)) {
            all.add(cmd);
        }
        cmd.getSubcommands().values().forEach(c -> collect(c, all));
    }

    @Test
    void every_command_with_format_takes_output_as_the_same_option() {
        List<String> withFormat = new ArrayList<>();
        for (CommandLine cmd : everyCommand()) {
            CommandLine.Model.OptionSpec format = cmd.getCommandSpec().findOption("--format");
            if (format != null) {
                withFormat.add(cmd.getCommandName());
                assertThat(cmd.getCommandSpec().findOption("--output")).as(cmd.getCommandName()).isSameAs(format);
            }
        }
        assertThat(withFormat).containsExactlyInAnyOrder("plan", "estimate", "break-even", "rightsize");
    }

    @Test
    void output_json_prints_what_format_json_prints() {
        Cli byFormat = new Cli();
        Cli byOutput = new Cli();

        assertThat(byFormat.run("estimate", "--file", "docs/examples/clusters.json", "--format", "json")).isZero();
        assertThat(byOutput.run("estimate", "--file", "docs/examples/clusters.json", "--output", "json")).isZero();

        assertThat(byOutput.out()).isEqualTo(byFormat.out()).startsWith("{");
    }

    @Test
    void every_help_ends_with_examples_that_are_valid_command_lines() {
        for (CommandLine cmd : everyCommand()) {
            String[] footer = cmd.getCommandSpec().usageMessage().footer();
            List<String> examples = Arrays.stream(footer).map(String::strip).filter(l -> l.startsWith("msk-planner")).toList();

            assertThat(footer).as(cmd.getCommandName()).contains("Examples:");
            assertThat(examples).as(cmd.getCommandName()).hasSizeBetween(1, 2);
            for (String example : examples) {
                String[] args = example.substring("msk-planner ".length()).split(" ");
                // Parsing checks every flag and value type without running the command (no server, no AWS call).
                MskPlannerCommand.commandLine().parseArgs(args);
                assertThat(example.length()).as("fits an 80-column help: " + example).isLessThanOrEqualTo(78);
            }
        }
    }

    @Test
    void the_help_shows_the_examples_last() {
        Cli cli = new Cli();

        assertThat(cli.run("plan", "--help")).isZero();

        assertThat(cli.out()).endsWith("Examples:" + NL + "  msk-planner plan --avg-ingress-mbps 50 --peak-ingress-mbps 120" + NL
                + "  msk-planner plan --file docs/examples/profile.json --output json" + NL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "plan --formt json | msk-planner: Unknown options: '--formt', 'json'; did you mean --format? (see --help)",
            "plna | msk-planner: Unmatched argument at index 0: 'plna'; did you mean plan? (see --help)",
            "pricing refesh | msk-planner: Unmatched argument at index 1: 'refesh'; did you mean refresh? (see --help)"})
    void a_mistyped_flag_or_command_exits_2_with_one_line_suggesting_the_right_one(String args, String line) {
        Cli cli = new Cli();

        assertThat(cli.run(args.split(" "))).isEqualTo(2);

        assertThat(cli.err()).isEqualTo(line + NL);
    }
}
