using System;
using System.IO;
using System.Linq;
using ReviewModel.Import;
using Xunit;

namespace ReviewModel.Tests.Import.Markdown;

/// <summary>
/// A Markdown file whose lines end in lone CRs (found by the random-insertion property: a CR inserted before the
/// first line and inside a heading): every line is read once, in source order, and nothing is lost.
/// </summary>
public class MarkdownLineEndTests
{
    [Fact]
    public void Lines_ending_in_lone_CRs_are_read_once_each()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Import", "markdown-lone-cr-fuzzed.md"));
        Assert.StartsWith("\r", text);
        var result = ReviewImporter.Import(text, ImportOptions.Default.WithFormat(ImportFormat.Markdown));
        Assert.Null(ImportAccounting.Check(text, result));
        var lines = result.Skipped.Select(p => p.Source!.Line).ToList();
        Assert.Equal(lines.Distinct().Count(), lines.Count);
        Assert.Equal(lines.OrderBy(l => l), lines);
    }
}
