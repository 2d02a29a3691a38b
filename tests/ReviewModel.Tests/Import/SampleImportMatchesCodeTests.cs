using System;
using System.Collections.Generic;
using System.Linq;
using ReviewModel.Model;
using ReviewModel.Rendering;
using ReviewModel.Samples;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Import;

/// <summary>The sample file, imported, is the same document as the sample built in code.</summary>
public class SampleImportMatchesCodeTests
{
    private static readonly ReviewDocument Imported = Fixture.Import("sample.md").Document;
    private static readonly ReviewDocument Built = PartyHistory2021Sample.Build();

    [Fact]
    public void Same_sections_aspects_and_counts()
    {
        Assert.Equal(Built.Sections.Select(s => s.Kind), Imported.Sections.Select(s => s.Kind));
        Assert.Equal(Built.Sections.Select(s => s.Heading), Imported.Sections.Select(s => s.Heading));
        Assert.Equal(Built.Problems!.Aspects.Select(a => a.AspectId), Imported.Problems!.Aspects.Select(a => a.AspectId));
        Assert.Equal(Built.Problems.Aspects.Select(a => a.Problems.Count), Imported.Problems.Aspects.Select(a => a.Problems.Count));
        Assert.Equal(Built.Causes!.Causes.Count, Imported.Causes!.Causes.Count);
        Assert.Equal(Built.Measures!.Measures.Select(m => m.Items.Count), Imported.Measures!.Measures.Select(m => m.Items.Count));
    }

    [Fact]
    public void Same_text_element_by_element()
    {
        Assert.Equal(Texts(Built), Texts(Imported));
    }

    [Fact]
    public void Same_placeholder_findings()
    {
        Assert.Equal(Placeholders(Built), Placeholders(Imported));
    }

    [Fact]
    public void Rendering_the_imported_sample_reproduces_the_file()
    {
        var fixture = Paragraphs(Fixture.Text("sample.md"));
        var rendered = Paragraphs(new MarkdownRenderer().Render(Imported));
        Assert.Equal(fixture, rendered);
    }

    private static IEnumerable<string> Texts(ReviewDocument document)
    {
        foreach (var paragraph in document.Preamble)
        {
            yield return Normalise(paragraph.Text);
        }

        foreach (var problem in document.AllProblems)
        {
            yield return Normalise(problem.Lead + problem.Body + string.Concat(problem.Examples.Select(e => e.Text)));
        }

        foreach (var cause in document.AllCauses)
        {
            yield return Normalise(cause.Title + cause.Body);
        }

        foreach (var measure in document.AllMeasures)
        {
            yield return Normalise(measure.Title + measure.Body + string.Concat(measure.Items.Select(i => i.Text)));
        }
    }

    private static List<string> Placeholders(ReviewDocument document) =>
        new ReviewValidator().Validate(document).Of("RM0007").Select(f => f.Message).OrderBy(m => m, StringComparer.Ordinal).ToList();

    private static List<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n").Split(new[] { "\n\n" }, StringSplitOptions.RemoveEmptyEntries)
            .Select(Normalise)
            .Where(p => p.Length > 0)
            .ToList();

    private static string Normalise(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
