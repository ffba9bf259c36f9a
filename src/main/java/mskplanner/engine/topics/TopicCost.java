package mskplanner.engine.topics;

import java.math.BigDecimal;

/**
 * One topic's row of the per-topic storage table.
 *
 * @param topic the topic
 * @param ebsGiB broker storage it needs, GiB (local copy x RF x disk headroom)
 * @param tieredGiB tiered storage, GiB, one copy
 * @param monthlyStorageUsd its share of the bill's storage lines, cents; the shares add up to those lines to the cent
 * @param billShare that share as a fraction of the whole monthly bill (0..1)
 */
public record TopicCost(Topic topic, double ebsGiB, double tieredGiB, BigDecimal monthlyStorageUsd, double billShare) {
}
