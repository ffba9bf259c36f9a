package mskplanner.engine.apply;

import java.util.List;
import java.util.Objects;

/**
 * How to change a running cluster into a target shape.
 *
 * @param awsCli the {@code aws kafka} commands, in the order to run them (empty when no in-place change gets there)
 * @param cautions what to watch while applying them, only those that apply to this change
 * @param terraform the same change as a diff of a Terraform {@code aws_msk_cluster} resource (lines prefixed
 *                  {@code " "}, {@code "-"} or {@code "+"}), or the new resource when the change needs a new cluster
 */
public record ClusterUpdate(List<String> awsCli, List<String> cautions, String terraform) {
    public ClusterUpdate {
        awsCli = List.copyOf(awsCli);
        cautions = List.copyOf(cautions);
        Objects.requireNonNull(terraform, "terraform");
    }
}
