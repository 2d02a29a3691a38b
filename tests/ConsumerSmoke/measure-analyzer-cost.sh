#!/usr/bin/env bash
# Measures what the ReviewModel analyzers add to building a consumer with 200 documents in code:
# packs ReviewModel, generates Scenarios/Large (200 realistic documents), and builds it with and
# without the analyzers (-p:DisableReviewModelAnalyzers=true), RUNS times each, printing the Csc
# task time, and the per-analyzer times of -p:ReportAnalyzer=true at detailed verbosity.
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

build() {
  dotnet build "$work/consumer/ConsumerSmoke.csproj" --no-incremental -v:d -p:Scenario=Large \
    -p:ReviewModelVersion="$version" -p:RestorePackagesPath="$work/packages" -p:ReportAnalyzer=true -clp:PerformanceSummary "$@"
}
build > "$work/warmup.log" # warm-up: restore, first JIT
for run in $(seq 1 "$runs"); do
  with="$(build)"
  without="$(build -p:DisableReviewModelAnalyzers=true)"
  no_analyzers="$(build -p:RunAnalyzers=false)"
  total_with="$(grep -E 'Time Elapsed' <<<"$with" | tail -1 | awk '{print $3}' || true)"
  total_none="$(grep -E 'Time Elapsed' <<<"$no_analyzers" | tail -1 | awk '{print $3}' || true)"
  csc_none="$(grep -E '^\s+[0-9]+ ms\s+Csc\s' <<<"$no_analyzers" | awk '{print $1}' | tail -1 || true)"
  csc_with="$(grep -E '^\s+[0-9]+ ms\s+Csc\s' <<<"$with" | awk '{print $1}' | tail -1 || true)"
  csc_without="$(grep -E '^\s+[0-9]+ ms\s+Csc\s' <<<"$without" | awk '{print $1}' | tail -1 || true)"
  ours="$(grep -E 'ReviewModel\.Analyzers\.ReviewModelAnalyzer' <<<"$with" | head -1 | awk '{print $1}' || true)"
  all="$(grep -E 'Total analyzer execution time' <<<"$with" | head -1 | awk '{print $5}' || true)"
  warnings="$(grep -cE 'warning RM[0-9]{4}' <<<"$with" || true)"
  echo "run $run: Csc task ${csc_with} ms with the ReviewModel analyzers, ${csc_without} ms without;" \
    "ReviewModelAnalyzer ${ours} s of ${all} s total analyzer time; RM warnings: ${warnings};" \
    "-p:RunAnalyzers=false: Csc task ${csc_none} ms, build ${total_none} (with analyzers: ${total_with})"
done
