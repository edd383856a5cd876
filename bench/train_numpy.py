#!/usr/bin/env python3
"""The NumPy peer of `coursecheck train` and `coursecheck bench --train`: the
same classifier (embedding lookup per batch, one of the six encoders over
packed sequences, the final states of both directions, dropout, linear,
softmax cross-entropy), Adam with gradient-norm clipping, written the way a
careful NumPy user would: one GEMM for every step's input projection, one per
step for the recurrence, one per weight gradient; each step works on the rows
of the sequences that have that step (longest first, so they are a prefix).

  --bench   time one training step on the batch `coursecheck bench --train`
            uses (lengths T down to 3T/4), printing the same JSON;
  --check   central differences on a few parameters of the whole classifier
            (a self-test: the peer must be right to be a peer);
  train     the recipe of `coursecheck train` on CSV data and GloVe text
            vectors, printing the test accuracy as JSON (its own random
            streams: the same recipe, not the same bits).

Usage: bench/train_numpy.py --bench --model lstm [--steps 100] [--batch 32]
       bench/train_numpy.py --check --model 2-level-bi-lstm
       bench/train_numpy.py --model lstm --data train.csv --test-data test.csv
                            --embeddings vectors.txt --input 50 [--seed 1] [--epochs 5]
"""
import argparse
import csv
import json
import math
import re
import sys
import time
import unicodedata

import numpy as np

SPECS = {
    "rnn": ("rnn", 1, False), "lstm": ("lstm", 1, False), "bi-rnn": ("rnn", 1, True),
    "bi-lstm": ("lstm", 1, True), "2-level-bi-rnn": ("rnn", 2, True), "2-level-bi-lstm": ("lstm", 2, True),
}


def sigmoid(x):
    return 0.5 * (1.0 + np.tanh(0.5 * x))


class Layer:
    """One direction of one level, over a packed batch (lengths longest first)."""

    def __init__(self, cell, inputs, hidden, reverse, rng):
        g = 4 if cell == "lstm" else 1
        b = 1.0 / np.sqrt(hidden)
        self.cell, self.H, self.reverse = cell, hidden, reverse
        self.params = [rng.uniform(-b, b, (g * hidden, inputs)), rng.uniform(-b, b, (g * hidden, hidden)),
                       rng.uniform(-b, b, g * hidden), rng.uniform(-b, b, g * hidden)]

    def forward(self, X, active):
        W_ih, W_hh, b_ih, b_hh = self.params
        T, B, _ = X.shape
        H = self.H
        self.X, self.active = X, active
        A = (X.reshape(T * B, -1) @ W_ih.T + (b_ih + b_hh)).reshape(T, B, -1)
        Hs = np.zeros((T, B, H))
        Cs = np.zeros((T, B, H)) if self.cell == "lstm" else None
        TCs = np.zeros((T, B, H)) if self.cell == "lstm" else None
        self.prev = np.zeros((T, B, H))          # h of the step before, zero where a sequence starts
        order = range(T - 1, -1, -1) if self.reverse else range(T)
        for t in order:
            n = active[t]
            if n == 0:
                continue
            p = t + 1 if self.reverse else t - 1
            k = min(n, active[p]) if 0 <= p < T else 0   # sequences that continue from step p
            a = A[t, :n]
            if k:
                a[:k] += Hs[p, :k] @ W_hh.T
                self.prev[t, :k] = Hs[p, :k]
            if self.cell == "rnn":
                np.tanh(a, out=a)
                Hs[t, :n] = a
                continue
            a[:, :2 * H] = sigmoid(a[:, :2 * H])
            np.tanh(a[:, 2 * H:3 * H], out=a[:, 2 * H:3 * H])
            a[:, 3 * H:] = sigmoid(a[:, 3 * H:])
            c = a[:, :H] * a[:, 2 * H:3 * H]
            if k:
                c[:k] += a[:k, H:2 * H] * Cs[p, :k]
            Cs[t, :n] = c
            TCs[t, :n] = np.tanh(c)
            Hs[t, :n] = a[:, 3 * H:] * TCs[t, :n]
        self.A, self.Hs, self.Cs, self.TCs = A, Hs, Cs, TCs
        return Hs

    def backward(self, dHs, need_dx=True):
        W_ih, W_hh, _, _ = self.params
        T, B, H = dHs.shape
        active, A = self.active, self.A
        dA = np.zeros_like(A)
        dh_next = np.zeros((B, H))
        dc_next = np.zeros((B, H))
        order = range(T) if self.reverse else range(T - 1, -1, -1)
        for t in order:
            n = active[t]
            if n == 0:
                continue
            p = t + 1 if self.reverse else t - 1
            k = min(n, active[p]) if 0 <= p < T else 0
            dh = dHs[t, :n] + dh_next[:n]
            if self.cell == "rnn":
                dA[t, :n] = dh * (1.0 - A[t, :n] ** 2)
            else:
                a = A[t, :n]
                i, f, g, o = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]
                tc = self.TCs[t, :n]
                dc = dc_next[:n] + dh * o * (1.0 - tc * tc)
                d = dA[t, :n]
                d[:, :H] = dc * g * i * (1.0 - i)
                if k:
                    d[:k, H:2 * H] = dc[:k] * self.Cs[p, :k] * f[:k] * (1.0 - f[:k])
                d[:, 2 * H:3 * H] = dc * i * (1.0 - g * g)
                d[:, 3 * H:] = dh * tc * o * (1.0 - o)
                dc_next[:n] = dc * f
                dc_next[k:n] = 0.0
            dh_next[:n] = 0.0
            if k:
                dh_next[:k] = dA[t, :k] @ W_hh
        flat = dA.reshape(T * B, -1)
        self.grads = [flat.T @ self.X.reshape(T * B, -1), flat.T @ self.prev.reshape(T * B, -1)]
        db = flat.sum(axis=0)
        self.grads += [db, db.copy()]
        return (flat @ W_ih).reshape(T, B, -1) if need_dx else None


class Classifier:
    def __init__(self, model, inputs, hidden, classes, seed):
        cell, levels, bidir = SPECS[model]
        rng = np.random.default_rng(seed)
        self.dirs = 2 if bidir else 1
        self.H = hidden
        self.layers = [[Layer(cell, inputs if l == 0 else self.dirs * hidden, hidden, d == 1, rng) for d in range(self.dirs)]
                       for l in range(levels)]
        F = self.dirs * hidden
        b = 1.0 / np.sqrt(F)
        self.head = [rng.uniform(-b, b, (classes, F)), rng.uniform(-b, b, classes)]

    def params(self):
        return [p for level in self.layers for layer in level for p in layer.params] + self.head

    def grads(self):
        return [g for level in self.layers for layer in level for g in layer.grads] + self.head_grads

    def loss(self, X, lengths, labels, mask, backward=False):
        """Mean cross-entropy of a packed batch X (T, B, I); with `backward`,
        every parameter's gradient is left in grads()."""
        T, B, _ = X.shape
        active = [int(np.sum(lengths > t)) for t in range(T)]
        Y = X
        for level in self.layers:
            outs = [layer.forward(Y, active) for layer in level]
            Y = np.concatenate(outs, axis=2) if len(outs) > 1 else outs[0]
        H = self.H
        rows = np.arange(B)
        feats = [Y[lengths - 1, rows, :H]] + ([Y[0, :, H:]] if self.dirs == 2 else [])
        F = np.concatenate(feats, axis=1)
        Fd = F * mask if mask is not None else F
        W, b = self.head
        z = Fd @ W.T + b
        z -= z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        loss = -logp[rows, labels].mean()
        correct = int(np.sum(np.argmax(logp, axis=1) == labels))
        if not backward:
            return loss, -logp[rows, labels].sum(), correct
        dz = np.exp(logp)
        dz[rows, labels] -= 1.0
        dz /= B
        self.head_grads = [dz.T @ Fd, dz.sum(axis=0)]
        dF = dz @ W
        if mask is not None:
            dF *= mask
        dY = np.zeros_like(Y)
        dY[lengths - 1, rows, :H] = dF[:, :H]
        if self.dirs == 2:
            dY[0, :, H:] += dF[:, H:]
        for li in range(len(self.layers) - 1, -1, -1):
            level = self.layers[li]
            dX = None
            for d, layer in enumerate(level):
                g = layer.backward(np.ascontiguousarray(dY[:, :, d * H:(d + 1) * H]), need_dx=li > 0)
                if g is not None:
                    dX = g if dX is None else dX + g
            dY = dX
        return loss, None, correct


class Adam:
    def __init__(self, params, lr, b1=0.9, b2=0.999, eps=1e-8, clip=5.0):
        self.params, self.lr, self.b1, self.b2, self.eps, self.clip = params, lr, b1, b2, eps, clip
        self.m = [np.zeros_like(p) for p in params]
        self.v = [np.zeros_like(p) for p in params]
        self.t = 0

    def step(self, grads):
        norm = math.sqrt(sum(float(np.sum(g * g)) for g in grads))
        if self.clip > 0 and norm > self.clip:
            grads = [g * (self.clip / norm) for g in grads]
        self.t += 1
        c1, c2 = 1 - self.b1 ** self.t, 1 - self.b2 ** self.t
        for p, g, m, v in zip(self.params, grads, self.m, self.v):
            m *= self.b1
            m += (1 - self.b1) * g
            v *= self.b2
            v += (1 - self.b2) * g * g
            p -= self.lr * (m / c1) / (np.sqrt(v / c2) + self.eps)


def embed(table, tokens, lengths):
    """X (T, B, I): E[token] at each real step, zero after."""
    T, B = int(lengths[0]), len(tokens)
    X = np.zeros((T, B, table.shape[1]))
    for b, seq in enumerate(tokens):
        X[:len(seq), b] = table[seq]
    return X


# ---------------------------------------------------------------- the benchmark

def bench_lengths(batch, steps):
    return np.array([steps - b * steps // (4 * batch) for b in range(batch)])


def bench(a):
    lengths = bench_lengths(a.batch, a.steps)
    vocab = 1000
    rng = np.random.default_rng(1)
    table = rng.normal(0, 0.4, (vocab, a.input))
    tokens = [np.array([(b * 31 + t * 7) % vocab for t in range(n)]) for b, n in enumerate(lengths)]
    labels = np.arange(a.batch) % 2
    model = Classifier(a.model, a.input, a.hidden, 2, seed=1)
    F = model.dirs * a.hidden
    mask = (rng.uniform(size=(a.batch, F)) >= 0.5) / 0.5
    opt = Adam(model.params(), 1e-3)

    def step():
        X = embed(table, tokens, lengths)
        model.loss(X, lengths, labels, mask, backward=True)
        opt.step(model.grads())

    start, runs = time.perf_counter(), 0
    while runs < 2 or time.perf_counter() - start < 0.3:
        step()
        runs += 1
    times = []
    for _ in range(a.repeats):
        t0 = time.perf_counter()
        step()
        times.append((time.perf_counter() - t0) * 1000)
    ms = float(np.median(times))
    total = int(lengths.sum())
    print(json.dumps({"schema": "coursecheck.train-bench/1", "model": a.model, "batch": a.batch, "steps": a.steps,
                      "input_size": a.input, "hidden_size": a.hidden, "tokens": total, "step_ms": ms,
                      "tokens_per_second": total / (ms / 1000)}, sort_keys=True))


def self_check(a):
    rng = np.random.default_rng(3)
    lengths = np.array([6, 5, 3, 3, 1])
    table = rng.normal(0, 1, (9, 5))
    tokens = [rng.integers(0, 9, n) for n in lengths]
    labels = np.array([0, 1, 2, 1, 0])
    model = Classifier(a.model, 5, 4, 3, seed=2)
    mask = (rng.uniform(size=(5, model.dirs * 4)) >= 0.3) / 0.7
    X = embed(table, tokens, lengths)
    model.loss(X, lengths, labels, mask, backward=True)
    worst = 0.0
    for p, g in zip(model.params(), model.grads()):
        for k in range(0, p.size, max(1, p.size // 5)):
            old = p.flat[k]
            p.flat[k] = old + 1e-6
            up = model.loss(X, lengths, labels, mask)[0]
            p.flat[k] = old - 1e-6
            down = model.loss(X, lengths, labels, mask)[0]
            p.flat[k] = old
            fd = (up - down) / 2e-6
            worst = max(worst, abs(fd - g.flat[k]) / max(abs(fd), abs(g.flat[k]), 1e-3))
    print(json.dumps({"model": a.model, "max_relative_error": worst}))
    return 0 if worst < 1e-5 else 1


# ---------------------------------------------------------------- training

BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def tokens_of(text, limit):
    """coursecheck-tokens/1: <br> as space, lower case, runs of letters,
    digits and marks, or one other non-space character."""
    out, word = [], []
    for ch in BREAK.sub(" ", text).lower():
        cat = unicodedata.category(ch)
        if cat[0] in "LNM":
            word.append(ch)
            continue
        if word:
            out.append("".join(word))
            word = []
        if not ch.isspace():
            out.append(ch)
        if len(out) >= limit:
            return out[:limit]
    if word:
        out.append("".join(word))
    return out[:limit]


def read_csv(path, text, label):
    with open(path, newline="", encoding="utf-8") as f:
        return [(row[text], row[label]) for row in csv.DictReader(f)]


def train(a):
    rng = np.random.default_rng(a.seed)
    raw = read_csv(a.data, "text", "label")
    test_raw = read_csv(a.test_data, "text", "label")
    classes = sorted({l for _, l in raw})
    cls = {c: i for i, c in enumerate(classes)}
    data = [(tokens_of(t, a.max_length), cls[l]) for t, l in raw]
    test = [(tokens_of(t, a.max_length), cls[l]) for t, l in test_raw]
    order = rng.permutation(len(data))
    held = math.ceil(len(data) * 0.1)
    val = [data[i] for i in sorted(order[:held])]
    tr = [data[i] for i in sorted(order[held:])]
    counts = {}
    for toks, _ in tr:
        for w in toks:
            counts[w] = counts.get(w, 0) + 1
    vocab = ["<unk>"] + sorted(counts, key=lambda w: (-counts[w], w.encode()))
    index = {w: i for i, w in enumerate(vocab)}
    wanted = set(vocab)
    vectors, values = {}, []
    with open(a.embeddings, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split(" ")
            v = np.array(parts[1:], dtype=float)
            values.append(v)
            if parts[0] in wanted and parts[0] not in vectors:
                vectors[parts[0]] = v
    sigma = float(np.concatenate(values).std())
    table = np.array([vectors[w] if w in vectors else rng.normal(0, sigma, a.input) for w in vocab])
    ids = lambda split: [(np.array([index.get(w, 0) for w in toks]), y) for toks, y in split]
    tr, val, test = ids(tr), ids(val), ids(test)

    model = Classifier(a.model, a.input, a.hidden, len(classes), seed=a.seed)
    opt = Adam(model.params(), a.learning_rate)
    F = model.dirs * a.hidden

    def batch_of(split, members):
        members = sorted(members, key=lambda i: (-len(split[i][0]), i))
        toks = [split[i][0] for i in members]
        lengths = np.array([len(t) for t in toks])
        return embed(table, toks, lengths), lengths, np.array([split[i][1] for i in members])

    def evaluate(split):
        order = sorted(range(len(split)), key=lambda i: (-len(split[i][0]), i))
        loss, correct = 0.0, 0
        for s in range(0, len(order), a.batch):
            X, lengths, labels = batch_of(split, order[s:s + a.batch])
            _, total, c = model.loss(X, lengths, labels, None)
            loss += total
            correct += c
        return loss / len(split), correct

    best, best_loss = [p.copy() for p in model.params()], math.inf
    for epoch in range(a.epochs):
        perm = rng.permutation(len(tr))
        batches = []
        pool = a.batch * 100
        for s in range(0, len(perm), pool):
            members = sorted(perm[s:s + pool], key=lambda i: (-len(tr[i][0]), i))
            batches += [members[k:k + a.batch] for k in range(0, len(members), a.batch)]
        for k in rng.permutation(len(batches)):
            X, lengths, labels = batch_of(tr, batches[k])
            mask = (rng.uniform(size=(len(labels), F)) >= a.dropout) / (1 - a.dropout)
            model.loss(X, lengths, labels, mask, backward=True)
            opt.step(model.grads())
        vloss, _ = evaluate(val)
        if vloss < best_loss:
            best_loss, best = vloss, [p.copy() for p in model.params()]
    for p, q in zip(model.params(), best):
        p[...] = q
    _, correct = evaluate(test)
    print(json.dumps({"model": a.model, "seed": a.seed, "n_test": len(test), "test_accuracy": correct / len(test)}))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--model", required=True, choices=sorted(SPECS))
    p.add_argument("--bench", action="store_true")
    p.add_argument("--check", action="store_true")
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--steps", type=int, default=100)
    p.add_argument("--input", type=int, default=100)
    p.add_argument("--hidden", type=int, default=200)
    p.add_argument("--repeats", type=int, default=10)
    p.add_argument("--data")
    p.add_argument("--test-data")
    p.add_argument("--embeddings")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--epochs", type=int, default=5)
    p.add_argument("--learning-rate", type=float, default=1e-3)
    p.add_argument("--dropout", type=float, default=0.5)
    p.add_argument("--max-length", type=int, default=256)
    a = p.parse_args()
    if a.check:
        return self_check(a)
    if a.bench:
        return bench(a)
    return train(a)


if __name__ == "__main__":
    sys.exit(main())
