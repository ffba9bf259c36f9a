package mskplanner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mskplanner.app.Json;
import mskplanner.testing.Cli;
import mskplanner.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of the README and the user docs ({@link #PAGES}) are what the tool prints today. Every {@code java -jar target/msk-planner.jar ...} and
 * {@code curl ... http://127.0.0.1:7070/...} command in a bash block is run (the CLI in-process, curl's request over
 * HTTP to a server on the bundled prices) and must succeed; where an output block follows the command, the output must
 * match it line by line, a line {@code ...} standing for any number of lines and a line ending in {@code " ..."} for the rest of that line. A JSON output with {@code ...} in it
 * must contain each of its {@code "key":value} pairs; one without must be the same JSON.
 */
class ReadmeExamplesTest {
    /** The README and the docs a user follows step by step. */
    private static final List<Path> PAGES = List.of(Path.of("README.md"), Path.of("docs/plan-api.md"),
            Path.of("docs/rightsize.md"), Path.of("docs/spreadsheets.md"));
    private static final String JAR = "java -jar target/msk-planner.jar";
    private static final String SERVER = "http://127.0.0.1:7070";
    private static final Pattern JSON_PAIR = Pattern.compile("\"[A-Za-z]+\":(\"[^\"]*\"|-?[0-9][0-9.]*|true|false|null)");
    private static Http http;
    private final HttpClient client = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    /** One command of a bash block, and the output block right after it if the block holds only that command. */
    record Example(Path page, int line, String command, String outputLanguage, List<String> output) {
        @Override
        public String toString() {
            return page + ":" + line + " " + command.lines().findFirst().orElse("");
        }
    }

    @BeforeAll
    static void start() {
        http = Http.start();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    static Stream<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        for (Path page : PAGES) {
            examples.addAll(examples(page));
        }
        return examples.stream();
    }

    private static List<Example> examples(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("```bash")) {
                continue;
            }
            int start = i + 1;
            int end = closing(lines, start);
            List<String> commands = commands(lines.subList(start, end));
            int next = end + 1;
            while (next < lines.size() && lines.get(next).isBlank()) {
                next++;
            }
            long runnable = commands.stream().filter(ReadmeExamplesTest::runnable).count();
            boolean outputFollows = runnable == 1 && next < lines.size() && lines.get(next).startsWith("```")
                    && !lines.get(next).equals("```bash");
            for (String command : commands) {
                if (command.startsWith("printf ") && command.contains(" > ")) {
                    examples.add(new Example(page, start + 1, command, null, List.of()));
                    continue;
                }
                if (!runnable(command)) {
                    continue;
                }
                if (outputFollows) {
                    int outEnd = closing(lines, next + 1);
                    examples.add(new Example(page, start + 1, command, lines.get(next).substring(3), lines.subList(next + 1, outEnd)));
                } else {
                    examples.add(new Example(page, start + 1, command, null, List.of()));
                }
            }
            i = end;
        }
        return examples;
    }

    private static boolean runnable(String command) {
        return command.startsWith(JAR) || command.startsWith("curl ") && command.contains(SERVER);
    }

    @Test
    void the_pages_have_cli_and_curl_examples_with_their_outputs() throws IOException {
        List<Example> all = examples().toList();
        assertThat(all).filteredOn(e -> e.command().startsWith(JAR) && e.outputLanguage() != null).hasSizeGreaterThanOrEqualTo(4);
        assertThat(all).filteredOn(e -> e.command().startsWith("curl") && e.outputLanguage() != null).hasSizeGreaterThanOrEqualTo(6);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void the_example_runs_and_prints_what_the_readme_shows(Example example) throws Exception {
        List<String> words = Shell.words(example.command()).stream().map(ReadmeExamplesTest::written).toList();
        if (words.get(0).equals("printf")) {
            printf(words);
            return;
        }
        String output = words.get(0).equals("java") ? cli(words.subList(3, words.size())) : curl(words.subList(1, words.size()));
        if (example.outputLanguage() == null) {
            return;
        }
        if (example.outputLanguage().equals("json")) {
            assertJson(example, String.join("\n", example.output()), output);
        } else {
            assertLines(example, example.output(), output.lines().toList());
        }
    }

    /** Files the examples write ({@code printf ... > profiles.csv}), kept for the examples after them, outside the checkout. */
    private static final Path WRITTEN = temporaryFolder();
    private static final java.util.Map<String, Path> WRITTEN_FILES = new java.util.concurrent.ConcurrentHashMap<>();

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("readme-examples");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A word naming a file an earlier example wrote (or {@code @file}) names the written copy. */
    private static String written(String word) {
        boolean at = word.startsWith("@");
        Path file = WRITTEN_FILES.get(at ? word.substring(1) : word);
        return file == null ? word : (at ? "@" : "") + file;
    }

    /** {@code printf 'FORMAT' > FILE}, for formats with {@code \n} escapes and no conversions. */
    private static void printf(List<String> words) throws IOException {
        assertThat(words).as("printf FORMAT > FILE").hasSize(4).element(2).isEqualTo(">");
        assertThat(words.get(1)).as("a printf format without conversions").doesNotContain("%");
        Path file = WRITTEN.resolve(words.get(3));
        Files.writeString(file, words.get(1).replace("\\n", "\n"));
        file.toFile().deleteOnExit();
        WRITTEN_FILES.put(words.get(3), file);
    }

    private String cli(List<String> args) throws IOException {
        List<String> run = new ArrayList<>(args);
        String outName = null;
        int out = run.indexOf("--out");
        if (out >= 0) {
            // A report is written into a temporary folder, not the checkout; the message names it as the README does.
            outName = run.get(out + 1);
            run.set(out + 1, dir.resolve(outName).toString());
        }
        Cli cli = new Cli();
        int exit = cli.run(run.toArray(String[]::new));
        assertThat(exit).as("exit code of %s; stderr: %s", args, cli.err()).isZero();
        String printed = cli.out() + cli.err();
        return outName == null ? printed : printed.replace(dir.resolve(outName).toString(), outName);
    }

    private String curl(List<String> args) throws Exception {
        String method = null;
        String url = null;
        String body = null;
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "-s", "-sS" -> { }
                case "-X" -> method = args.get(++i);
                case "-H" -> headers.add(args.get(++i));
                case "-d", "--data" -> body = data(args.get(++i), true);
                case "--data-binary" -> body = data(args.get(++i), false);
                default -> {
                    assertThat(arg).as("a curl option this test knows (add it here)").doesNotStartWith("-");
                    url = arg;
                }
            }
        }
        assertThat(url).as("the curl command's URL").startsWith(SERVER);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.uri("/") + url.substring(SERVER.length() + 1)));
        boolean typed = false;
        for (String header : headers) {
            int colon = header.indexOf(':');
            request.header(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
            typed |= header.toLowerCase().startsWith("content-type");
        }
        if (body != null && !typed) {
            request.header("Content-Type", "application/x-www-form-urlencoded"); // what curl -d sends unless told
        }
        String verb = method != null ? method : body != null ? "POST" : "GET";
        request.method(verb, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    /** curl's {@code -d @file} reads the file without its line breaks; {@code --data-binary} keeps them. */
    private static String data(String value, boolean stripLineBreaks) throws IOException {
        String text = value.startsWith("@") ? Files.readString(Path.of(value.substring(1))) : value;
        return stripLineBreaks ? text.replace("\r", "").replace("\n", "") : text;
    }

    private static void assertJson(Example example, String expected, String actual) throws IOException {
        if (!expected.contains("...")) {
            JsonNode want = Json.mapper().readTree(expected);
            assertThat(Json.mapper().readTree(actual)).as(example.toString()).isEqualTo(want);
            return;
        }
        Matcher pairs = JSON_PAIR.matcher(expected);
        while (pairs.find()) {
            if (pairs.group().contains("...")) {
                continue; // an elided value
            }
            assertThat(actual).as(example + ": the answer holds " + pairs.group()).contains(pairs.group());
        }
    }

    /** Expected lines in order; a line "..." (any indent) skips actual lines up to the next expected one. */
    private static void assertLines(Example example, List<String> expected, List<String> actual) {
        int at = 0;
        for (int e = 0; e < expected.size(); e++) {
            String want = expected.get(e).stripTrailing();
            if (want.strip().equals("...")) {
                if (e + 1 == expected.size()) {
                    return;
                }
                String next = expected.get(e + 1).stripTrailing();
                while (at < actual.size() && !actual.get(at).stripTrailing().equals(next)) {
                    at++;
                }
                assertThat(at).as(example + ": a printed line after the elision is\n" + next + "\nprinted:\n"
                        + String.join("\n", actual)).isLessThan(actual.size());
                continue;
            }
            assertThat(at).as(example + ": more lines printed than shown; missing\n" + want).isLessThan(actual.size());
            if (want.endsWith(" ...")) {
                // the rest of the line is left out (figures that move with the date, as the demo's history ends today)
                assertThat(actual.get(at)).as(example + ", line " + (e + 1) + " of the output block")
                        .startsWith(want.substring(0, want.length() - 4));
                at++;
                continue;
            }
            assertThat(actual.get(at).stripTrailing()).as(example + ", line " + (e + 1) + " of the output block").isEqualTo(want);
            at++;
        }
        assertThat(actual.subList(at, actual.size())).as(example + ": printed beyond what the README shows, without a '...'")
                .allMatch(String::isBlank);
    }

    /** Splits a command the way a POSIX shell does for the README's commands: quotes, backslash line continuations. */
    static final class Shell {
        private Shell() {
        }

        static List<String> words(String command) {
            List<String> words = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            boolean inWord = false;
            for (int i = 0; i < command.length(); i++) {
                char c = command.charAt(i);
                if (c == '\'') {
                    int close = command.indexOf('\'', i + 1);
                    word.append(command, i + 1, close);
                    i = close;
                    inWord = true;
                } else if (c == '"') {
                    int close = command.indexOf('"', i + 1);
                    word.append(command, i + 1, close);
                    i = close;
                    inWord = true;
                } else if (c == '\\' && i + 1 < command.length() && command.charAt(i + 1) == '\n') {
                    i++;
                } else if (c == '#' && !inWord) {
                    // A comment, to the end of its line.
                    int eol = command.indexOf('\n', i);
                    i = eol < 0 ? command.length() : eol;
                } else if (Character.isWhitespace(c)) {
                    if (inWord) {
                        words.add(word.toString());
                        word.setLength(0);
                        inWord = false;
                    }
                } else {
                    word.append(c);
                    inWord = true;
                }
            }
            if (inWord) {
                words.add(word.toString());
            }
            return words;
        }
    }

    /** The commands of a bash block: one per line, a line ending in a backslash continued on the next. */
    private static List<String> commands(List<String> block) {
        List<String> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : block) {
            current.append(line);
            if (line.endsWith("\\")) {
                current.append('\n');
            } else {
                if (!current.toString().isBlank()) {
                    commands.add(current.toString().strip());
                }
                current.setLength(0);
            }
        }
        return commands;
    }

    private static int closing(List<String> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            if (lines.get(j).startsWith("```")) {
                return j;
            }
        }
        throw new IllegalStateException("a code block opened before line " + from + " is not closed");
    }
}
