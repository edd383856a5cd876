#!/usr/bin/env bash
# The maths grammar (CoursecheckNotation) against today's Lexer +
# ExpressionParser on a sheet's maths (default: fixtures/answers/submitted.md),
# in-process, release build, medians of alternating rounds. Also times
# `coursecheck verify` of the same sheet as a whole, for scale.
# Usage: bench/notation-vs-lexer.sh [SHEET]
set -euo pipefail
cd "$(dirname "$0")/notation"
swift build -c release --scratch-path ../../.build-notation-bench >/dev/null
bin=$(swift build -c release --scratch-path ../../.build-notation-bench --show-bin-path)
sheet=$(realpath "${1:-../../fixtures/answers/submitted.md}")
"$bin/NotationBench" "$sheet"
cd ../..
if [ -x .build/release/coursecheck ]; then
  python3 - "$sheet" <<'PY'
import statistics, subprocess, sys, time
runs = []
for _ in range(21):
    start = time.perf_counter()
    subprocess.run([".build/release/coursecheck", "verify", sys.argv[1]], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    runs.append(time.perf_counter() - start)
print(f"coursecheck verify (whole sheet, process included): {statistics.median(runs) * 1000:.1f} ms (median of 21)")
PY
fi
