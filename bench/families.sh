#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every model family end to end — featurize, train with its default options, score every line,
# write the score CSV — on one generated corpus, side by side with the reference VAE of
# ../shared/peers when it (and python3-torch) is there. Prints one bench= line per family with
# lines/s and peak RSS, and the ratio to the reference's end to end (featurize + one epoch +
# batched scoring) from this run only.
#   bench/families.sh [LINES] [SAMPLE] [KINDS...]   (logsleuth-cli on PATH)
set -euo pipefail
repo="${LOGSLEUTH_REPO:-$(cd "$(dirname "$0")/.." && pwd)}"
lines="${1:-1000000}"
sample="${2:-$repo/tests/data/loghub/HDFS/HDFS_2k.log}"
shift $(( $# < 2 ? $# : 2 ))
kinds=("$@")
[ ${#kinds[@]} -gt 0 ] || kinds=(vae window som ensemble conv)
work="${LOGSLEUTH_BENCH_DIR:-/tmp/logsleuth-bench}"
mkdir -p "$work"
corpus="$work/$(basename "$sample" .log)-$lines.log"
[ -s "$corpus" ] || python3 "$repo/bench/make_corpus.py" "$sample" "$lines" > "$corpus"
echo "corpus: $corpus ($(wc -l < "$corpus") lines, $(du -m "$corpus" | cut -f1) MB)"

reference=""
peers="$repo/../shared/peers"
if [ -f "$peers/reference_vae.py" ] && python3 -c 'import torch' 2>/dev/null; then
  peer=$(python3 "$peers/reference_vae.py" "$corpus" 5 cpu | tail -n1)
  echo "peer reference VAE: $peer"
  reference=$(echo "$peer" | python3 -c '
import sys
f = dict(kv.split("=") for kv in sys.stdin.read().split() if "=" in kv)
rates = [float(f[k]) for k in ("featurize_lines_per_s", "train_epoch_lines_per_s", "score_batched_lines_per_s")]
print(f"{1 / sum(1 / r for r in rates):.0f}")')
  echo "bench=families kind=reference end_to_end_lines_per_s=$reference"
else
  echo "peer reference VAE: skipped (needs ../shared/peers and python3-torch)"
fi

for kind in "${kinds[@]}"; do
  # Wall seconds and the child's peak RSS (KiB), without depending on GNU time.
  measured=$(python3 - "$corpus" "$kind" "$work" <<'PY'
import resource, subprocess, sys, time
corpus, kind, work = sys.argv[1:]
start = time.perf_counter()
with open(f"{work}/families-{kind}.log", "w") as log:
    done = subprocess.run(["logsleuth-cli", "analyze", corpus, "--kind", kind, "--top", "0",
                           "--out", f"{work}/families-{kind}.csv"], stdout=subprocess.DEVNULL, stderr=log)
seconds = time.perf_counter() - start
print(done.returncode, f"{seconds:.2f}", resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
PY
)
  read -r status seconds rss_kib <<< "$measured"
  if [ "$status" != 0 ]; then
    echo "bench=families kind=$kind failed: $(tail -n1 "$work/families-$kind.log")"; continue
  fi
  rate=$(python3 -c "print(f'{$lines / $seconds:.0f}')")
  ratio=""
  [ -n "$reference" ] && ratio=" ratio_to_reference=$(python3 -c "print(f'{$rate / $reference:.1f}')")"
  echo "bench=families kind=$kind lines=$lines seconds=$seconds end_to_end_lines_per_s=$rate peak_rss_mib=$((rss_kib / 1024))$ratio"
  rm -f "$work/families-$kind.csv"
done
