#!/usr/bin/env python3
"""Times `coursecheck verify` on the submitted sheet against `python3 -c "import numpy"`.

The goal (issue: Part II end to end): verify takes at most half the time of
importing NumPy on the same machine. Both commands run as fresh processes,
alternately, so that both see the same machine state; the median of each is
compared. Exit status 1 when the goal is missed.

With --baseline PATH, an earlier build runs in the same alternation and its
time is printed beside the current one's.

Usage: bench/verify-vs-numpy.py [--runs N] [--binary PATH] [--baseline PATH]
"""
import argparse
import statistics
import subprocess
import sys
import time


def wall(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--binary", default=".build/release/coursecheck")
    parser.add_argument("--baseline", default=None)
    args = parser.parse_args()
    verify = [args.binary, "verify", "fixtures/answers/submitted.md", "--format", "json"]
    numpy = [sys.executable, "-c", "import numpy"]
    wall(verify), wall(numpy)  # warm the page cache
    baseline = [args.baseline] + verify[1:] if args.baseline else None
    times = {"verify": [], "numpy": [], "baseline": []}
    for _ in range(args.runs):
        times["verify"].append(wall(verify))
        times["numpy"].append(wall(numpy))
        if baseline:
            times["baseline"].append(wall(baseline))
    v = statistics.median(times["verify"]) * 1000
    n = statistics.median(times["numpy"]) * 1000
    ratio = v / n
    print(f"runs: {args.runs} each, alternating")
    print(f"coursecheck verify (median): {v:7.1f} ms")
    print(f"python3 -c 'import numpy' (median): {n:7.1f} ms")
    print(f"ratio: {ratio:.2f} (goal <= 0.50): {'met' if ratio <= 0.5 else 'MISSED'}")
    if baseline:
        b = statistics.median(times["baseline"]) * 1000
        print(f"baseline verify (median): {b:7.1f} ms; current / baseline: {v / b:.2f}")
    return 0 if ratio <= 0.5 else 1


if __name__ == "__main__":
    sys.exit(main())
