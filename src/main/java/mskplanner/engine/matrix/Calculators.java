package mskplanner.engine.matrix;

import mskplanner.engine.alternatives.ConnectCost;
import mskplanner.engine.alternatives.KinesisCost;
import mskplanner.engine.alternatives.SelfManagedEc2Cost;
import mskplanner.engine.alternatives.ServerlessPlanner;
import mskplanner.engine.limits.Limits;
import mskplanner.engine.price.PriceSheet;

/** The alternatives' calculators for one region and month length, built once per plan and shared with the sweep. */
record Calculators(ServerlessPlanner serverless, SelfManagedEc2Cost ec2, KinesisCost kinesis, ConnectCost connect,
                   Limits limits) {
    static Calculators of(PriceSheet prices, Limits limits, double hoursPerMonth) {
        return new Calculators(new ServerlessPlanner(prices, limits, hoursPerMonth),
                new SelfManagedEc2Cost(prices, limits, hoursPerMonth), new KinesisCost(prices, limits, hoursPerMonth),
                new ConnectCost(prices, hoursPerMonth), limits);
    }
}
