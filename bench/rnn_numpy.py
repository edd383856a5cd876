#!/usr/bin/env python3
"""The NumPy peer of `coursecheck bench`: the same LSTM/RNN encoders, forward
and backward through time, float64, written the way a careful NumPy user would:
one GEMM for every step's input projection, one GEMM per step for the
recurrence, one GEMM per weight gradient, elementwise work vectorised over the
batch.

Usage: bench/rnn_numpy.py --model lstm|2-level-bi-lstm|… [--batch 32] [--steps 50]
       [--input 100] [--hidden 200] [--repeats 10]
Prints the same JSON as `coursecheck bench --format json`. Run with --check to
compare its gradients against central differences first (a self-test).
"""
import argparse
import json
import time

import numpy as np


def sigmoid(x):
    return 0.5 * (1.0 + np.tanh(0.5 * x))


class Layer:
    def __init__(self, cell, inputs, hidden, reverse, rng):
        gates = 4 if cell == "lstm" else 1
        bound = 1.0 / np.sqrt(hidden)
        self.cell, self.H, self.reverse = cell, hidden, reverse
        self.W_ih = rng.uniform(-bound, bound, (gates * hidden, inputs))
        self.W_hh = rng.uniform(-bound, bound, (gates * hidden, hidden))
        self.b_ih = rng.uniform(-bound, bound, gates * hidden)
        self.b_hh = rng.uniform(-bound, bound, gates * hidden)

    def forward(self, X):
        T, B, I = X.shape
        H = self.H
        self.X = X
        A = (X.reshape(T * B, I) @ self.W_ih.T + (self.b_ih + self.b_hh)).reshape(T, B, -1)
        Hs = np.empty((T, B, H))
        if self.cell == "lstm":
            Cs = np.empty((T, B, H))
            TCs = np.empty((T, B, H))
        order = range(T - 1, -1, -1) if self.reverse else range(T)
        h = c = None
        for t in order:
            a = A[t]
            if h is not None:
                a += h @ self.W_hh.T
            if self.cell == "rnn":
                np.tanh(a, out=a)
                h = Hs[t] = a
                continue
            a[:, :2 * H] = sigmoid(a[:, :2 * H])
            np.tanh(a[:, 2 * H:3 * H], out=a[:, 2 * H:3 * H])
            a[:, 3 * H:] = sigmoid(a[:, 3 * H:])
            i, f, g, o = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]
            c = i * g if c is None else f * c + i * g
            Cs[t] = c
            TCs[t] = np.tanh(c)
            h = Hs[t] = o * TCs[t]
        self.A, self.Hs = A, Hs
        if self.cell == "lstm":
            self.Cs, self.TCs = Cs, TCs
        return Hs

    def backward(self, dHs):
        T, B, H = dHs.shape
        A = self.A
        dA = np.empty_like(A)
        order = range(T) if self.reverse else range(T - 1, -1, -1)
        dh_next = dc_next = None
        for s, t in enumerate(order):
            earlier = (t + 1 if t + 1 < T else None) if self.reverse else (t - 1 if t > 0 else None)
            dh = dHs[t] if dh_next is None else dHs[t] + dh_next
            if self.cell == "rnn":
                dA[t] = dh * (1.0 - A[t] * A[t])
            else:
                a = A[t]
                i, f, g, o = a[:, :H], a[:, H:2 * H], a[:, 2 * H:3 * H], a[:, 3 * H:]
                tc = self.TCs[t]
                dc = dh * o * (1.0 - tc * tc)
                if dc_next is not None:
                    dc += dc_next
                c_prev = self.Cs[earlier] if earlier is not None else 0.0
                d = dA[t]
                d[:, :H] = dc * g * i * (1.0 - i)
                d[:, H:2 * H] = dc * c_prev * f * (1.0 - f)
                d[:, 2 * H:3 * H] = dc * i * (1.0 - g * g)
                d[:, 3 * H:] = dh * tc * o * (1.0 - o)
                dc_next = dc * f
            dh_next = dA[t] @ self.W_hh
        flat = dA.reshape(T * B, -1)
        self.dW_ih = flat.T @ self.X.reshape(T * B, -1)
        if T > 1:
            if self.reverse:
                self.dW_hh = dA[:-1].reshape((T - 1) * B, -1).T @ self.Hs[1:].reshape((T - 1) * B, H)
            else:
                self.dW_hh = dA[1:].reshape((T - 1) * B, -1).T @ self.Hs[:-1].reshape((T - 1) * B, H)
        else:
            self.dW_hh = np.zeros_like(self.W_hh)
        self.db_ih = self.db_hh = flat.sum(axis=0)
        return (flat @ self.W_ih).reshape(T, B, -1)


class Model:
    def __init__(self, cell, levels, bidirectional, inputs, hidden, seed=1):
        rng = np.random.default_rng(seed)
        dirs = 2 if bidirectional else 1
        self.H = hidden
        self.layers = [[Layer(cell, inputs if l == 0 else dirs * hidden, hidden, d == 1, rng) for d in range(dirs)]
                       for l in range(levels)]

    def forward(self, X):
        for level in self.layers:
            X = np.concatenate([layer.forward(X) for layer in level], axis=2) if len(level) > 1 else level[0].forward(X)
        return X

    def backward(self, dY):
        H = self.H
        for level in reversed(self.layers):
            dX = None
            for d, layer in enumerate(level):
                g = layer.backward(np.ascontiguousarray(dY[:, :, d * H:(d + 1) * H]))
                dX = g if dX is None else dX + g
            dY = dX
        return dY


SPECS = {
    "rnn": ("rnn", 1, False), "lstm": ("lstm", 1, False), "bi-rnn": ("rnn", 1, True),
    "bi-lstm": ("lstm", 1, True), "2-level-bi-rnn": ("rnn", 2, True), "2-level-bi-lstm": ("lstm", 2, True),
}


def median(f, repeats, warmup=2, warmup_seconds=0.3):
    """Median of `repeats` timed runs after a warm-up of at least `warmup`
    runs and `warmup_seconds` seconds: the same rule as `coursecheck bench`."""
    start = time.perf_counter()
    runs = 0
    while runs < warmup or time.perf_counter() - start < warmup_seconds:
        f()
        runs += 1
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        f()
        times.append((time.perf_counter() - start) * 1000)
    return float(np.median(times))


def self_check(model, X, R):
    """Central differences on a few weights: the peer must be right to be a peer."""
    model.forward(X)
    model.backward(R)
    worst = 0.0
    for level in model.layers:
        for layer in level:
            for W, dW in ((layer.W_ih, layer.dW_ih), (layer.W_hh, layer.dW_hh)):
                for k in range(3):
                    idx = (k * 7919) % W.size
                    old = W.flat[idx]
                    W.flat[idx] = old + 1e-5
                    up = float((model.forward(X) * R).sum())
                    W.flat[idx] = old - 1e-5
                    down = float((model.forward(X) * R).sum())
                    W.flat[idx] = old
                    fd = (up - down) / 2e-5
                    worst = max(worst, abs(fd - dW.flat[idx]) / max(abs(fd), 1e-3))
    return worst


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--model", required=True, choices=sorted(SPECS))
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--steps", type=int, default=50)
    p.add_argument("--input", type=int, default=100)
    p.add_argument("--hidden", type=int, default=200)
    p.add_argument("--repeats", type=int, default=10)
    p.add_argument("--check", action="store_true")
    a = p.parse_args()
    cell, levels, bidir = SPECS[a.model]
    model = Model(cell, levels, bidir, a.input, a.hidden)
    rng = np.random.default_rng(2)
    X = rng.standard_normal((a.steps, a.batch, a.input))
    R = rng.standard_normal((a.steps, a.batch, a.hidden * (2 if bidir else 1)))
    if a.check:
        print(json.dumps({"model": a.model, "max_relative_error": self_check(model, X, R)}))
        return
    fwd = median(lambda: model.forward(X), a.repeats)
    both = median(lambda: (model.forward(X), model.backward(R)), a.repeats)
    print(json.dumps({"schema": "coursecheck.bench/1", "model": a.model, "batch": a.batch, "steps": a.steps,
                      "input_size": a.input, "hidden_size": a.hidden,
                      "forward_ms": fwd, "forward_backward_ms": both}, sort_keys=True))


if __name__ == "__main__":
    main()
