#!/usr/bin/env bash
# The self-contained win-x64 reviewmodel.exe, run under Wine on Linux: the demo, a check of what it wrote (text,
# Markdown and DOCX), and the startup time of `check` of one file. Not part of CI (Wine is not a CI dependency).
#
#   benchmarks/win-x64/wine.sh [RUNS]            RUNS timed starts (default 5)
#   READY_TO_RUN=true benchmarks/win-x64/wine.sh  publish precompiled, as the release profile does (crossgen: minutes)
#
# REVIEWMODEL_EXE=/path/to/reviewmodel.exe skips publishing and runs that file.
# Needs wine (Debian: apt-get install wine64 wine). Exit 0 when the demo and the checks ran and gave the expected
# summary lines; each step's figures are printed.
#
# Wine 8.0 (Debian 12) cannot start the single file as published: the .NET runtime maps the assemblies inside the
# bundle with VirtualAlloc2(MEM_RESERVE | MEM_RESERVE_PLACEHOLDER), flags 0x42000, which Wine 8 refuses
# ("allocate_virtual_memory called with wrong alloc type flags (00042000)"), so CoreCLR stops with "Failed to load
# System.Private.CoreLib.dll (error code 0x80070057)". Windows has had placeholders since Windows 10 1803. The script
# records that outcome, then runs the same executable published with IncludeAllContentForSelfExtract=true (the
# bundle extracts itself to a folder once and loads the assemblies from disk), which differs only in that loading.
set -uo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
r2r="${READY_TO_RUN:-false}"
command -v wine > /dev/null || { echo "wine is not installed (Debian: apt-get install wine64 wine)" >&2; exit 2; }
work="$(mktemp -d)"
export WINEPREFIX="$work/prefix" WINEDEBUG=-all
trap 'wineserver -k > /dev/null 2>&1; rm -rf "$work"' EXIT
windows() { printf 'Z:%s' "${1//\//\\}"; }

echo "== $(wine --version), $(nproc) processors, load $(cut -d' ' -f1-3 /proc/loadavg)"
wine wineboot --init > "$work/wineboot.log" 2>&1
wineserver -p 600 # keep the server up: the timed starts then measure reviewmodel, not Wine's own start

publish() { # publish DIR [extra properties...]
  local dir="$1"; shift
  dotnet publish src/ReviewModel.Cli -p:PublishProfile=win-x64 -p:PublishReadyToRun="$r2r" -o "$dir" "$@" \
    -v quiet -nologo > "$work/publish.log" 2>&1 || { cat "$work/publish.log"; echo "publish failed" >&2; exit 1; }
  ls -l "$dir"/reviewmodel.exe | awk '{ printf "   %s, %.1f MB\n", $NF, $5 / 1048576 }'
}

echo "== 1. the single file as published (PublishReadyToRun=$r2r)"
if [ -n "${REVIEWMODEL_EXE:-}" ]; then mkdir -p "$work/single"; cp "$REVIEWMODEL_EXE" "$work/single/reviewmodel.exe"; else publish "$work/single"; fi
wine "$work/single/reviewmodel.exe" --version > "$work/single.out" 2> "$work/single.err" < /dev/null
status=$?
if [ "$status" -eq 0 ]; then
  echo "   runs: $(cat "$work/single.out")"
  exe="$work/single/reviewmodel.exe"
else
  echo "   does not start under this Wine (exit $status):"
  sed 's/^/     /' "$work/single.err" | head -4
  echo "== 2. the same, self-extracting (IncludeAllContentForSelfExtract=true)"
  publish "$work/extract" -p:IncludeAllContentForSelfExtract=true
  exe="$work/extract/reviewmodel.exe" # extracts to %TEMP%\.net inside the throwaway WINEPREFIX (a Z:\ base fails to load)
fi

echo "== demo and check"
wine "$exe" demo --out "$(windows "$work/demo")" > "$work/demo.out" 2>&1 || { cat "$work/demo.out"; echo "demo failed" >&2; exit 1; }
for f in sample.md sample.txt sample.json sample.docx sample-整改清单.md sample-整改清单.csv; do
  [ -s "$work/demo/$f" ] || { cat "$work/demo.out"; ls -la "$work/demo"; echo "the demo did not write $f" >&2; exit 1; }
done
echo "   demo wrote $(ls "$work/demo" | wc -l) files"
for f in sample.md sample.txt sample.docx; do
  wine "$exe" check "$(windows "$work/demo/$f")" > "$work/check.out" 2> "$work/check.err"
  status=$?
  summary="$(tail -1 "$work/check.out")"
  echo "   check $f: exit $status, $summary"
  [ "$status" -eq 0 ] && [[ "$summary" == "检查了 1 个文件：0 个错误"* ]] || { cat "$work/check.err"; echo "check of $f failed" >&2; exit 1; }
done

echo "== startup: check of sample.md, $runs runs (wall and CPU of the Windows process; wineserver already up)"
for _ in $(seq "$runs"); do
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" wine "$exe" check "$(windows "$work/demo/sample.md")" > /dev/null 2>&1
  read -r wall user sys rss < "$work/time"
  awk -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" 'BEGIN { printf "   %5d ms wall  %4d ms CPU  %4.0f MB peak\n", w * 1000, (u + s) * 1000, m / 1024 }'
done
echo "OK"
