using System;
using System.Linq;
using System.Text;
using CsCheck;
using ReviewModel.Import;
using Xunit;

namespace ReviewModel.Tests.Import;

/// <summary>Importing never throws on any input: a document or a clear import error, and no text lost.</summary>
public class ImportPropertyTests
{
    private const string Alphabet = "一二三四五六七八九十是、。，；：（）()【】“”\"#*_>-. 　\n\n\n\r\t1234567890xX×比如例方面在带头问题原因措施整改责任人完成时限长期坚持年月日总之现状案例剖析准备情况上年度查摆党支部abc ";

    private static readonly string Sample = Fixture.Text("sample.md");
    private static readonly string[] Documents =
    {
        Sample, Fixture.Text("Import/team-2024.txt"), Fixture.Text("Import/pdf-pasted.txt"), Fixture.Text("Import/markdown-bold.md"),
        Fixture.Text("Import/individual-orglife-2023.txt"), Fixture.Text("Import/branch-status.txt"),
    };

    /// <summary>Imports and checks the outcome: either a document that lost no text, or a <see cref="ReviewImportException"/> with a message.</summary>
    private static void ImportsOrFailsClearly(string text, bool markdown)
    {
        ImportResult result;
        try
        {
            result = ReviewImporter.Import(text, ImportOptions.Default.WithFormat(markdown ? ImportFormat.Markdown : ImportFormat.PlainText));
        }
        catch (ReviewImportException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Reason));
            var empty = text.All(c => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF');
            Assert.True(empty || text.IndexOf('\0') >= 0 || text.Any(char.IsControl), "only empty or non-text input is refused: " + e.Message);
            return;
        }

        Assert.NotNull(result.Document);
        var lost = ImportAccounting.Check(text, result);
        Assert.True(lost is null, lost + "\n--- input ---\n" + text);
        foreach (var problem in result.Document.AllProblems)
        {
            Assert.NotNull(problem.Source);
        }
    }

    [Fact]
    public void Random_text()
    {
        Gen.Select(Gen.String[Gen.Char[Alphabet], 0, 600], Gen.Bool)
            .Sample((text, markdown) => ImportsOrFailsClearly(text, markdown), iter: 400);
    }

    [Fact]
    public void Random_unicode_text()
    {
        Gen.Select(Gen.String[Gen.Char, 0, 300], Gen.Bool)
            .Sample((text, markdown) => ImportsOrFailsClearly(text, markdown), iter: 300);
    }

    [Fact]
    public void Documents_cut_anywhere()
    {
        Gen.Select(Gen.Int[0, Documents.Length - 1], Gen.Double[0, 1], Gen.Double[0, 1])
            .Sample((d, a, b) =>
            {
                var text = Documents[d];
                var start = (int)(Math.Min(a, b) * text.Length);
                var end = (int)(Math.Max(a, b) * text.Length);
                ImportsOrFailsClearly(text.Substring(start, end - start), markdown: false);
            }, iter: 200);
    }

    [Fact]
    public void Documents_with_lines_shuffled()
    {
        Gen.Select(Gen.Int[0, Documents.Length - 1], Gen.Int.Array[0, 100])
            .Sample((d, keys) =>
            {
                var lines = Documents[d].Split('\n');
                var order = lines.Select((line, i) => (line, key: keys.Length == 0 ? i : keys[i % keys.Length] ^ i)).OrderBy(x => x.key).Select(x => x.line);
                ImportsOrFailsClearly(string.Join("\n", order), markdown: false);
            }, iter: 150);
    }

    [Fact]
    public void Documents_with_random_characters_inserted()
    {
        Gen.Select(Gen.Int[0, Documents.Length - 1], Gen.Select(Gen.Double[0, 1], Gen.String[Gen.Char[Alphabet], 1, 6]).Array[1, 30], Gen.Bool)
            .Sample((d, inserts, markdown) =>
            {
                var text = new StringBuilder(Documents[d]);
                foreach (var (at, s) in inserts)
                {
                    text.Insert((int)(at * text.Length), s);
                }

                ImportsOrFailsClearly(text.ToString(), markdown);
            }, iter: 150);
    }

    [Theory]
    [InlineData("一是")]
    [InlineData("（一）")]
    [InlineData("(一)")]
    [InlineData("一、")]
    [InlineData("**")]
    [InlineData("比如")]
    [InlineData("一是\n")]
    [InlineData("（一）\n")]
    [InlineData("在方面\n")]
    public void Adversarial_repetition_imports_without_loss(string unit)
    {
        // Speed on such input is measured in benchmarks/ (ImportBenchmarks); here: it imports, and nothing is lost.
        var text = "对照检查材料\n\n一、存在的问题\n\n" + string.Concat(Enumerable.Repeat(unit, 20_000));
        ImportsOrFailsClearly(text, markdown: false);
    }
}
