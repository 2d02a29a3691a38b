using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using ReviewModel.Similarity;
using Xunit;

namespace ReviewModel.Tests.Similarity;

public class SimilarityIndexTests
{
    [Fact]
    public void A_verbatim_copy_is_found_with_its_source_span_and_counts_in_the_ratio()
    {
        var original = Corpus.Original(0);
        var a = SimilarityMaterial.FromText("甲.txt", original + "\n" + Corpus.Original(1));
        var b = SimilarityMaterial.FromText("乙.txt", Corpus.Original(2) + "\n前言部分。" + original);
        var index = SimilarityIndex.Build(new[] { a, b });
        var report = index.Check(b);

        var match = Assert.Single(report.Matches);
        Assert.Equal("paragraphs[1]", match.Path);
        Assert.Equal("甲.txt", match.Source);
        Assert.Equal("paragraphs[0]", match.SourcePath);
        Assert.InRange(match.Similarity, 0.9, 1.0);
        var text = "前言部分。" + original;
        // The span skips the heading and most of the stock lead (政治站位还不够高 weighs nothing) and runs to the end of the copy.
        var substance = original.Substring(original.IndexOf('对'), original.Length - original.IndexOf('对') - 1);
        Assert.Contains(substance, text.Substring(match.Span.Start, match.Span.Length));
        Assert.True(match.Span.Start > text.IndexOf("政治", StringComparison.Ordinal), match.Span.ToString());
        Assert.Equal(text.Length - 1, match.Span.End);
        Assert.Contains(match.SharedPhrases, p => p.Contains("污水处理设施"));
        Assert.DoesNotContain(match.SharedPhrases, p => p.Contains("政治站位"));
        Assert.InRange(report.Ratio, 0.3, 0.6); // one of two paragraphs, minus the stock lead
        Assert.Empty(index.Check(SimilarityMaterial.FromText("丙.txt", Corpus.Original(5))).Matches);
    }

    [Fact]
    public void A_material_is_not_matched_with_itself_and_stock_phrase_paragraphs_match_nothing()
    {
        // The same stock phrases in another order: nothing but stock phrases in common.
        var phrases = StockPhrases.Default.Where(p => p.Length >= 4).Take(8).ToList();
        var a = SimilarityMaterial.FromText("甲", string.Join("，", phrases) + "。\n" + Corpus.Original(3));
        var b = SimilarityMaterial.FromText("乙", string.Join("，", Enumerable.Reverse(phrases)) + "。");
        var index = SimilarityIndex.Build(new[] { a, b });
        Assert.Empty(index.Check(a).Matches);
        Assert.Empty(index.Check(b).Matches);
    }

    [Fact]
    public void The_index_saves_and_loads_and_answers_the_same()
    {
        var (materials, _) = CorpusMaterials.Team();
        var index = SimilarityIndex.Build(materials);
        using var stream = new MemoryStream();
        index.Save(stream);
        stream.Position = 0;
        var loaded = SimilarityIndex.Load(stream);
        Assert.Equal(index.UnitCount, loaded.UnitCount);
        Assert.Equal(index.Sources, loaded.Sources);
        Assert.Equal(index.CheckAll(materials), loaded.CheckAll(materials));
    }

    [Fact]
    public void A_damaged_or_foreign_index_file_is_a_clear_error()
    {
        var index = SimilarityIndex.Build(new[] { SimilarityMaterial.FromText("甲", Corpus.Original(0)) });
        using var stream = new MemoryStream();
        index.Save(stream);
        var bytes = stream.ToArray();

        Assert.Contains("查重索引", Assert.Throws<SimilarityIndexException>(() => SimilarityIndex.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes("hello world, not an index")))).Message);
        Assert.Contains("已损坏", Assert.Throws<SimilarityIndexException>(() => SimilarityIndex.Load(new MemoryStream(bytes.Take(bytes.Length / 2).ToArray()))).Message);
        Assert.Contains("已损坏", Assert.Throws<SimilarityIndexException>(() => SimilarityIndex.Load(new MemoryStream(Array.Empty<byte>()))).Message);
    }

    [Fact]
    public void Long_runs_report_progress_and_can_be_cancelled()
    {
        var (materials, _) = CorpusMaterials.Team();
        var reports = new List<SimilarityProgress>();
        var index = SimilarityIndex.Build(materials, progress: new SyncProgress(reports.Add));
        index.CheckAll(materials, new SyncProgress(reports.Add));
        Assert.Equal(Enumerable.Range(1, materials.Count), reports.Where(r => r.Stage == "索引").Select(r => r.Done));
        Assert.Equal(Enumerable.Range(1, materials.Count), reports.Where(r => r.Stage == "比对").Select(r => r.Done));
        Assert.All(reports, r => Assert.Equal(materials.Count, r.Total));

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => SimilarityIndex.Build(materials, cancellationToken: cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => index.CheckAll(materials, cancellationToken: cancelled.Token));
    }

    [Fact]
    public void Copies_and_recurrences_are_reported_as_RM0025_and_RM0024_findings()
    {
        var (materials, _) = CorpusMaterials.Team();
        var index = SimilarityIndex.Build(materials);
        var finding = index.Check(materials[1]).ToFindings().Findings.First();
        Assert.Equal("RM0025", finding.RuleId);
        Assert.StartsWith("paragraphs[", finding.Location.Path);
        Assert.NotNull(finding.Location.Offset);
        Assert.Contains("高度雷同（相似度", finding.Message);

        var (current, previous, _) = CorpusMaterials.Years();
        var recurrences = RecurringProblems.Find(current, previous);
        var findings = RecurringProblems.ToFindings(recurrences, current);
        var first = findings.Findings.First();
        Assert.Equal("RM0024", first.RuleId);
        Assert.Equal("problems.aspects[0].problems[0]", first.Location.Path);
        Assert.StartsWith("问题“P1”与2023年度材料中的问题“P1”实质相同（相似度 100%），共同表述：", first.Message);
        Assert.DoesNotContain("政治站位还不够高", first.Message);
    }

    [Fact]
    public void Recurrence_thresholds_are_configurable()
    {
        var (current, previous, _) = CorpusMaterials.Years();
        var strict = RecurringProblems.Find(current, previous, SimilarityOptions.Recurrence.WithThreshold(0.95));
        Assert.All(strict, r => Assert.True(r.Similarity >= 0.95));
        Assert.True(strict.Count < RecurringProblems.Find(current, previous).Count);
    }

    private sealed class SyncProgress : IProgress<SimilarityProgress>
    {
        private readonly Action<SimilarityProgress> _report;

        public SyncProgress(Action<SimilarityProgress> report) => _report = report;

        public void Report(SimilarityProgress value) => _report(value);
    }
}
