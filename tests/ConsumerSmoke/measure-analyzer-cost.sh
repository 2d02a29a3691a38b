#!/usr/bin/env bash
# Measures what the ReviewModel analyzers add to building a consumer with 200 documents in code:
# packs ReviewModel, generates Scenarios/Large (200 realistic documents), and builds it RUNS times each
# (interleaved) with every analyzer, without the ReviewModel analyzers (-p:DisableReviewModelAnalyzers=true)
# and with no analyzer at all (-p:RunAnalyzers=false), printing the Csc task times, the added time as a ratio to
# the RunAnalyzers=false build, the per-analyzer times of -p:ReportAnalyzer=true at detailed verbosity (and per
# document), and the size of the packed analyzers/dotnet/cs folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
runs="${RUNS:-3}"
work="$(mktemp -d)"
version="0.1.0-measure.$(date +%s)"
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
echo "work: $work"

dotnet pack "$repo/src/ReviewModel/ReviewModel.csproj" -c Release -o "$work/feed" -p:Version="$version" -v:q >/dev/null
cp -r "$here" "$work/consumer"
rm -rf "$work/consumer/bin" "$work/consumer/obj"
cat > "$work/consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><add key="measure" value="$work/feed" /></packageSources></configuration>
XML
mkdir -p "$work/consumer/Scenarios/Large"
{
  echo 'using NodaTime; using ReviewModel.Aspects; using ReviewModel.Model;'
  echo 'namespace ConsumerSmoke;'
  echo 'public static class LargeDocuments {'
  for i in $(seq 1 200); do
    cat <<CS
    public static ReviewDocument Document$i() => ReviewDocument.Create(d => d
        .Header(h => h.Title("第${i}份对照检查材料").LeadershipTeam("某市委", "市委常委班子").DemocraticLifeMeeting(true)
            .MeetingDate(new LocalDate(2025, 1, 20)).Aspects(AspectCatalogues.Annual2024))
        .Preamble("根据通知要求，班子成员认真学习，广泛征求意见，深入谈心谈话。现将有关情况汇报如下。")
        .Preparation(p => p.Step("高度重视，精心安排部署。", "开展集中学习研讨3次。").Step("广泛征求意见。", "征求意见建议26条。"))
        .LastYearRectification(r => r.Item("加强政治理论学习。", "全年开展专题学习12次。"))
        .Problems(p => p
            .Aspect(1, a => a.Intro("总体上能够严守政治纪律。").Problem("P1", "在理论学习上还有差距。", "学用结合不紧。", x => x.Example("比如，专题学习仅2次。")))
            .Aspect(2, a => a.Problem("P2", "作风建设有松懈。", "深入基层调研不够。"))
            .Aspect(3, a => a.Problem("P3", "担当作为不够。", "遇到难题绕着走。"))
            .Aspect(4, a => a.Problem("P4", "管党治党责任落实不够。", "抓班子带队伍力度不足。")))
        .Causes(c => c
            .Cause("C1", "理论武装不够深入。", "对学习的重要性认识不足。", x => x.Explains("P1", "P2"))
            .Cause("C2", "宗旨意识有所淡化。", "联系群众不够紧密。", x => x.Explains("P3", "P4")))
        .Measures(m => m
            .Measure("M1", "深化理论武装。", "每月集中学习不少于2次。", x => x.Addresses("P1", "P2").Remedies("C1").Owner("书记").Deadline(new LocalDate(2025, 12, 31)))
            .Measure("M2", "改进工作作风。", "每季度蹲点调研1次。", x => x.Addresses("P3", "P4").Remedies("C2").OwningUnit("市委办公室").LongTerm())));
CS
  done
  echo '}'
} > "$work/consumer/Scenarios/Large/LargeDocuments.cs"

# No build servers (-nodeReuse:false, UseSharedCompilation=false): the compiler runs as a child process, so the
# CPU time of the whole build (user + sys, from /usr/bin/time) includes it. CPU time is far less disturbed than
# wall time by other work on a shared machine; both are printed.
build() {
  /usr/bin/time -f "%U %S %e" -o "$work/time.txt" \
    dotnet build "$work/consumer/ConsumerSmoke.csproj" --no-incremental -v:d -p:Scenario=Large -nodeReuse:false -p:UseSharedCompilation=false \
    -p:ReviewModelVersion="$version" -p:RestorePackagesPath="$work/packages" -p:ReportAnalyzer=true -clp:PerformanceSummary "$@"
}
cpu() { awk '{ printf "%.2f", $1 + $2 }' "$work/time.txt"; }
mkdir -p "$work/unzipped" && (cd "$work/unzipped" && unzip -q "$work"/feed/ReviewModel.*.nupkg)
echo "packed analyzers/dotnet/cs: $(du -sb "$work/unzipped/analyzers/dotnet/cs" | awk '{print $1}') bytes" \
  "($(find "$work/unzipped/analyzers/dotnet/cs" -type f | wc -l) files: $(cd "$work/unzipped/analyzers/dotnet/cs" && find . -type f -printf '%P=%s ' ))"
csc() { grep -E '^\s+[0-9]+ ms\s+Csc\s' <<<"$1" | awk '{print $1}' | tail -1 || true; }
# 1. In one process, on the .NET 8 compiler stand-in (tests/Net8AnalyzerHost: Roslyn 4.8 on .NET 8): the same
#    200-document compilation compiled and emitted without and with the packed analyzers, interleaved; this
#    process's CPU time is not disturbed by other builds on the machine the way wall time is.
host_runs="${HOST_RUNS:-6}"
if [ "$host_runs" -gt 0 ]; then
  dotnet build "$repo/tests/Net8AnalyzerHost/Net8AnalyzerHost.csproj" -c Release -v:q >/dev/null
  "$repo/tests/Net8AnalyzerHost/bin/Release/net8.0/linux-x64/Net8AnalyzerHost" --measure "$host_runs" --library \
    --analyzers "$work/unzipped/analyzers/dotnet/cs" \
    --reference "$work/unzipped/lib/net8.0/ReviewModel.dll" --reference "$work/unzipped/lib/net8.0/ReviewModel.Core.dll" \
    --reference "$work/unzipped/analyzers/dotnet/cs/NodaTime.dll" \
    --source "$work/consumer/Scenarios/Large/LargeDocuments.cs" > "$work/host.log"
  awk -F'\t' '
    $1 == "MEASURE" && $2 != "warmup" { wall[$3] += $4; cpu[$3] += $5; n[$3]++ }
    END {
      printf "host (Roslyn 4.8 on .NET 8), %d runs: compile+emit %.0f ms wall / %.0f ms CPU without analyzers, %.0f ms / %.0f ms with the ReviewModel analyzers: +%.1f%% wall, +%.1f%% CPU; added CPU %.2f ms per document\n",
        n["none"], wall["none"] / n["none"], cpu["none"] / n["none"], wall["analyzers"] / n["analyzers"], cpu["analyzers"] / n["analyzers"],
        100 * (wall["analyzers"] - wall["none"]) / wall["none"], 100 * (cpu["analyzers"] - cpu["none"]) / cpu["none"],
        (cpu["analyzers"] - cpu["none"]) / n["none"] / 200
    }' "$work/host.log"
  grep -E '^MEASURE' "$work/host.log" | tr '\t' ' '
fi

# 2. Real builds (dotnet build, SDK compiler), RUNS times each.
[ "$runs" -gt 0 ] || exit 0
build > "$work/warmup.log" # warm-up: restore, first JIT
for run in $(seq 1 "$runs"); do
  with="$(build)"; cpu_with="$(cpu)"
  without="$(build -p:DisableReviewModelAnalyzers=true)"; cpu_without="$(cpu)"
  none="$(build -p:RunAnalyzers=false)"; cpu_none="$(cpu)"
  cpu_ratio="$(awk -v a="$cpu_with" -v b="$cpu_without" -v n="$cpu_none" 'BEGIN { printf "ours +%.1f%%, all analyzers +%.1f%%", 100 * (a - b) / n, 100 * (a - n) / n }')"
  csc_with="$(csc "$with")"; csc_without="$(csc "$without")"; csc_none="$(csc "$none")"
  ours="$(grep -E 'ReviewModel\.Analyzers\.ReviewModelAnalyzer' <<<"$with" | head -1 | awk '{print $1}' || true)"
  documents="$(grep -E 'ReviewModel\.Analyzers\.Documents\.ReviewDocumentAnalyzer' <<<"$with" | head -1 | awk '{print $1}' || true)"
  all="$(grep -E 'Total analyzer execution time' <<<"$with" | head -1 | awk '{print $5}' || true)"
  warnings="$(grep -cE 'warning RM[0-9]{4}' <<<"$with" || true)"
  ratio="$(awk -v a="$csc_with" -v b="$csc_without" -v n="$csc_none" 'BEGIN { if (n > 0) printf "ours +%.1f%%, all analyzers +%.1f%%", 100 * (a - b) / n, 100 * (a - n) / n }')"
  per_document="$(awk -v s="$ours" 'BEGIN { if (s != "") printf "%.2f", 1000 * s / 200 }')"
  echo "run $run: Csc task ${csc_with} ms with every analyzer, ${csc_without} ms without ReviewModel's, ${csc_none} ms with RunAnalyzers=false" \
    "(added, as a share of the RunAnalyzers=false build: ${ratio}); ReviewModelAnalyzer ${ours} s (${per_document} ms per document)," \
    "ReviewDocumentAnalyzer ${documents:-0} s, of ${all} s total analyzer time; RM warnings: ${warnings};" \
    "build CPU time ${cpu_with} s / ${cpu_without} s / ${cpu_none} s (${cpu_ratio})"
done
