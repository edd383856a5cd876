#!/usr/bin/env python3
"""Times reading a Word sheet directly against reading it through pandoc.

The sheet is the submitted one as a .docx, made here by pandoc from Markdown
(its tab-separated table as a pipe table), so that its equations are Office
Math as a Word file carries them. Four commands run as fresh processes,
alternately, and the median of each is compared:

  direct   coursecheck verify sheet.docx          (the .docx read directly)
  md       coursecheck verify sheet.md             (the same sheet as Markdown)
  pandoc   pandoc --from docx --to markdown…       (the conversion that reading
                                                    through pandoc starts with)

Reading through pandoc costs at least `pandoc + md`; reading directly costs
`direct`. The goal (issue: one document model, Word read directly): reading
through pandoc takes at least 3 times as long as reading directly, whole
commands compared. The read alone (direct − md against pandoc) is printed too.
Exit status 1 when the goal is missed.

Usage: bench/docx-vs-pandoc.py [--runs N] [--binary PATH]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

WRITER = ("markdown-simple_tables-multiline_tables-grid_tables-raw_html-raw_attribute"
          "-native_divs-native_spans-bracketed_spans-fenced_divs-header_attributes-link_attributes-smart")


def wall(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def sheets(folder):
    lines = []
    for line in open("fixtures/answers/submitted.md", encoding="utf-8").read().split("\n"):
        if "\t" not in line:
            lines.append(line)
            continue
        cells = [c or "Model" for c in line.split("\t")]
        lines.append("| " + " | ".join(cells) + " |")
        if line.startswith("\t"):
            lines.append("|" + "---|" * len(cells))
    md = os.path.join(folder, "sheet.md")
    with open(md, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    docx = os.path.join(folder, "sheet.docx")
    subprocess.run(["pandoc", md, "--quiet", "-o", docx], check=True)
    return md, docx


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--binary", default=".build/release/coursecheck")
    args = parser.parse_args()
    folder = tempfile.mkdtemp()
    md, docx = sheets(folder)
    commands = {
        "direct": [args.binary, "verify", docx, "--format", "json"],
        "md": [args.binary, "verify", md, "--format", "json"],
        "pandoc": ["pandoc", "--from", "docx", "--to", WRITER, "--wrap=none", "--quiet", docx],
    }
    for cmd in commands.values():
        wall(cmd)  # warm the page cache
    times = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, cmd in commands.items():
            times[name].append(wall(cmd))
    shutil.rmtree(folder, ignore_errors=True)
    m = {name: statistics.median(t) * 1000 for name, t in times.items()}
    through = m["pandoc"] + m["md"]
    ratio = through / m["direct"]
    read = max(m["direct"] - m["md"], 0.1)
    print(f"runs: {args.runs} each, alternating")
    print(f"coursecheck verify sheet.docx, read directly (median): {m['direct']:7.1f} ms")
    print(f"coursecheck verify sheet.md, the same sheet (median):  {m['md']:7.1f} ms")
    print(f"pandoc docx -> markdown alone (median):                {m['pandoc']:7.1f} ms")
    print(f"reading the .docx: directly {read:.1f} ms (direct - md) against pandoc's {m['pandoc']:.1f} ms: {m['pandoc'] / read:.1f}x")
    print(f"whole commands: through pandoc {through:.1f} ms against directly {m['direct']:.1f} ms: "
          f"{ratio:.2f}x (goal >= 3): {'met' if ratio >= 3 else 'MISSED'}")
    return 0 if ratio >= 3 else 1


if __name__ == "__main__":
    sys.exit(main())
