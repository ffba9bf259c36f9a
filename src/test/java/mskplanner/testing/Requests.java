package mskplanner.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Request bodies the README shows, read from the same files so the documented examples stay tested. */
public final class Requests {
    private Requests() {
    }

    /** The estimate example: 4 x m5.24xlarge, an Express cluster, a Serverless dev cluster and a Connect sink. */
    public static String clustersExample() {
        return read("docs/examples/clusters.json");
    }

    public static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
