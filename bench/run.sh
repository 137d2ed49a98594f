#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the benchmarks on a generated corpus (./dev bench [LINES]). Peers from ../shared/peers
# run in the same run when they are there; ratios compare figures from this run only.
set -euo pipefail
repo="${LOGSLEUTH_REPO:-$(cd "$(dirname "$0")/.." && pwd)}"
lines="${1:-1000000}"
work="${LOGSLEUTH_BENCH_DIR:-/tmp/logsleuth-bench}"
mkdir -p "$work"
sample="$repo/tests/data/loghub/HDFS/HDFS_2k.log"
corpus="$work/hdfs-$lines.log"
[ -s "$corpus" ] || python3 "$repo/bench/make_corpus.py" "$sample" "$lines" > "$corpus"
echo "corpus: $corpus ($(wc -l < "$corpus") lines, $(du -m "$corpus" | cut -f1) MB)"

echo "== mining (templates)"
out=$(bench_mining "$corpus"); echo "$out"; mining=$(echo "$out" | tail -n1)

echo "== VAE (one epoch + batched scoring, as the reference detector)"
out=$(bench_vae "$corpus" cpu); echo "$out"; vae=$(echo "$out" | tail -n1)

echo "== logsleuth-cli analyze (end to end, default options)"
start=$(date +%s.%N)
logsleuth-cli analyze "$corpus" --top 5 --out "$work/scores.csv" 2>&1 >/dev/null | grep -v ': epoch ' || true
end=$(date +%s.%N)
analyze_s=$(python3 -c "print(f'{$end - $start:.2f}')")
echo "bench=analyze lines=$lines seconds=$analyze_s"

peers="$repo/../shared/peers"
field() { tr ' ' '\n' | sed -n "s/^$1=//p"; }
ratio() { python3 -c "print(f'{float($1)/float($2):.1f}')"; }
if [ -f "$peers/drain3_peer.py" ] && python3 -c 'import jsonpickle, cachetools' 2>/dev/null; then
  peer=$(python3 "$peers/drain3_peer.py" "$peers/drain3src" "$corpus" 5 | tail -n1)
  echo "peer drain3: $peer"
  echo "ratio mining/drain3 = $(ratio "$(echo "$mining" | field lines_per_s)" "$(echo "$peer" | field lines_per_s)")x"
else
  echo "peer drain3: skipped (needs ../shared/peers and python3-jsonpickle python3-cachetools)"
fi
if [ -f "$peers/reference_vae.py" ] && python3 -c 'import torch' 2>/dev/null; then
  peer=$(python3 "$peers/reference_vae.py" "$corpus" 5 cpu | tail -n1)
  echo "peer reference VAE: $peer"
  for k in train_epoch_lines_per_s; do
    echo "ratio $k = $(ratio "$(echo "$vae" | field $k)" "$(echo "$peer" | field $k)")x"
  done
  echo "ratio score (batched, with dedupe) = $(ratio "$(echo "$vae" | field score_lines_per_s)" "$(echo "$peer" | field score_batched_lines_per_s)")x"
  echo "ratio score (batched, every row through the model) = $(ratio "$(echo "$vae" | field score_rows_no_dedupe_per_s)" "$(echo "$peer" | field score_batched_lines_per_s)")x"
  echo "ratio score (reference loop) = $(ratio "$(echo "$vae" | field score_lines_per_s)" "$(echo "$peer" | field score_loop_lines_per_s)")x"
else
  echo "peer reference VAE: skipped (needs ../shared/peers and python3-torch)"
fi

echo "== detection quality (labelled injected anomalies)"
python3 "$repo/bench/quality.py" 200000

if command -v bench_table_model >/dev/null 2>&1; then
  echo "== log table (GUI model: sorts, data(), longest GUI-thread stall of a real analysis)"
  bench_table_model "$corpus" | tail -n 6
else
  echo "bench table_model: skipped (built without the GUI)"
fi
