#!/usr/bin/env bash
# Corpus throughput: `reviewmodel check` over N materials against a Python regex audit of the same files.
#
#   benchmarks/throughput/run.sh [N] [RUNS]          N materials (default 1000), best of RUNS runs (default 3)
#
# Four ways over the same corpus, each timed with /usr/bin/time (wall, CPU = user + system of all threads, peak RSS):
#   sequential   reviewmodel check with one worker (DOTNET_PROCESSOR_COUNT=1)
#   parallel     reviewmodel check as shipped (one worker per processor, bounded window)
#   published    the self-contained single file (linux-x64 release profile, ReadyToRun), parallel
#   python       benchmarks/throughput/audit.py (a regex audit that checks far less)
# Environment:
#   REVIEWMODEL=path   the framework-dependent executable (default: a Release build of src/ReviewModel.Cli)
#   PUBLISHED=path     the single file (default: published here, which takes minutes; PUBLISHED=none skips it)
#   CORPUS=dir         keep the generated corpus there and reuse it when it already holds N files (default: a
#                      temporary folder, removed afterwards; 100,000 files are 2.7 GB)
# Outputs go to /dev/null. On a shared, loaded machine wall time is noisy and CPU time much less so: both are
# printed, with µs per file (for linearity across N) and the ratio to the Python audit measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-1000}"
runs="${2:-3}"
here="benchmarks/throughput"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -n "${REVIEWMODEL:-}" ]; then
  cli="$REVIEWMODEL"
else
  dotnet build src/ReviewModel.Cli -c Release -o "$work/cli" -v quiet -nologo > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
  cli="$work/cli/reviewmodel"
fi
published="${PUBLISHED:-}"
if [ -z "$published" ]; then
  dotnet publish src/ReviewModel.Cli -p:PublishProfile=linux-x64 -o "$work/published" -v quiet -nologo > "$work/publish.log" 2>&1 || { cat "$work/publish.log"; exit 1; }
  published="$work/published/reviewmodel"
fi

corpus="${CORPUS:-$work/corpus}"
if [ "$(find "$corpus" -type f 2>/dev/null | wc -l)" -ne "$n" ]; then
  rm -rf "$corpus"
  "$cli" demo --out "$work/sample" > /dev/null
  python3 "$here/make_corpus.py" "$work/sample" "$corpus" "$n"
fi
echo "corpus: $n materials, $(du -sh "$corpus" | cut -f1) in $corpus; $(nproc) processors, load $(cut -d' ' -f1-3 /proc/loadavg)"

# Best (by CPU) of $runs runs: "wall_ms cpu_ms peak_kb".
best() {
  local best_wall="" best_cpu="" best_rss=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || [ $? -eq 1 ] || { cat "$work/stderr" >&2; echo "failed: $*" >&2; exit 1; }
    read -r wall user sys rss < "$work/time"
    local wall_ms cpu_ms
    wall_ms=$(awk -v w="$wall" 'BEGIN { printf "%d", w * 1000 }')
    cpu_ms=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')
    if [ -z "$best_cpu" ] || [ "$cpu_ms" -lt "$best_cpu" ]; then best_wall=$wall_ms; best_cpu=$cpu_ms; best_rss=$rss; fi
  done
  echo "$best_wall $best_cpu $best_rss"
}

read -r py_wall py_cpu py_rss < <(best python3 "$here/audit.py" "$corpus")
line() { # name wall cpu rss
  awk -v name="$1" -v w="$2" -v c="$3" -v m="$4" -v n="$n" -v pw="$py_wall" -v pc="$py_cpu" 'BEGIN {
    printf "%-11s %9d ms wall %9d ms CPU %6.0f µs/file CPU %6.0f MB peak   ×%.2f wall ×%.2f CPU of python\n",
      name, w, c, c * 1000 / n, m / 1024, w / pw, c / pc }'
}
read -r seq_wall seq_cpu seq_rss < <(DOTNET_PROCESSOR_COUNT=1 best "$cli" check "$corpus")
read -r par_wall par_cpu par_rss < <(best "$cli" check "$corpus")
line sequential "$seq_wall" "$seq_cpu" "$seq_rss"
line parallel "$par_wall" "$par_cpu" "$par_rss"
if [ "$published" != "none" ]; then
  read -r pub_wall pub_cpu pub_rss < <(best "$published" check "$corpus")
  line published "$pub_wall" "$pub_cpu" "$pub_rss"
fi
line python "$py_wall" "$py_cpu" "$py_rss"
echo "check: $("$cli" check "$corpus" 2>/dev/null | tail -1 || true)"
echo "audit: $(python3 "$here/audit.py" "$corpus" | tail -1)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
