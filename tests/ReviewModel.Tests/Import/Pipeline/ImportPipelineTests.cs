using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using ReviewModel.Import;
using ReviewModel.Model;
using Xunit;

namespace ReviewModel.Tests.Import.Pipeline;

/// <summary>The importer's stages are declared once, in order, one folder each, and each hands on what the next reads.</summary>
public class ImportPipelineTests
{
    private const string Material =
        "某局党组2024年度民主生活会对照检查材料\n\n根据市委通知要求，局党组认真查摆问题。现报告如下。\n\n" +
        "一、存在的问题\n\n（一）政治建设方面\n\n一是学习不够深入。对创新理论学得不深。\n\n二是调研不实。\n\n" +
        "二、原因剖析\n\n1.理论武装不够。学用脱节。\n\n三、整改措施\n\n1.加强学习。每月学习1次。责任人：书记。完成时限：2024年12月31日前。\n";

    [Fact]
    public void The_stages_run_in_the_order_of_the_folders()
    {
        Assert.Equal(
            new[] { "reading", "lines", "blocks", "sections", "items", "resolution" },
            ImportPipeline.Stages.Select(s => s.Name));
        Assert.All(ImportPipeline.Stages, s => Assert.False(string.IsNullOrWhiteSpace(s.Produces)));
    }

    [Fact]
    public void Each_stage_is_a_class_in_its_own_folder()
    {
        var import = Path.Combine(Root(), "src", "ReviewModel.Core", "Import");
        foreach (var stage in ImportPipeline.Stages)
        {
            var type = stage.Run.Method.DeclaringType!;
            var folder = char.ToUpperInvariant(stage.Name[0]) + stage.Name.Substring(1);
            Assert.True(File.Exists(Path.Combine(import, folder, type.Name + ".cs")), $"{type.Name} is not in Import/{folder}/");
        }
    }

    [Fact]
    public void Each_stage_fills_its_part_and_leaves_the_later_ones_to_the_later_stages()
    {
        var options = ImportOptions.Default;
        var context = new ImportContext(new LineMap(Material, null), options, CancellationToken.None);
        var state = new ImportState(_ => PlainTextReader.Read(Material, options, CancellationToken.None), context, markdown: false, pageNumbers: true);
        var seen = new List<string>();
        foreach (var stage in ImportPipeline.Stages)
        {
            stage.Run(state);
            seen.Add(stage.Name);
            Assert.Equal(seen.Contains("reading"), state.Lines.Count > 0);
            Assert.Equal(seen.Contains("lines"), state.Paragraphs.Count > 0);
            Assert.Equal(seen.Contains("blocks"), state.Blocks.Count > 0);
            Assert.Equal(seen.Contains("sections"), state.Drafts.Count > 0);
            Assert.Equal(seen.Contains("items"), state.Sections.Count > 0);
            Assert.Equal(seen.Contains("resolution"), state.Document is not null);
        }

        Assert.Equal("某局党组2024年度民主生活会对照检查材料", state.Title.Text);
        Assert.Single(state.Preamble);
        Assert.Equal(new[] { SectionKind.Problems, SectionKind.Causes, SectionKind.Measures }, state.Document!.Sections.Select(s => s.Kind));
        Assert.Equal(2, state.Document.Problems!.Aspects[0].Problems.Count);
    }

    [Fact]
    public void The_pipeline_gives_the_same_document_as_the_entry_point()
    {
        var options = ImportOptions.Default;
        var context = new ImportContext(new LineMap(Material, null), options, CancellationToken.None);
        var result = ImportPipeline.Run(_ => PlainTextReader.Read(Material, options, CancellationToken.None), context, markdown: false);

        Assert.Equal(TextImport.Import(Material, options).Document, result.Document);
    }

    [Fact]
    public void A_cancelled_import_stops_between_stages()
    {
        using var cancel = new CancellationTokenSource();
        var options = ImportOptions.Default;
        var context = new ImportContext(new LineMap(Material, null), options, cancel.Token);
        Assert.ThrowsAny<OperationCanceledException>(() => ImportPipeline.Run(
            _ =>
            {
                cancel.Cancel(); // during reading: the lines stage must not start
                return PlainTextReader.Read(Material, options, CancellationToken.None);
            },
            context,
            markdown: false));
    }

    /// <summary>Every heuristic threshold of the importer is a named constant of <see cref="ImportThresholds"/>: no
    /// comparison of a length, count, width or score with a bare number of two digits or a fraction is left in Import/.</summary>
    [Fact]
    public void No_bare_threshold_is_left_in_the_importer()
    {
        var import = Path.Combine(Root(), "src", "ReviewModel.Core", "Import");
        // A comparison with a bare number, or a constant declared with one (a threshold named outside the catalogue).
        var bare = new Regex(@"(Length|Count|width|Score|score|start|end|open|close)\s*(<=|>=|<|>)\s*\d{2,}\b|(<=|>=|<|>)\s*\d*\.\d+\b|\*\s*\d*\.\d+\b|\bconst\s+(int|double)\s+\w+\s*=\s*(\d{2,}|\d*\.\d+|\d{1,3}(_\d{3})+)\s*;", RegexOptions.Compiled);
        var found = new List<string>();
        foreach (var file in Directory.GetFiles(import, "*.cs", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            if (name is "ImportThresholds.cs" or "ImportLimits.cs")
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (!line.StartsWith("//", StringComparison.Ordinal) && bare.IsMatch(line))
                {
                    found.Add($"{name}({i + 1}): {line}");
                }
            }
        }

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    [Fact]
    public void The_thresholds_are_consistent_with_each_other()
    {
        Assert.True(ImportThresholds.MaxBareSectionHeadingLength < ImportThresholds.MaxHeadingLength);
        Assert.True(ImportThresholds.MaxHeadingLength < ImportThresholds.MaxAspectHeadingLength);
        Assert.True(ImportThresholds.MaxAspectHeadingLength < ImportThresholds.MaxAspectCandidateLength);
        Assert.True(ImportThresholds.MaxTitleLineLength <= ImportThresholds.MaxTitleLength);
        Assert.True(ImportThresholds.MinDateLineLength < ImportThresholds.MaxDateLineLength);
        Assert.True(ImportThresholds.LeadCommaWindow <= ImportThresholds.MaxLeadSentenceLength);
        Assert.InRange(ImportThresholds.FullLineShare, 0.5, ImportThresholds.WrappedShareOfWidth);
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ReviewModel.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ReviewModel.sln not found");
    }
}
