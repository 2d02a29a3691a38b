using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewModel.Import;
using ReviewModel.Rendering.Docx;
using ReviewModel.Samples;
using ReviewModel.Tests.Import;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Cli;

public sealed class FixCommandTests : CliRunner
{
    private static readonly string[] Typography = { "RM0030", "RM0032" };

    [Fact]
    public void The_sample_text_is_fixed_into_a_new_file_that_checks_clean_of_typography()
    {
        var input = Write("材料.txt", Fixture.Text("sample.md").Replace("## ", string.Empty).Replace("# ", string.Empty));
        var before = File.ReadAllBytes(input);
        var (exit, output, error) = Run("fix", input);

        Assert.Equal(0, exit);
        var written = Path.Combine(Path.GetDirectoryName(input)!, "材料.fixed.txt");
        Assert.Contains(written, output);
        Assert.Matches("已修正 [1-9][0-9]* 处", error);
        Assert.Equal(before, File.ReadAllBytes(input)); // the input is never touched

        var findings = new ReviewValidator().Validate(ReviewImporter.ImportFile(written).Document).Findings;
        Assert.DoesNotContain(findings, f => Typography.Contains(f.RuleId));
        Assert.Contains(new ReviewValidator().Validate(ReviewImporter.ImportFile(input).Document).Findings, f => f.RuleId == "RM0030");

        // Nothing but the marks changed: the same Han characters in the same order.
        static string Han(string s) => new(s.Where(c => c >= '\u4E00' && c <= '\u9FFF').ToArray());
        Assert.Equal(Han(File.ReadAllText(input)), Han(File.ReadAllText(written)));
    }

    [Fact]
    public void Markdown_keeps_its_links_and_headings()
    {
        var input = Write("a.md", "# 标题\n\n## 一、准备情况\n\n详见[通知](通知.md),已学习\"两个确立\"。\n");
        var (exit, _, _) = Run("fix", input, "--out", PathIn("b.md"));
        Assert.Equal(0, exit);
        Assert.Equal("# 标题\n\n## 一、准备情况\n\n详见[通知](通知.md)，已学习“两个确立”。\n", File.ReadAllText(PathIn("b.md")));
    }

    [Fact]
    public void A_docx_is_fixed_run_by_run_and_keeps_its_formatting()
    {
        var input = PathIn("材料.docx");
        File.WriteAllBytes(input, DocxRenderer.RenderToBytes(PartyHistory2021Sample.Build()));
        var (exit, _, error) = Run("fix", input);

        Assert.Equal(0, exit);
        Assert.Matches("已修正 [1-9][0-9]* 处", error);
        var written = PathIn("材料.fixed.docx");
        var findings = new ReviewValidator().Validate(ReviewImporter.ImportFile(written).Document).Findings;
        Assert.DoesNotContain(findings, f => Typography.Contains(f.RuleId));
        using var before = WordprocessingDocument.Open(input, false);
        using var after = WordprocessingDocument.Open(written, false);
        var styles = (WordprocessingDocument d) => d.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value).ToList();
        Assert.Equal(styles(before), styles(after));
    }

    [Fact]
    public void A_fix_across_two_runs_changes_each_runs_own_characters()
    {
        var input = PathIn("runs.docx");
        using (var doc = WordprocessingDocument.Create(input, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(
                new Run(new RunProperties(new Bold()), new DocumentFormat.OpenXml.Wordprocessing.Text("学习\"两个")),
                new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("确立\"的") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
                new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(" 意义,不深。") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }))));
        }

        var (exit, _, _) = Run("fix", input);
        Assert.Equal(0, exit);
        using var fixedDoc = WordprocessingDocument.Open(PathIn("runs.fixed.docx"), false);
        var runs = fixedDoc.MainDocumentPart!.Document!.Body!.Descendants<Run>().ToList();
        Assert.Equal(new[] { "学习“两个", "确立”的", "意义，不深。" }, runs.Select(r => r.InnerText));
        Assert.NotNull(runs[0].RunProperties?.Bold);
    }

    [Fact]
    public void It_never_writes_over_its_input_and_refuses_other_formats()
    {
        var input = Write("a.txt", "学习,教育");
        var (exit, _, error) = Run("fix", input, "--out", input);
        Assert.Equal(2, exit);
        Assert.Contains("覆盖", error);
        Assert.Equal("学习,教育", File.ReadAllText(input));

        var json = Write("a.json", "{}");
        (exit, _, error) = Run("fix", json);
        Assert.Equal(2, exit);
        Assert.Single(error.Trim().Split('\n'));

        (exit, _, error) = Run("fix", PathIn("missing.txt"));
        Assert.Equal(2, exit);
        Assert.Contains("missing.txt", error);
    }

    [Fact]
    public void A_damaged_docx_is_one_line_and_exit_2()
    {
        var input = PathIn("bad.docx");
        File.WriteAllBytes(input, Encoding.ASCII.GetBytes("PK\u0003\u0004 not really a zip"));
        var (exit, _, error) = Run("fix", input);
        Assert.Equal(2, exit);
        Assert.Single(error.Trim().Split('\n'));
        Assert.False(File.Exists(PathIn("bad.fixed.docx")));
    }
}
