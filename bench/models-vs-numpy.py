#!/usr/bin/env python3
"""`coursecheck bench` against the NumPy peer (bench/rnn_numpy.py), side by side.

For each model, alternates rounds of the two (each round a fresh process that
reports the median of 10 timed runs after a warm-up of at least 2 runs and
0.3 s, the same rule on both sides) and compares the medians
of the rounds. Goal (issue: Part I models): forward+backward of the LSTM and
the 2-level bi-LSTM at batch 32, 50 steps, input 100, hidden 200, float64, in
at most 0.7 x the NumPy time. Exit status 1 when a goal is missed.

Usage: bench/models-vs-numpy.py [--rounds N] [--models lstm,2-level-bi-lstm] [--binary PATH]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd):
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=7)
    p.add_argument("--models", default="lstm,2-level-bi-lstm")
    p.add_argument("--binary", default=".build/release/coursecheck")
    a = p.parse_args()
    missed = False
    print(f"{'model':18} {'pass':18} {'coursecheck ms':>15} {'numpy ms':>10} {'ratio':>7}  goal <= 0.70")
    for model in a.models.split(","):
        ours = {"forward_ms": [], "forward_backward_ms": []}
        theirs = {"forward_ms": [], "forward_backward_ms": []}
        for _ in range(a.rounds):
            o = run([a.binary, "bench", "--model", model, "--format", "json"])
            t = run([sys.executable, os.path.join(HERE, "rnn_numpy.py"), "--model", model])
            for k in ours:
                ours[k].append(o[k])
                theirs[k].append(t[k])
        for k, label in (("forward_ms", "forward"), ("forward_backward_ms", "forward+backward")):
            mo, mt = statistics.median(ours[k]), statistics.median(theirs[k])
            verdict = ""
            if k == "forward_backward_ms":
                verdict = "met" if mo <= 0.7 * mt else "MISSED"
                missed |= mo > 0.7 * mt
            print(f"{model:18} {label:18} {mo:15.1f} {mt:10.1f} {mo / mt:7.2f}  {verdict}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
