#!/usr/bin/env python3
"""Times `coursecheck grade` on a generated class against a shell loop running
`coursecheck verify` on each sheet, side by side, and reports peak memory.

The goal (issue: grade a whole class): grade takes at most 0.15x the loop's
time on 1,000 sheets, and its peak RSS stays bounded as the class grows
(reported at 1,000 and 10,000 sheets; the loop is not run at 10,000).

Usage: bench/grade-vs-loop.py [--sizes 1000,10000] [--loop-size 1000] [--jobs N] [--binary PATH]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time


def peak_rss(cmd):
    """Peak RSS in MiB of one command, measured by /usr/bin/time when present."""
    if shutil.which("/usr/bin/time"):
        out = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for line in out.stderr.splitlines():
            if "Maximum resident set size" in line:
                return int(line.split()[-1]) / 1024
    return float("nan")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--loop-size", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument("--binary", default=os.path.abspath(".build/release/coursecheck"))
    args = parser.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    work = tempfile.mkdtemp(prefix="coursecheck-grade-bench-")
    ratio_ok = True
    try:
        for n in [int(s) for s in args.sizes.split(",")]:
            folder = os.path.join(work, f"class-{n}")
            subprocess.run([sys.executable, os.path.join(here, "class-generator.py"), str(n), folder], check=True,
                           stdout=subprocess.DEVNULL)
            out = os.path.join(work, f"out-{n}")
            grade_cmd = [args.binary, "grade", folder, "--output-dir", out, "--jobs", str(args.jobs)]
            start = time.perf_counter()
            subprocess.run(grade_cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            grade = time.perf_counter() - start
            rss = peak_rss(grade_cmd)
            line = f"{n} sheets: grade --jobs {args.jobs} {grade:7.2f} s, peak RSS {rss:6.1f} MiB"
            if n == args.loop_size:
                loop = ("for f in \"$1\"/*; do \"$2\" verify \"$f\" --format json > /dev/null; done")
                start = time.perf_counter()
                subprocess.run(["bash", "-c", loop, "loop", folder, args.binary], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                looped = time.perf_counter() - start
                ratio = grade / looped
                ratio_ok = ratio <= 0.15
                line += f"; shell loop of verify {looped:7.2f} s; ratio {ratio:.3f} (goal <= 0.15): {'met' if ratio_ok else 'MISSED'}"
            print(line, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ratio_ok else 1


if __name__ == "__main__":
    sys.exit(main())
