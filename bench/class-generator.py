#!/usr/bin/env python3
"""Writes a class of N answer sheets for benchmarking `coursecheck grade`.

Each sheet is fixtures/answers/submitted.md with mistakes planted at known
rates (seeded, so the same N gives the same class). The generator never
writes an expected answer: it only changes what the submitted sheet says.

  sign         30 %  one Question 5.k answer `f_x - f_y` written `f_y - f_x`
  typo         10 %  one f_3 written g_3 (an unreadable answer: needs review)
  count        10 %  Question 4's 120 written 216
  part1         5 %  the RNN's 60,400 written 60,200
  no-q6         5 %  Question 6 left out
  pdf           2 %  a PDF instead of a sheet (unreadable)

Files are named the Canvas way: studentK_<id>_<n>_answers.md.

Usage: bench/class-generator.py N FOLDER [--seed S]
"""
import argparse
import os
import random
import re


def plant(text, rng):
    planted = []
    if rng.random() < 0.30:
        lines = text.split("\n")
        candidates = [i for i, l in enumerate(lines) if re.search(r"= f_(\d) - f_(\d)", l) and "t_" in l]
        if candidates:
            i = rng.choice(candidates)
            matches = list(re.finditer(r"= f_(\d) - f_(\d)", lines[i]))
            m = rng.choice(matches)
            lines[i] = lines[i][:m.start()] + f"= f_{m.group(2)} - f_{m.group(1)}" + lines[i][m.end():]
            text = "\n".join(lines)
            planted.append("sign")
    if rng.random() < 0.10 and "f_3" in text:
        k = text.index("f_3", text.index("Question 5.2"))
        text = text[:k] + "g_3" + text[k + 3:]
        planted.append("typo")
    if rng.random() < 0.10 and "= 120$" in text:
        text = text.replace("= 120$", "= 216$", 1)
        planted.append("count")
    if rng.random() < 0.05 and "60,400" in text:
        text = text.replace("60,400", "60,200", 1)
        planted.append("part1")
    if rng.random() < 0.05 and "Question 6" in text:
        text = text[:text.index("Question 6")]
        planted.append("no-q6")
    return text, planted


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int)
    parser.add_argument("folder")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    base = open(os.path.join(here, "..", "fixtures", "answers", "submitted.md"), encoding="utf-8").read()
    rng = random.Random(args.seed)
    os.makedirs(args.folder, exist_ok=True)
    counts = {}
    for k in range(args.n):
        sid = 100000 + k
        if rng.random() < 0.02:
            with open(os.path.join(args.folder, f"student{k}_{sid}_{k}_answers.pdf"), "wb") as f:
                f.write(b"%PDF-1.4\n")
            counts["pdf"] = counts.get("pdf", 0) + 1
            continue
        text, planted = plant(base, rng)
        for p in planted:
            counts[p] = counts.get(p, 0) + 1
        with open(os.path.join(args.folder, f"student{k}_{sid}_{k}_answers.md"), "w", encoding="utf-8") as f:
            f.write(text)
    print(f"wrote {args.n} submissions to {args.folder}; planted: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
