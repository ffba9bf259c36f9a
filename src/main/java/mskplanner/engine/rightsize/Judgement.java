package mskplanner.engine.rightsize;

import java.util.List;
import mskplanner.engine.cost.CostBreakdown;

/**
 * The verdict with what it was weighed against.
 *
 * @param verdict the answer
 * @param capacity what the current cluster carries
 * @param currentCost the current monthly bill
 * @param alternatives the cheapest fitting option of the current family and of each deployment class
 */
public record Judgement(Verdict verdict, Capacity capacity, CostBreakdown currentCost, List<SizedOption> alternatives) {
    public Judgement {
        alternatives = List.copyOf(alternatives);
    }
}
