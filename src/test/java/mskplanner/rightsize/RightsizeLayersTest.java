package mskplanner.rightsize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Right-sizing's home depends on no shell, and the shared application layer renders nothing. */
class RightsizeLayersTest {
    private static final Path MAIN = Path.of("src/main/java/mskplanner");

    private static List<String> importsIn(Path dir, boolean recursive) throws IOException {
        try (Stream<Path> files = recursive ? Files.walk(dir) : Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> l.startsWith("import ")).map(l -> f.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void the_feature_home_imports_neither_its_renderers_nor_the_web_nor_the_cli() throws IOException {
        assertThat(importsIn(MAIN.resolve("rightsize"), false))
                .noneMatch(l -> l.contains("mskplanner.rightsize.report.") || l.contains("mskplanner.web.")
                        || l.contains("mskplanner.cli.") || l.contains("gg.jte") || l.contains("io.javalin"));
    }

    @Test
    void the_application_layer_renders_no_html_or_markdown() throws IOException {
        assertThat(importsIn(MAIN.resolve("app"), true)).noneMatch(l -> l.contains("gg.jte") || l.contains("mskplanner.rightsize.report."));
        assertThat(MAIN.resolve("app/rightsize")).doesNotExist();
    }
}
