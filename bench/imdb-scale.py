#!/usr/bin/env python3
"""Time per epoch and peak memory of `coursecheck train` at IMDB scale.

Generates, in a temporary folder, an aclImdb-layout data set of 25,000
training and 25,000 test reviews of 300 words each (truncated to 256 tokens by
the recipe), drawn from a Zipf law over 20,000 words, and 100-dimensional
GloVe-text vectors for those words; then trains each model named for one
epoch (`--epochs 1 --timings`) and reports the epoch's seconds (training and
validation), the whole run's seconds (the test split included) and the peak
resident set size (GNU time's %M). Goal (issue 20): peak RSS at
most 2 GiB. Not in CI: an epoch of the 2-level bi-LSTM takes tens of minutes.

Usage: bench/imdb-scale.py [--models lstm,...] [--binary PATH] [--reviews 25000] [--keep DIR]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import numpy as np


def generate(root, reviews, words=20000, length=300, dim=100, seed=1):
    rng = np.random.default_rng(seed)
    vocab = np.array([f"w{k}" for k in range(words)])
    ranks = np.arange(1, words + 1)
    p = 1.0 / ranks
    p /= p.sum()
    for split in ("train", "test"):
        for label, rating in (("pos", 8), ("neg", 2)):
            os.makedirs(os.path.join(root, split, label), exist_ok=True)
        for k in range(reviews):
            label = k % 2
            ids = rng.choice(words, size=length, p=p)
            text = " ".join(vocab[ids])
            name = f"{k}_{8 if label else 2}.txt"
            with open(os.path.join(root, split, "pos" if label else "neg", name), "w") as f:
                f.write(text)
    with open(os.path.join(root, "vectors.txt"), "w") as f:
        for w in vocab:
            f.write(w + " " + " ".join(f"{x:.5f}" for x in rng.normal(0, 0.4, dim)) + "\n")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--models", default="lstm")
    p.add_argument("--binary", default=".build/release/coursecheck")
    p.add_argument("--reviews", type=int, default=25000)
    p.add_argument("--keep", default=None)
    p.add_argument("--jobs", default="2")
    a = p.parse_args()
    root = a.keep or tempfile.mkdtemp(prefix="imdb-scale-")
    try:
        if not os.path.exists(os.path.join(root, "vectors.txt")):
            t0 = time.time()
            generate(root, a.reviews)
            print(f"generated {a.reviews} + {a.reviews} reviews in {time.time() - t0:.0f} s under {root}", flush=True)
        print(f"{'model':16} {'epoch s':>8} {'run s':>7} {'peak RSS MiB':>13}")
        for model in a.models.split(","):
            start = time.time()
            rss_file = os.path.join(root, "rss.txt")
            out = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss_file, a.binary, "train", "--model", model, "--data", root, "--embeddings",
                                  os.path.join(root, "vectors.txt"), "--epochs", "1", "--timings", "--jobs", a.jobs,
                                  "--format", "json"], check=True, capture_output=True, text=True).stdout
            elapsed = time.time() - start
            with open(rss_file) as f:
                rss = int(f.read().split()[-1])  # KiB, GNU time's %M
            r = json.loads(out)
            print(f"{model:16} {r['epoch_seconds'][0]:8.0f} {elapsed:7.0f} {rss / 1024:13.0f}", flush=True)
            if rss / 1024 > 2048:
                print(f"  peak RSS above 2 GiB for {model}")
    finally:
        if not a.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
