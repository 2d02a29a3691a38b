#!/usr/bin/env bash
# Corpus throughput: `reviewmodel check` over N materials against a Python regex audit of the same files.
#
#   benchmarks/throughput/run.sh [N] [RUNS]          N materials (default 1000), best of RUNS runs (default 3)
#   REVIEWMODEL=/path/to/reviewmodel benchmarks/throughput/run.sh 1000
#
# Without REVIEWMODEL the CLI is built in Release and its `reviewmodel` executable is run. The corpus is made
# from the bundled sample (`reviewmodel demo`) with variations (make_corpus.py) in a temporary folder, and
# removed afterwards. Both tools write to /dev/null; the figure is wall-clock time, best of RUNS, with the
# ratio check/audit measured in the same run. Files/s for the two tools are printed too.
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-1000}"
runs="${2:-3}"
here="benchmarks/throughput"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -n "${REVIEWMODEL:-}" ]; then
  cli=("$REVIEWMODEL")
else
  dotnet build src/ReviewModel.Cli -c Release -o "$work/cli" -v quiet -nologo > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
  cli=("$work/cli/reviewmodel")
fi

"${cli[@]}" demo --out "$work/sample" > /dev/null
python3 "$here/make_corpus.py" "$work/sample" "$work/corpus" "$n"
echo "corpus: $n materials, $(du -sh "$work/corpus" | cut -f1) in $work/corpus; $(nproc) processors"

# Best of $runs runs of the command: "wall_ms cpu_ms" (cpu = user + sys, all threads), from /usr/bin/time.
# On a shared, loaded machine wall time is noisy; CPU time much less so: both are printed.
best() {
  local best_wall="" best_cpu=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || [ $? -eq 1 ] || { cat "$work/stderr" >&2; echo "failed: $*" >&2; exit 1; }
    read -r wall user sys < "$work/time"
    local wall_ms cpu_ms
    wall_ms=$(awk -v w="$wall" 'BEGIN { printf "%d", w * 1000 }')
    cpu_ms=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')
    if [ -z "$best_wall" ] || [ "$wall_ms" -lt "$best_wall" ]; then best_wall=$wall_ms; best_cpu=$cpu_ms; fi
  done
  echo "$best_wall $best_cpu"
}

read -r check_ms check_cpu < <(best "${cli[@]}" check "$work/corpus")
read -r audit_ms audit_cpu < <(best python3 "$here/audit.py" "$work/corpus")
[ -n "${check_ms:-}" ] && [ -n "${audit_ms:-}" ] || { echo "a timed run failed" >&2; exit 1; }
summary=$("${cli[@]}" check "$work/corpus" 2>/dev/null | tail -1 || true)
echo "reviewmodel check: ${check_ms} ms wall, ${check_cpu} ms CPU ($(( n * 1000 / (check_ms > 0 ? check_ms : 1) )) files/s)  $summary"
echo "python regex audit: ${audit_ms} ms wall, ${audit_cpu} ms CPU ($(( n * 1000 / (audit_ms > 0 ? audit_ms : 1) )) files/s)  $(python3 "$here/audit.py" "$work/corpus" | tail -1)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v c="$check_ms" -v a="$audit_ms" -v cc="$check_cpu" -v ac="$audit_cpu" 'BEGIN { printf "ratio check/audit: %.2f wall, %.2f CPU\n", c / a, cc / ac }'
