using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ReviewModel.Rendering;
using ReviewModel.Samples;
using Xunit;

namespace ReviewModel.Tests.Rendering;

/// <summary>The sample built in code renders back to the user's sample file.</summary>
public class SampleRenderingTests
{
    private static readonly string Fixture =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "sample.md")).Replace("\r\n", "\n");

    [Fact]
    public void Markdown_has_every_paragraph_of_the_sample_in_order_and_nothing_else()
    {
        var markdown = new MarkdownRenderer().Render(PartyHistory2021Sample.Build());

        AssertSameParagraphs(Paragraphs(Fixture), Paragraphs(markdown));
    }

    [Fact]
    public void Markdown_is_the_sample_file_byte_for_byte()
    {
        var markdown = new MarkdownRenderer().Render(PartyHistory2021Sample.Build());

        Assert.Equal(Fixture, markdown);
    }

    [Fact]
    public void Plain_text_is_the_sample_without_its_markdown_markers()
    {
        var text = new TextRenderer().Render(PartyHistory2021Sample.Build());
        var expected = Paragraphs(Fixture)
            .Select(p => p.StartsWith("# ", StringComparison.Ordinal) ? p.Substring(2) : p.StartsWith("## ", StringComparison.Ordinal) ? p.Substring(3) : p)
            .Select(p => p.Replace("**", string.Empty))
            .ToList();

        AssertSameParagraphs(expected, Paragraphs(text));
        Assert.DoesNotContain("**", text);
        Assert.StartsWith("党史学习教育专题民主生活会对照检查材料\n\n", text);
    }

    [Fact]
    public void Writing_to_a_TextWriter_gives_the_same_text_as_rendering_to_a_string()
    {
        var document = PartyHistory2021Sample.Build();
        using var writer = new StringWriter();

        new TextRenderer().Render(document, writer);

        Assert.Equal(new TextRenderer().Render(document), writer.ToString());
    }

    internal static List<string> Paragraphs(string text) =>
        Regex.Split(text.Replace("\r\n", "\n"), @"\n[ \t]*\n")
            .Select(p => Regex.Replace(p, @"\s+", " ").Trim())
            .Where(p => p.Length > 0)
            .ToList();

    private static void AssertSameParagraphs(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            Assert.True(expected[i] == actual[i], $"Paragraph {i} differs.\nexpected: {expected[i]}\nactual:   {actual[i]}");
        }

        if (expected.Count != actual.Count)
        {
            var first = actual.Count > expected.Count ? "extra: " + actual[expected.Count] : "missing: " + expected[actual.Count];
            Assert.Fail($"Expected {expected.Count} paragraphs, got {actual.Count}; first {first}");
        }
    }
}
