using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewModel.Rendering;
using ReviewModel.Samples;
using ReviewModel.Serialization;
using ReviewModel.Tests.Import;
using Xunit;

namespace ReviewModel.Tests.Cli;

public sealed class RenderCommandTests : CliRunner
{
    private string SampleJson() => Write("sample.json", ReviewJson.Serialize(PartyHistory2021Sample.Build()));

    [Fact]
    public void Json_renders_to_the_markdown_of_the_document()
    {
        var (exit, output, error) = Run("render", SampleJson(), "--to", "md");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Equal(new MarkdownRenderer().Render(PartyHistory2021Sample.Build()), output);
        Assert.Equal(ImportCommandTests.Paragraphs(Fixture.Text("sample.md")), ImportCommandTests.Paragraphs(output));
    }

    [Fact]
    public void Json_renders_to_text_in_a_file()
    {
        var txt = PathIn("sample.txt");
        var (exit, output, _) = Run("render", SampleJson(), "--to", "txt", "--out", txt);
        Assert.Equal(0, exit);
        Assert.Contains(txt, output);
        Assert.Equal(new TextRenderer().Render(PartyHistory2021Sample.Build()), File.ReadAllText(txt));
    }

    [Fact]
    public void An_importable_file_renders_too()
    {
        var (exit, output, _) = Run("render", Fixture.PathOf("sample.md"), "--to", "txt");
        Assert.Equal(0, exit);
        Assert.StartsWith("党史学习教育专题民主生活会对照检查材料", output);
    }

    [Fact]
    public void Docx_goes_next_to_the_input_by_default_and_opens_with_its_paragraphs()
    {
        var json = SampleJson();
        var (exit, output, _) = Run("render", json, "--to", "docx");
        Assert.Equal(0, exit);
        var docx = Path.ChangeExtension(json, ".docx");
        Assert.Contains(docx, output);
        using var word = WordprocessingDocument.Open(docx, false);
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
        Assert.True(paragraphs.Count > 20, $"{paragraphs.Count} paragraphs");
        Assert.Contains(paragraphs, p => p.Contains("对照检查材料"));
        var lead = PartyHistory2021Sample.Build().AllProblems.First().Lead.Trim();
        Assert.NotEmpty(lead);
        Assert.Contains(paragraphs, p => p.Contains(lead));
    }

    [Fact]
    public void Docx_goes_to_the_given_path()
    {
        var docx = PathIn("out/材料.docx");
        Assert.Equal(0, Run("render", SampleJson(), "--to", "docx", "--out", docx).Exit);
        using var word = WordprocessingDocument.Open(docx, false);
        Assert.NotEmpty(word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>());
    }

    [Fact]
    public void A_docx_input_is_not_overwritten_without_out()
    {
        var docx = PathIn("material.docx");
        Assert.Equal(0, Run("render", Fixture.PathOf("sample.md"), "--to", "docx", "--out", docx).Exit);
        var before = File.ReadAllBytes(docx);
        AssertBadInput(Run("render", docx, "--to", "docx"), docx);
        Assert.Equal(before, File.ReadAllBytes(docx));
    }

    [Fact]
    public void Invalid_json_exits_2_naming_the_file_and_the_place()
    {
        var bad = Write("bad.json", "{\n  \"header\": 42\n}");
        var run = Run("render", bad, "--to", "md");
        AssertBadInput(run, bad);
        Assert.Contains("JSON", run.Error);
    }

    [Fact]
    public void Malformed_json_exits_2()
    {
        var bad = Write("truncated.json", "{\"header\":");
        AssertBadInput(Run("render", bad), bad);
    }

    [Fact]
    public void An_empty_json_file_exits_2()
    {
        var empty = Write("empty.json", "  \n");
        var run = Run("render", empty);
        AssertBadInput(run, empty);
        Assert.Contains("empty", run.Error);
    }

    [Fact]
    public void A_missing_file_exits_2_and_writes_nothing()
    {
        var missing = PathIn("missing.json");
        AssertBadInput(Run("render", missing, "--to", "docx"), missing);
        Assert.False(File.Exists(PathIn("missing.docx")));
    }

    [Fact]
    public void An_unsupported_format_exits_2()
    {
        var doc = Write("old.doc", "binary");
        AssertBadInput(Run("render", doc, "--to", "md"), doc);
    }

    [Fact]
    public void An_unknown_form_exits_2()
    {
        AssertBadArguments(Run("render", SampleJson(), "--to", "pdf"), "pdf");
    }
}
