package mskplanner.engine.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every broker size msk-planner knows, in catalog order (smallest first within a family). */
public record Catalog(List<InstanceType> instanceTypes) {
    public Catalog {
        instanceTypes = List.copyOf(instanceTypes);
        Map<String, Long> counts = instanceTypes.stream()
                .collect(Collectors.groupingBy(InstanceType::name, Collectors.counting()));
        counts.forEach((name, n) -> {
            if (n > 1) {
                throw new IllegalArgumentException("instance type " + name + " is listed " + n + " times");
            }
        });
    }

    public Optional<InstanceType> find(String name) {
        return instanceTypes.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public List<InstanceType> of(Deployment deployment) {
        return instanceTypes.stream().filter(t -> t.deployment() == deployment).toList();
    }

    public List<InstanceType> ofFamily(Deployment deployment, String family) {
        return of(deployment).stream().filter(t -> t.family().equals(family)).toList();
    }

    public Map<String, InstanceType> byName() {
        return instanceTypes.stream().collect(Collectors.toMap(InstanceType::name, Function.identity()));
    }

    /** The names of a deployment's sizes, for error messages that list what is allowed. */
    public String names(Deployment deployment) {
        return of(deployment).stream().map(InstanceType::name).collect(Collectors.joining(", "));
    }
}
