#!/usr/bin/env bash
# Rebuilds bench/RESULTS.md from the per-area files in bench/results/ (each written by `bench/run.sh AREA FILE`).
set -euo pipefail
cd "$(dirname "$0")"
{
  echo "# Benchmark results"
  echo
  echo "Measured on the project's 2-core / 24 GiB Debian 12 machines with OpenJDK 17, while other work shared the"
  echo "machine (figures are medians of interleaved runs after warm-up unless a section says otherwise). Each section"
  echo "names the command that produced it; \`bench/assemble.sh\` rebuilds this file from \`bench/results/\`."
  for area in codec store cloud app package audit sandbox find mirror mirror-local erase ds2 team bulk bulkcloud; do
    f="results/$area.md"
    [ -f "$f" ] || continue
    echo
    echo "---"
    echo
    sed 's/^# /## /' "$f"
  done
} > RESULTS.md
echo "bench/RESULTS.md rebuilt from $(ls results/*.md | wc -l) result files"
