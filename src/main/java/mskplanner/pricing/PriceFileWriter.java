package mskplanner.pricing;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/** Writes price files in the layout of the bundled ones (two-space indent, {@code "key": value}, final newline). */
final class PriceFileWriter {
    private static final ObjectWriter WRITER = PricingLoader.mapper().writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    static final String TEMP_SUFFIX = ".tmp";
    private static final Set<PosixFilePermission> PUBLIC_READ = PosixFilePermissions.fromString("rw-r--r--");

    private PriceFileWriter() {
    }

    static String toJson(PriceFile file) {
        try {
            return WRITER.writeValueAsString(file) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code target} in one step: a reader sees the old file or the new one, never half of it. */
    static void writeAtomically(Path target, String content) throws IOException {
        writeAtomically(target, content, (file, text) -> Files.writeString(file, text, StandardCharsets.UTF_8));
    }

    /** The same, with the write itself given: tests make it fail half-way, as a full disk does. */
    static void writeAtomically(Path target, String content, ContentWrite write) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), TEMP_SUFFIX);
        try {
            write.write(tmp, content);
            // A temp file is created 0600; a price file is read by whoever runs the server, as the bundled copy was.
            setMode(tmp, Files.exists(target) ? modeOf(target) : PUBLIC_READ);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Removes the temp files of runs killed before their rename: they are never valid price files. */
    static void removeStaleTempFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") && name.contains(".json") && name.endsWith(TEMP_SUFFIX)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    @FunctionalInterface
    interface ContentWrite {
        void write(Path file, String content) throws IOException;
    }

    private static Set<PosixFilePermission> modeOf(Path file) throws IOException {
        try {
            return Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException e) {
            return PUBLIC_READ;
        }
    }

    private static void setMode(Path file, Set<PosixFilePermission> mode) throws IOException {
        try {
            Files.setPosixFilePermissions(file, mode);
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the temp file already has the directory's default access.
        }
    }
}
