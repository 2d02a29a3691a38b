using System;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewModel.Cli.Commands;
using ReviewModel.Samples;
using ReviewModel.Serialization;
using Xunit;

namespace ReviewModel.Tests.Cli;

public sealed class DemoCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = new(Path.Combine(Path.GetTempPath(), "rm-demo-" + Guid.NewGuid().ToString("N")));

    public void Dispose()
    {
        if (_directory.Exists)
        {
            _directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Demo_writes_the_text_files_and_prints_the_placeholder_findings()
    {
        var console = new StringWriter();
        var exit = DemoCommand.Run(_directory, console);

        Assert.Equal(0, exit);
        var output = console.ToString();
        foreach (var placeholder in new[] { "x月x日", "xx条", "20xx年", "xx市" })
        {
            Assert.Contains($"warning RM0007: 占位符“{placeholder}”未替换", output);
        }

        Assert.Contains("preamble[0]@39: warning RM0007", output);

        var fixture = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "sample.md"));
        Assert.Equal(fixture.Trim(), File.ReadAllText(Path.Combine(_directory.FullName, "sample.md")).Trim());
        var text = File.ReadAllText(Path.Combine(_directory.FullName, "sample.txt"));
        Assert.StartsWith("党史学习教育专题民主生活会对照检查材料", text);
        var json = File.ReadAllText(Path.Combine(_directory.FullName, "sample.json"));
        Assert.Equal(PartyHistory2021Sample.Build(), ReviewJson.Deserialize(json));
    }

    [Fact]
    public void Demo_writes_the_docx_and_the_rectification_list_as_markdown_and_csv()
    {
        var console = new StringWriter();
        Assert.Equal(0, DemoCommand.Run(_directory, console));
        var document = PartyHistory2021Sample.Build();

        var docx = Path.Combine(_directory.FullName, "sample.docx");
        Assert.Contains(docx, console.ToString());
        using (var word = WordprocessingDocument.Open(docx, false))
        {
            var texts = word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
            Assert.Contains(texts, t => t.Contains("对照检查材料"));
            Assert.True(texts.Count(t => t.Length > 0) > 20);
        }

        var rows = ListsCommandTests.ExpectedRows(document);
        var markdown = File.ReadAllText(Path.Combine(_directory.FullName, "sample-整改清单.md"));
        var table = markdown.Split('\n').Where(l => l.StartsWith('|')).ToList();
        Assert.StartsWith("| 序号 |", table[0]);
        Assert.Equal(rows, table.Count - 2);

        var csv = File.ReadAllBytes(Path.Combine(_directory.FullName, "sample-整改清单.csv"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv.Take(3).ToArray());
        var records = ListsCommandTests.ParseCsv(new UTF8Encoding(false).GetString(csv, 3, csv.Length - 3));
        Assert.Equal("序号", records[0][0]);
        Assert.Equal(rows, records.Count - 1);
    }

    [Fact]
    public void Demo_lists_every_finding_of_the_validator()
    {
        var console = new StringWriter();
        DemoCommand.Run(_directory, console);
        var expected = new ReviewModel.Validation.ReviewValidator().Validate(PartyHistory2021Sample.Build()).Findings.Select(f => f.ToString());
        var lines = console.ToString().Split('\n').Select(l => l.TrimEnd('\r'));
        Assert.All(expected, f => Assert.Contains(f, lines));
    }
}
