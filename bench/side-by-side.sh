#!/usr/bin/env bash
# Side by side in one run: AWS's MSK sizing script (in-process Python loop) and msk-planner's engine size and cost
# every Standard and Express size for the same seeded profiles; prints both timings and the ratio.
# Usage: bench/side-by-side.sh [PATH/TO/msk_sizing.py] [PROFILES]   (default: ../shared/anchors/msk_sizing.py, 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
anchor="${1:-../shared/anchors/msk_sizing.py}"
count="${2:-10000}"
[ -f "$anchor" ] || { echo "side-by-side: no sizing script at $anchor (give its path)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp" -Dmdep.includeScope=test >/dev/null
cp="target/test-classes:target/classes:$(cat "$work/cp")"
java -cp "$cp" mskplanner.bench.BatchProfiles "$work/profiles.csv" "$count"

script_line="$(python3 bench/anchor_loop.py "$anchor" "$work/profiles.csv" 5)"
engine_line="$(java -cp "$cp" mskplanner.bench.SideBySide "$work/profiles.csv" 10)"
echo "$script_line"
echo "$engine_line"
python3 - "$script_line" "$engine_line" <<'PY'
import re, sys
script = float(re.search(r"([0-9.]+) us per profile", sys.argv[1]).group(1))
engine = float(re.search(r"([0-9.]+) us per profile", sys.argv[2]).group(1))
script_cpu = float(re.search(r"CPU ([0-9.]+) us", sys.argv[1]).group(1))
engine_cpu = float(re.search(r"CPU ([0-9.]+) us", sys.argv[2]).group(1))
print(f"ratio: the engine is {script / engine:.1f}x faster than the script per profile "
      f"({script_cpu / engine_cpu:.1f}x in CPU time)")
PY
