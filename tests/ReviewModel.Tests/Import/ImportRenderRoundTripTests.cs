using System;
using System.Linq;
using ReviewModel.Import;
using ReviewModel.Model;
using ReviewModel.Rendering;
using Xunit;

namespace ReviewModel.Tests.Import;

/// <summary>Rendering an imported document and importing the rendering gives the same document text,
/// and rendering adds nothing that was not in the file (owner/deadline suffixes are not doubled).</summary>
public class ImportRenderRoundTripTests
{
    public static TheoryData<string> Files() => new()
    {
        "sample.md",
        "Import/branch-status.txt",
        "Import/headings-as-sections.txt",
        "Import/individual-orglife-2023.txt",
        "Import/markdown-bold.md",
        "Import/numbered-items.txt",
        "Import/owner-deadline.txt",
        "Import/pdf-pasted.txt",
        "Import/team-2024.txt",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Render_then_import_gives_the_same_text(string file)
    {
        var first = Fixture.Import(file).Document;
        var rendered = new TextRenderer().Render(first);
        var second = ReviewImporter.Import(rendered, ImportOptions.Default.WithFile("rendered.txt")).Document;
        Assert.Equal(Body(first), Body(second));
        Assert.Equal(first.Sections.Select(s => s.Kind), second.Sections.Select(s => s.Kind));
        Assert.Equal(first.AllProblems.Count(), second.AllProblems.Count());
        Assert.Equal(first.AllMeasures.Count(), second.AllMeasures.Count());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Rendering_does_not_repeat_accountability(string file)
    {
        // Hard line breaks of pasted PDF text can split a label ("责\n任人"): compare without whitespace.
        var source = string.Concat(Fixture.Text(file).Where(c => !char.IsWhiteSpace(c)));
        var rendered = new TextRenderer().Render(Fixture.Import(file).Document);
        foreach (var label in new[] { "责任人", "责任单位", "完成时限", "整改标准" })
        {
            Assert.Equal(Count(source, label), Count(rendered, label));
        }
    }

    private static string Body(ReviewDocument document) =>
        string.Concat(new TextRenderer().Render(document).Where(c => !char.IsWhiteSpace(c)));

    private static int Count(string text, string label)
    {
        var count = 0;
        for (var i = text.IndexOf(label, StringComparison.Ordinal); i >= 0; i = text.IndexOf(label, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
