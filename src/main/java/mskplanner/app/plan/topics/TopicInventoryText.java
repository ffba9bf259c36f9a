package mskplanner.app.plan.topics;

import java.util.List;
import mskplanner.app.plan.TopicRequest;

/** A pasted or uploaded inventory: {@code kafka-topics.sh --describe} output when it has topic summary lines, CSV otherwise. */
public final class TopicInventoryText {
    private TopicInventoryText() {
    }

    public static List<TopicRequest> read(String text) {
        return KafkaTopicsDescribe.looksLike(text) ? KafkaTopicsDescribe.read(text) : TopicCsv.read(text);
    }
}
