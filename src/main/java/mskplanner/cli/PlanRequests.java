package mskplanner.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import mskplanner.app.Json;
import mskplanner.app.plan.PlanRequest;
import mskplanner.engine.InvalidInputException;

/** The plan request of {@code plan} and {@code break-even}: the file's JSON (if any) with every given flag laid over it. */
final class PlanRequests {
    private PlanRequests() {
    }

    /** Read as the API reads a body, so the same field errors come out. */
    static PlanRequest read(String file, PlanOptions flags) throws Exception {
        return read(file, flags, java.util.Optional.empty());
    }

    /** As {@link #read(String, PlanOptions)}, with a topic inventory as the request's {@code topics}. */
    static PlanRequest read(String file, PlanOptions flags, java.util.Optional<com.fasterxml.jackson.databind.node.ArrayNode> topics)
            throws Exception {
        ObjectNode node = Json.mapper().createObjectNode();
        if (file != null) {
            String json = "-".equals(file) ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(file));
            if (!(Json.mapper().readTree(json) instanceof ObjectNode fromFile)) {
                throw new InvalidInputException("--file", file, "a file holding a JSON object");
            }
            node = fromFile;
        }
        node.setAll(flags.json());
        if (topics.isPresent()) {
            node.set(PlanRequest.TOPICS, topics.get());
        }
        return Json.mapper().treeToValue(node, PlanRequest.class);
    }
}
