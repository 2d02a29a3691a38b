using System;
using System.IO;
using System.Linq;
using ReviewModel.Import;
using Xunit;

namespace ReviewModel.Tests.Import.Markdown;

/// <summary>
/// A heading whose <c>#</c> is followed by a tab: Markdig gives its text spans in a tab-expanded copy of the line,
/// not in the source. The reader finds the text on the heading's own line, so every line is read once, in source
/// order, and nothing is lost (found by the random-insertion property; the fixture is its failing input, and the
/// analyzer-versus-validator comparison of every fixture material checks it too, lone CR line ends included).
/// </summary>
public class MarkdownLineEndTests
{
    [Fact]
    public void Lines_ending_in_lone_CRs_are_read_once_each()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Import", "markdown-tab-heading-fuzzed.md"));
        Assert.StartsWith("\r", text);
        var result = ReviewImporter.Import(text, ImportOptions.Default.WithFormat(ImportFormat.Markdown));
        Assert.Null(ImportAccounting.Check(text, result));
        var lines = result.Skipped.Select(p => p.Source!.Line).ToList();
        Assert.Equal(lines.Distinct().Count(), lines.Count);
        Assert.Equal(lines.OrderBy(l => l), lines);
    }

    [Theory]
    [InlineData("某局对照检查材料\n\n根据要求报告如下。\n\n#\t一、存在的问题\n\n一是学习不深。满足于读过了。\n")]
    [InlineData("\r某局对照检查材料\r\r根据要求报告如下。\r\r#\t一、存在的问题\r\r一是学习不深。满足于读过了。\r")]
    public void A_heading_with_a_tab_after_its_marker_is_placed_on_its_own_line(string text)
    {
        var result = ReviewImporter.Import(text, ImportOptions.Default.WithFormat(ImportFormat.Markdown));
        Assert.Null(ImportAccounting.Check(text, result));
        var problems = result.Document.Problems!;
        Assert.Equal(5 + (text[0] == '\r' ? 1 : 0), problems.Source!.Line);
    }
}
