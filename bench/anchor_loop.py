"""Times AWS's MSK sizing script on the profiles of a batch CSV, in-process, as bench/side-by-side.sh runs it.

The script is imported from the path given (never copied into this project). Each profile is sized and costed for
every Standard and Express size (calculate_standard_sizing, calculate_express_sizing) and the picks chosen
(recommend_per_class), which is what msk-planner's engine does per profile. Prints one line: profiles, passes, the
median microseconds per profile over the measured passes.
"""
import csv
import importlib.util
import math
import statistics
import sys
import time

MIB_PER_MB = 1_000_000 / 1_048_576


def load(path):
    spec = importlib.util.spec_from_file_location("msk_sizing_anchor", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def inputs(script, row):
    avg = float(row["avgIngressMBps"]) * MIB_PER_MB
    peak = float(row["peakIngressMBps"]) * MIB_PER_MB
    groups = int(row["consumerGroups"])
    retention = int(row["retentionHours"])
    local = int(row["localRetentionHours"]) if row["localRetentionHours"] else retention
    # the engine's partition formula at its defaults (12 MB/s written per partition), x RF 3: total replicas
    partitions = max(1, math.ceil(float(row["peakIngressMBps"]) / 12)) * 3
    return script.SizingInputs(avg_data_in_mbs=avg, peak_data_in_mbs=peak, avg_data_out_mbs=avg * groups,
                               peak_data_out_mbs=peak * groups, num_partitions=partitions, replication_factor=3,
                               retention_hours=retention, primary_retention_hours=local, utilization_standard=0.5,
                               utilization_express=0.75)


def main():
    script = load(sys.argv[1])
    with open(sys.argv[2], newline="") as f:
        profiles = [inputs(script, row) for row in csv.DictReader(f)]
    passes = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    timings = []
    cpu_timings = []
    for i in range(passes + 1):
        start = time.perf_counter()
        cpu_start = time.thread_time()
        for p in profiles:
            results = script.calculate_standard_sizing(p) + script.calculate_express_sizing(p)
            script.recommend_per_class(results)
        elapsed = time.perf_counter() - start
        cpu_elapsed = time.thread_time() - cpu_start
        if i > 0:  # the first pass warms the interpreter's caches
            timings.append(elapsed / len(profiles) * 1e6)
            cpu_timings.append(cpu_elapsed / len(profiles) * 1e6)
    # CPU time of this thread as well as wall time: on a shared machine wall time also counts other builds
    print(f"script {len(profiles)} profiles, {passes} passes: {statistics.median(timings):.2f} us per profile, "
          f"CPU {statistics.median(cpu_timings):.2f} us")


if __name__ == "__main__":
    main()
