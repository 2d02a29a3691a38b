using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ReviewModel.Serialization;
using ReviewModel.Tests.Import;
using Xunit;

namespace ReviewModel.Tests.Cli;

public sealed class ImportCommandTests : CliRunner
{
    private static string Sample => Fixture.PathOf("sample.md");

    /// <summary>Paragraphs as lines with content, each with its whitespace runs made one space.</summary>
    internal static string[] Paragraphs(string text) => text
        .Split('\n')
        .Select(l => Regex.Replace(l, @"\s+", " ").Trim())
        .Where(l => l.Length > 0)
        .ToArray();

    [Fact]
    public void The_sample_imports_to_json_that_deserializes_with_its_19_problems()
    {
        var json = PathIn("sample.json");
        var (exit, output, error) = Run("import", Sample, "--to", "json", "--out", json);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains(json, output);
        var document = ReviewJson.Deserialize(File.ReadAllText(json));
        Assert.Equal(19, document.AllProblems.Count());
        Assert.Equal(Fixture.Import("sample.md").Document.Header.Title, document.Header.Title);
    }

    [Fact]
    public void Json_is_the_default_and_goes_to_stdout()
    {
        var (exit, output, _) = Run("import", Sample);
        Assert.Equal(0, exit);
        Assert.Equal(19, ReviewJson.Deserialize(output).AllProblems.Count());
    }

    [Fact]
    public void The_sample_imported_to_markdown_has_the_fixture_paragraphs()
    {
        var (exit, output, _) = Run("import", Sample, "--to", "md");
        Assert.Equal(0, exit);
        Assert.Equal(Paragraphs(File.ReadAllText(Sample)), Paragraphs(output));
    }

    [Fact]
    public void Json_imported_and_rendered_back_gives_the_same_markdown()
    {
        var json = PathIn("sample.json");
        Assert.Equal(0, Run("import", Sample, "--out", json).Exit);
        var direct = Run("import", Sample, "--to", "md").Output;
        var (exit, rendered, _) = Run("render", json, "--to", "md");
        Assert.Equal(0, exit);
        Assert.Equal(direct, rendered);
    }

    [Fact]
    public void Text_output_is_written_to_a_file_as_utf8_without_a_byte_order_mark()
    {
        var txt = PathIn("nested/sample.txt");
        Assert.Equal(0, Run("import", Sample, "--to", "txt", "--out", txt).Exit);
        var bytes = File.ReadAllBytes(txt);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.StartsWith("党史学习教育专题民主生活会对照检查材料", File.ReadAllText(txt));
    }

    [Fact]
    public void A_missing_file_exits_2_naming_it()
    {
        var missing = PathIn("missing.md");
        AssertBadInput(Run("import", missing), missing);
    }

    [Fact]
    public void An_unsupported_format_exits_2_naming_it()
    {
        var pdf = Write("material.pdf", "%PDF-1.7");
        var run = Run("import", pdf, "--to", "md");
        AssertBadInput(run, pdf);
        Assert.Contains(".pdf", run.Error);
    }

    [Fact]
    public void An_empty_file_exits_2_naming_it()
    {
        var empty = Write("empty.txt", "\n  \n");
        AssertBadInput(Run("import", empty), empty);
    }

    [Fact]
    public void A_json_file_is_not_imported_as_text()
    {
        var json = Write("doc.json", "{}");
        var run = Run("import", json);
        AssertBadInput(run, json);
        Assert.Contains("render", run.Error);
    }

    [Fact]
    public void An_unwritable_output_exits_2_naming_it()
    {
        var blocker = Write("file", "x");
        var target = Path.Combine(blocker, "out.json"); // a file where a folder should be
        AssertBadInput(Run("import", Sample, "--out", target), target);
    }

    [Fact]
    public void An_unknown_form_exits_2()
    {
        AssertBadArguments(Run("import", Sample, "--to", "yaml"), "yaml");
    }
}
