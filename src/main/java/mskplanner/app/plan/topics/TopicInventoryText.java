package mskplanner.app.plan.topics;

import java.util.List;
import mskplanner.app.plan.TopicRequest;

/** A pasted or uploaded inventory: {@code kafka-topics.sh --describe} output when it has topic summary lines, CSV otherwise. */
public final class TopicInventoryText {
    /**
     * The names of a pasted inventory, its uploaded file and the throughput CSV, as form fields of the plan and
     * right-size pages and of {@code POST /api/v1/rightsize}.
     */
    public static final String TOPICS = "topics";
    public static final String TOPICS_FILE = "topicsFile";
    public static final String TOPIC_THROUGHPUT = "topicThroughput";

    private TopicInventoryText() {
    }

    /**
     * A pasted or uploaded inventory with its throughput CSV laid over it; empty when the inventory is blank. A
     * throughput CSV without an inventory is refused, as it would size nothing.
     */
    public static List<TopicRequest> read(String inventory, String throughput) {
        if (inventory == null || inventory.isBlank()) {
            if (throughput != null && !throughput.isBlank()) {
                throw new mskplanner.engine.InvalidInputException(TOPIC_THROUGHPUT, "given without topics",
                        "used with a topic inventory (" + TOPICS + " or " + TOPICS_FILE + ")");
            }
            return List.of();
        }
        return TopicThroughput.apply(read(inventory), throughput, null);
    }

    public static List<TopicRequest> read(String text) {
        return KafkaTopicsDescribe.looksLike(text) ? KafkaTopicsDescribe.read(text) : TopicCsv.read(text);
    }
}
