#!/usr/bin/env bash
# Builds the libFuzzer targets and runs them from a seed corpus taken from
# fixtures/. Usage: fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]
# Findings (crashes, leaks, timeouts) land in fuzz/artifacts/; the corpora grow
# in fuzz/corpus-*/ (both ignored by git). Turn each finding into a regression
# test under Tests/ and a file under fuzz/regressions/.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzSheet FuzzExpression FuzzMathTree FuzzTeX FuzzNotebook FuzzWord)

swift build -c release --sanitize=fuzzer --sanitize=address --disable-dead-strip --scratch-path .build-fuzz -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp
bin=$(swift build -c release --sanitize=fuzzer --sanitize=address --disable-dead-strip --scratch-path .build-fuzz -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp --show-bin-path)

mkdir -p artifacts corpus-FuzzSheet corpus-FuzzExpression corpus-FuzzMathTree corpus-FuzzTeX corpus-FuzzNotebook corpus-FuzzWord
# Seeds: every sheet and bad input in fixtures/, and each math line of them.
for f in ../fixtures/answers/*.md ../fixtures/bad/* regressions/*; do
  [ -f "$f" ] || continue
  [ "$(stat -c %s "$f")" -le 65536 ] || continue
  cp "$f" "corpus-FuzzSheet/seed-$(basename "$f")"
done
for f in ../fixtures/answers/*.tex; do [ -f "$f" ] && cp "$f" "corpus-FuzzTeX/seed-$(basename "$f")"; done
# Word: the submitted sheet as pandoc writes it, whole and as its
# word/document.xml alone (the target zips bytes that are not a zip), and the
# Office Math documents the tests write (regressions/*.xml).
if command -v pandoc >/dev/null; then
  pandoc ../fixtures/answers/submitted.md -o corpus-FuzzWord/seed-submitted.docx
  python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read("word/document.xml"))' \
    corpus-FuzzWord/seed-submitted.docx > corpus-FuzzWord/seed-document.xml
fi
for f in regressions/word-* regressions/docx-*; do [ -f "$f" ] && cp "$f" "corpus-FuzzWord/seed-$(basename "$f")"; done
for f in ../fixtures/answers/*.ipynb; do [ -f "$f" ] && cp "$f" "corpus-FuzzNotebook/seed-$(basename "$f")"; done
n=0
grep -h -o '\$[^$]*\$' ../fixtures/answers/*.md | while IFS= read -r line; do
  n=$((n + 1)); printf '%s' "$line" | tr -d '$' > "corpus-FuzzExpression/seed-$n"
done
# The maths grammar: every maths span of the fixtures and the notation catalogue.
python3 - <<'PY'
import json, re, glob
spans = []
for path in glob.glob("../fixtures/answers/*.md"):
    spans += re.findall(r"\$\$([\s\S]*?)\$\$", open(path, encoding="utf-8").read())
for entry in json.load(open("../fixtures/notation/catalogue.json", encoding="utf-8"))["entries"]:
    spans.append(entry.get("text") or entry.get("sheet") or "")
for n, span in enumerate(spans):
    open(f"corpus-FuzzMathTree/seed-{n}", "w", encoding="utf-8").write(span)
PY

export SWIFT_BACKTRACE=enable=no
# Leaks in Foundation itself, not in coursecheck (see lsan.supp).
export LSAN_OPTIONS="suppressions=$PWD/lsan.supp:print_suppressions=0"
for t in "${targets[@]}"; do
  echo "== $t for ${seconds}s"
  "$bin/$t" "corpus-$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
    -max_len=65536 -artifact_prefix="artifacts/$t-" -print_final_stats=1 2>&1 | tail -n 25
done
