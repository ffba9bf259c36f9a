package mskplanner.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine is pure Java: it must not know where numbers come from or where they go. */
class EnginePurityTest {
    @Test
    void engine_sources_import_only_java_and_the_engine_itself() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/mskplanner/engine"))) {
            offenders = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream()
                            .filter(l -> l.startsWith("import "))
                            .filter(l -> !l.matches("import (static )?(java\\.|mskplanner\\.engine\\.).*"))
                            .map(l -> p.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(offenders).isEmpty();
    }
}
