package mskplanner.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a report file through a temp file beside it and a rename: on a full disk or a killed run the earlier report
 * is still there, whole, and no half-written one takes its place.
 */
final class AtomicOutput {
    private static final Set<PosixFilePermission> PUBLIC_READ = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicOutput() {
    }

    static void write(Path target, String text) throws IOException {
        write(target, text, (file, content) -> Files.writeString(file, content, StandardCharsets.UTF_8));
    }

    /** The same, with the write itself given: tests make it fail half-way, as a full disk does. */
    static void write(Path target, String text, ContentWrite write) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            write.write(tmp, text);
            try {
                // A temp file is created 0600; a report is as readable as any file the user writes.
                Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target) : PUBLIC_READ);
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the temp file keeps the directory's default access.
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @FunctionalInterface
    interface ContentWrite {
        void write(Path file, String content) throws IOException;
    }
}
