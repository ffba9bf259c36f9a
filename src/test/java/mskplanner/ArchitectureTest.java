package mskplanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering rules of docs/architecture.md, checked on the sources so that a change that breaks one fails the build:
 * which layer may use which, where AWS and HTTP code may appear, and no package cycles.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java");
    /** A reference to another project class: an import, or a qualified name in the code. */
    private static final Pattern REFERENCE = Pattern.compile("\\b(mskplanner(?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");
    private static final Pattern FOREIGN_IMPORT = Pattern.compile("^import (?:static )?([a-z][\\w.]*)\\.", Pattern.MULTILINE);

    @Test
    void the_application_layer_renders_nothing_and_knows_no_web_or_cli() {
        assertThat(offenders("mskplanner.app", "mskplanner.web", "mskplanner.cli")).isEmpty();
        assertThat(foreignImports("mskplanner.app", "io.javalin", "gg.jte", "picocli")).isEmpty();
    }

    @Test
    void web_never_uses_the_cli_and_the_cli_only_starts_the_web_app() {
        assertThat(offenders("mskplanner.web", "mskplanner.cli")).isEmpty();
        assertThat(offenders("mskplanner.cli", "mskplanner.web.api", "mskplanner.web.page")).isEmpty();
    }

    @Test
    void only_the_aws_adapters_and_the_cli_wiring_speak_to_the_aws_sdk() {
        assertThat(foreignImports("mskplanner.engine", "software.amazon")).isEmpty();
        assertThat(foreignImports("mskplanner.app", "software.amazon")).isEmpty();
        assertThat(foreignImports("mskplanner.web", "software.amazon")).isEmpty();
    }

    @Test
    void csv_is_parsed_and_quoted_only_in_app_csv_reader_and_app_csv() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<String> users = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> read(f).contains("com.fasterxml.jackson.dataformat.csv"))
                    .map(f -> MAIN.relativize(f).toString().replace('\\', '/')).sorted().toList();
            assertThat(users).containsExactly("mskplanner/app/Csv.java", "mskplanner/app/CsvReader.java");
        }
    }

    @Test
    void no_package_depends_on_itself_through_another() {
        Map<String, Set<String>> graph = dependencies();
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            for (String next : graph.get(start)) {
                if (reaches(graph, next, start, new HashSet<>())) {
                    cycles.add(start + " -> " + next + " -> ... -> " + start);
                }
            }
        }
        assertThat(cycles).isEmpty();
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String target, Set<String> seen) {
        if (from.equals(target)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        for (String next : graph.getOrDefault(from, Set.of())) {
            if (reaches(graph, next, target, seen)) {
                return true;
            }
        }
        return false;
    }

    /** Files of {@code layer} (and its sub-packages) that refer to a class of one of {@code forbidden}'s packages. */
    private static List<String> offenders(String layer, String... forbidden) {
        List<String> found = new ArrayList<>();
        sources().forEach((pkg, texts) -> {
            if (!inside(pkg, layer)) {
                return;
            }
            for (String used : referencedPackages(texts)) {
                for (String f : forbidden) {
                    if (inside(used, f)) {
                        found.add(pkg + " uses " + used);
                    }
                }
            }
        });
        return found;
    }

    private static List<String> foreignImports(String layer, String... forbidden) {
        List<String> found = new ArrayList<>();
        sources().forEach((pkg, texts) -> {
            if (!inside(pkg, layer)) {
                return;
            }
            for (String text : texts) {
                Matcher m = FOREIGN_IMPORT.matcher(text);
                while (m.find()) {
                    for (String f : forbidden) {
                        if (m.group(1).startsWith(f)) {
                            found.add(pkg + " imports " + m.group(1));
                        }
                    }
                }
            }
        });
        return found;
    }

    private static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> graph = new TreeMap<>();
        sources().forEach((pkg, texts) -> {
            Set<String> used = referencedPackages(texts);
            used.remove(pkg);
            graph.put(pkg, used);
        });
        return graph;
    }

    private static Set<String> referencedPackages(List<String> texts) {
        Set<String> used = new TreeSet<>();
        for (String text : texts) {
            Matcher m = REFERENCE.matcher(text);
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        return used;
    }

    private static boolean inside(String pkg, String parent) {
        return pkg.equals(parent) || pkg.startsWith(parent + ".");
    }

    /** The main sources by package: the text of each file without its package line. */
    private static Map<String, List<String>> sources() {
        Map<String, List<String>> byPackage = new HashMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                String pkg = MAIN.relativize(p.getParent()).toString().replace('/', '.').replace('\\', '.');
                String text = read(p).replaceFirst("(?m)^package [^;]+;", "");
                byPackage.computeIfAbsent(pkg, k -> new ArrayList<>()).add(text);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byPackage;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
