package mskplanner.engine.topics;

import java.math.BigDecimal;

/**
 * A storage change one topic could make, with what it saves on the bill and the command that makes it.
 *
 * @param topic the topic's name
 * @param change {@code tiered storage} (the topic keeps everything on brokers today) or {@code shorter local retention}
 * @param localRetentionHours the local retention now, hours
 * @param suggestedLocalRetentionHours the local retention suggested, hours
 * @param monthlySavingsUsd the bill now minus the bill with the change, same brokers, cents
 * @param command the {@code kafka-configs.sh --alter} line that sets it
 * @param sentence the advice as a person reads it
 */
public record TopicAdvice(String topic, String change, double localRetentionHours, double suggestedLocalRetentionHours,
                          BigDecimal monthlySavingsUsd, String command, String sentence) {
    public static final String TIERED = "tiered storage";
    public static final String SHORTER_LOCAL = "shorter local retention";
}
