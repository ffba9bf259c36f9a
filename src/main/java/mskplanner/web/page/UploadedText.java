package mskplanner.web.page;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The text of an uploaded file (a topic inventory, chosen on the plan or right-size page or sent to the API). */
public final class UploadedText {
    private UploadedText() {
    }

    /** The UTF-8 text of the file uploaded as {@code field}; empty when the request has none or an empty one. */
    public static Optional<String> of(Context ctx, String field) throws IOException {
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile(field) : null;
        if (file == null || file.size() == 0) {
            return Optional.empty();
        }
        try (InputStream in = file.content()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
