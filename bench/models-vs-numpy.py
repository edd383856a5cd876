#!/usr/bin/env python3
"""`coursecheck bench` against the NumPy peer (bench/rnn_numpy.py), side by side.

For each model, alternates rounds of the two (each round a fresh process that
reports the median of 10 timed runs after a warm-up of at least 2 runs and
0.3 s, the same rule on both sides) and compares the medians
of the rounds. Goal (issue: Part I models): forward+backward of the LSTM and
the 2-level bi-LSTM at batch 32, 50 steps, input 100, hidden 200, float64, in
at most 0.7 x the NumPy time. Exit status 1 when a goal is missed.

With --baseline PATH, a second coursecheck binary (an earlier build) runs in
the same alternation, and its ratio to the current one is printed: how a
change moved the speed, measured side by side. With --numpy-without-openblas-env,
the NumPy side also runs with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset
(in its own command only), and both NumPy ratios are printed.

Usage: bench/models-vs-numpy.py [--rounds N] [--models lstm,2-level-bi-lstm] [--binary PATH]
                                [--baseline PATH] [--numpy-without-openblas-env]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd, env=None):
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout
    return json.loads(out)


def without_openblas_env():
    return {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=7)
    p.add_argument("--models", default="lstm,2-level-bi-lstm")
    p.add_argument("--binary", default=".build/release/coursecheck")
    p.add_argument("--baseline", default=None)
    p.add_argument("--numpy-without-openblas-env", action="store_true")
    a = p.parse_args()
    missed = False
    print(f"{'model':18} {'pass':18} {'coursecheck ms':>15} {'numpy ms':>10} {'ratio':>7}  goal <= 0.70")
    for model in a.models.split(","):
        ours = {"forward_ms": [], "forward_backward_ms": []}
        theirs = {"forward_ms": [], "forward_backward_ms": []}
        base = {"forward_ms": [], "forward_backward_ms": []}
        unset = {"forward_ms": [], "forward_backward_ms": []}
        numpy = [sys.executable, os.path.join(HERE, "rnn_numpy.py"), "--model", model]
        for _ in range(a.rounds):
            o = run([a.binary, "bench", "--model", model, "--format", "json"])
            t = run(numpy)
            b = run([a.baseline, "bench", "--model", model, "--format", "json"]) if a.baseline else None
            u = run(numpy, env=without_openblas_env()) if a.numpy_without_openblas_env else None
            for k in ours:
                ours[k].append(o[k])
                theirs[k].append(t[k])
                if b: base[k].append(b[k])
                if u: unset[k].append(u[k])
        for k, label in (("forward_ms", "forward"), ("forward_backward_ms", "forward+backward")):
            mo, mt = statistics.median(ours[k]), statistics.median(theirs[k])
            verdict = ""
            if k == "forward_backward_ms":
                verdict = "met" if mo <= 0.7 * mt else "MISSED"
                missed |= mo > 0.7 * mt
            print(f"{model:18} {label:18} {mo:15.1f} {mt:10.1f} {mo / mt:7.2f}  {verdict}")
            if base[k]:
                mb = statistics.median(base[k])
                print(f"{'':18} {'  baseline':18} {mb:15.1f} {'':10} {mo / mb:7.2f}  (current / baseline)")
            if unset[k]:
                mu = statistics.median(unset[k])
                print(f"{'':18} {'  numpy, env unset':18} {'':15} {mu:10.1f} {mo / mu:7.2f}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
