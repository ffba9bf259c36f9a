package mskplanner.engine.alternatives;

import java.util.List;

/**
 * A deployment's monthly cost along the sweep. Points where the deployment does not fit (e.g. Serverless above its
 * quotas) are left out, so a chart shows the line stopping there.
 *
 * @param deployment the deployment's name, e.g. "MSK Serverless"
 * @param points sampled costs, ascending by ingress
 */
public record CostCurve(String deployment, List<CurvePoint> points) {
    public CostCurve {
        points = List.copyOf(points);
    }
}
