#!/usr/bin/env python3
"""Times `coursecheck verify` on the submitted sheet against `python3 -c "import numpy"`.

The goal (issue: Part II end to end): verify takes at most half the time of
importing NumPy on the same machine. Both commands run as fresh processes,
alternately, so that both see the same machine state; the median of each is
compared. Exit status 1 when the goal is missed.

With --baseline PATH, an earlier build runs in the same alternation and its
time is printed beside the current one's.

The same sheet as a Word document (made here with pandoc, its table as a pipe
table), read directly, is timed in the same alternation and reported without
a goal here (bench/docx-vs-pandoc.py compares it with reading through pandoc).

Usage: bench/verify-vs-numpy.py [--runs N] [--binary PATH] [--baseline PATH]
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def wall(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def word_sheet(folder):
    """The submitted sheet as .docx: its tab-separated table as a pipe table."""
    lines = []
    for line in open("fixtures/answers/submitted.md", encoding="utf-8").read().split("\n"):
        if "\t" not in line:
            lines.append(line)
            continue
        cells = [c or "Model" for c in line.split("\t")]
        lines.append("| " + " | ".join(cells) + " |")
        if line.startswith("\t"):
            lines.append("|" + "---|" * len(cells))
    source = os.path.join(folder, "sheet.md")
    with open(source, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    target = os.path.join(folder, "sheet.docx")
    subprocess.run(["pandoc", source, "--quiet", "-o", target], check=True)
    return target


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
    folder = tempfile.mkdtemp()
    word = [args.binary, "verify", word_sheet(folder), "--format", "json"]
    times = {"verify": [], "numpy": [], "baseline": [], "word": []}
    for _ in range(args.runs):
        times["verify"].append(wall(verify))
        times["numpy"].append(wall(numpy))
        times["word"].append(wall(word))
        if baseline:
            times["baseline"].append(wall(baseline))
    v = statistics.median(times["verify"]) * 1000
    n = statistics.median(times["numpy"]) * 1000
    ratio = v / n
    print(f"runs: {args.runs} each, alternating")
    print(f"coursecheck verify (median): {v:7.1f} ms")
    print(f"python3 -c 'import numpy' (median): {n:7.1f} ms")
    print(f"ratio: {ratio:.2f} (goal <= 0.50): {'met' if ratio <= 0.5 else 'MISSED'}")
    w = statistics.median(times["word"]) * 1000
    print(f"coursecheck verify on the sheet as .docx, read directly (median): {w:7.1f} ms")
    if baseline:
        b = statistics.median(times["baseline"]) * 1000
        print(f"baseline verify (median): {b:7.1f} ms; current / baseline: {v / b:.2f}")
    return 0 if ratio <= 0.5 else 1


if __name__ == "__main__":
    sys.exit(main())
