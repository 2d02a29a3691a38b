#!/usr/bin/env bash
# Where the CPU of `reviewmodel check` goes per file: walk, read, decode, import, validate, report (Phases/), and the
# CLI's own remainder (start-up, JIT, threads, ordering, writing standard output) = a sequential `reviewmodel check`
# of the same corpus minus the phases.
#
#   benchmarks/throughput/phases.sh CORPUS_DIR        (e.g. a corpus kept by CORPUS=dir run.sh N)
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="${1:?usage: phases.sh CORPUS_DIR}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build benchmarks/throughput/Phases -c Release -o "$work/bin" -v quiet -nologo > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
"$work/bin/ReviewModel.Phases" "$corpus" --chunk 20 | tee "$work/phases.txt"
n=$(find "$corpus" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.docx' -o -name '*.markdown' \) | wc -l)
DOTNET_PROCESSOR_COUNT=1 /usr/bin/time -f "%U %S" -o "$work/time" "$work/bin/reviewmodel" check "$corpus" > /dev/null || [ $? -eq 1 ]
read -r user sys < "$work/time"
phases=$(awk '$1 == "total" { print $2 }' "$work/phases.txt")
awk -v u="$user" -v s="$sys" -v p="$phases" -v n="$n" 'BEGIN {
  whole = (u + s) * 1000
  printf "reviewmodel check, one worker: %d ms CPU (%d µs/file); beyond the phases (start-up, JIT, threads, ordering, output): %d ms (%d µs/file, %.0f %%)\n",
    whole, whole * 1000 / n, whole - p, (whole - p) * 1000 / n, (whole - p) * 100 / whole }'
