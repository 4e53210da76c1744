#!/usr/bin/env bash
# The 100k/2.5k ratio of one-line lookups. Two ways:
#  - default: the `ratio` runner, both corpora in one process, measured in alternating blocks, so
#    that both halves of each ratio share the machine's phase (the steadier figure);
#  - --processes: the `slowest` runner's pooled median on the anchor corpus, then on the 100k
#    corpus, process after process, round after round (each half in its own process).
# Run from the repository root after a Release build of the bench.
# usage: bench/ratio.sh [--processes] [ANCHOR_DIR] [SCALED_DIR] [ROUNDS]
#   SCALED_DIR comes from ../shared/tools/make-scaled-corpus ../shared/anchor-corpus 100000 SCALED_DIR
set -euo pipefail
processes=false
if [[ ${1:-} == --processes ]]; then processes=true; shift; fi
anchor=${1:-../shared/anchor-corpus}; scaled=${2:-/tmp/scaled100k}; rounds=${3:-10}
runner=bench/Signpost.Benchmarks/bin/Release/net10.0/Signpost.Benchmarks
if ! $processes; then
  exec "$runner" ratio "$anchor" "$scaled" "$rounds"
fi
median() { "$runner" slowest --corpus "$1" | head -1 | sed -E 's/.*pooled median ([0-9.]+).*/\1/'; }
for i in $(seq "$rounds"); do
  small=$(median "$anchor"); large=$(median "$scaled")
  echo "round $i (load $(cut -d' ' -f1 /proc/loadavg)): 2.5k $small us, 100k $large us, ratio $(awk "BEGIN { printf \"%.2f\", $large / $small }")"
done
