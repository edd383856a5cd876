#!/usr/bin/env python3
"""Training throughput: `coursecheck bench --train` against the NumPy peer
(bench/train_numpy.py --bench), side by side.

Both time one training step (embedding lookup, forward, head with dropout,
backward, gradient clipping, Adam) on the same batch: 32 sequences whose
lengths fall evenly from T to 3T/4 (default T = 100), input 100, hidden 200,
float64; each side reports the median of 10 steps after a warm-up of at least
2 steps and 0.3 s. Rounds alternate the two, each a fresh process; the medians
of the rounds are compared. Goal (issue 20): at most 0.8 x the NumPy time per
step. Exit status 1 when a goal is missed.

With --numpy-without-openblas-env the NumPy side also runs with
OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset (in its own command only), and
both ratios are printed.

Usage: bench/train-vs-numpy.py [--rounds 5] [--models rnn,lstm,...] [--steps 100]
                               [--binary PATH] [--numpy-without-openblas-env]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MODELS = "rnn,lstm,bi-rnn,bi-lstm,2-level-bi-rnn,2-level-bi-lstm"


def run(cmd, env=None):
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--models", default=MODELS)
    p.add_argument("--steps", type=int, default=100)
    p.add_argument("--binary", default=".build/release/coursecheck")
    p.add_argument("--numpy-without-openblas-env", action="store_true")
    a = p.parse_args()
    unset_env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
    missed = False
    print(f"{'model':16} {'coursecheck ms':>15} {'tokens/s':>9} {'numpy ms':>10} {'tokens/s':>9} {'ratio':>6}  goal <= 0.80")
    for model in a.models.split(","):
        ours, theirs, unset = [], [], []
        numpy = [sys.executable, os.path.join(HERE, "train_numpy.py"), "--bench", "--model", model, "--steps", str(a.steps)]
        tokens = None
        for _ in range(a.rounds):
            o = run([a.binary, "bench", "--train", "--model", model, "--steps", str(a.steps), "--format", "json"])
            t = run(numpy)
            assert o["tokens"] == t["tokens"], "the two sides must time the same batch"
            tokens = o["tokens"]
            ours.append(o["step_ms"])
            theirs.append(t["step_ms"])
            if a.numpy_without_openblas_env:
                unset.append(run(numpy, env=unset_env)["step_ms"])
        mo, mt = statistics.median(ours), statistics.median(theirs)
        ok = mo <= 0.8 * mt
        missed |= not ok
        print(f"{model:16} {mo:15.1f} {tokens / mo * 1000:9.0f} {mt:10.1f} {tokens / mt * 1000:9.0f} {mo / mt:6.2f}  {'met' if ok else 'MISSED'}")
        if unset:
            mu = statistics.median(unset)
            print(f"{'  numpy, env unset':16} {'':15} {'':9} {mu:10.1f} {tokens / mu * 1000:9.0f} {mo / mu:6.2f}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
