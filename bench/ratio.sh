#!/usr/bin/env bash
# The 100k/2.5k ratio of one-line lookups, measured in interleaved rounds so that both halves of a
# round share the machine's phase: the `slowest` runner's pooled median on the anchor corpus, then on
# a 100k corpus, round after round. Run from the repository root after a Release build of the bench.
# usage: bench/ratio.sh [ANCHOR_DIR] [SCALED_DIR] [ROUNDS]
#   SCALED_DIR comes from ../shared/tools/make-scaled-corpus ../shared/anchor-corpus 100000 SCALED_DIR
set -euo pipefail
anchor=${1:-../shared/anchor-corpus}; scaled=${2:-/tmp/scaled100k}; rounds=${3:-5}
runner=bench/Signpost.Benchmarks/bin/Release/net10.0/Signpost.Benchmarks
median() { "$runner" slowest --corpus "$1" | head -1 | sed -E 's/.*pooled median ([0-9.]+).*/\1/'; }
for i in $(seq "$rounds"); do
  small=$(median "$anchor"); large=$(median "$scaled")
  echo "round $i (load $(cut -d' ' -f1 /proc/loadavg)): 2.5k $small us, 100k $large us, ratio $(awk "BEGIN { printf \"%.2f\", $large / $small }")"
done
