using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewModel.Model;
using ReviewModel.Samples;
using ReviewModel.Serialization;
using ReviewModel.Tests.Import;
using Xunit;

namespace ReviewModel.Tests.Cli;

public sealed class ListsCommandTests : CliRunner
{
    private static ReviewDocument Sample => PartyHistory2021Sample.Build();

    private string SampleJson() => Write("sample.json", ReviewJson.Serialize(Sample));

    /// <summary>Rows the 整改清单 should have, counted from the document: one per problem–measure link,
    /// one per problem no measure addresses, one per measure that addresses nothing.</summary>
    internal static int ExpectedRows(ReviewDocument document)
    {
        var problems = document.AllProblems.Select(p => p.Id).ToHashSet();
        var links = document.AllMeasures.SelectMany(m => m.Addresses.Select(a => (m.Id, a.TargetId))).Distinct().ToList();
        var unaddressed = problems.Count(p => !links.Any(l => l.TargetId == p));
        var idle = document.AllMeasures.Count(m => m.Addresses.Count == 0);
        return links.Count + unaddressed + idle;
    }

    /// <summary>Reads RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    internal static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' || c == '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = new List<string>();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public void Csv_has_a_byte_order_mark_a_header_with_序号_and_one_row_per_link()
    {
        var csv = PathIn("sample-整改清单.csv");
        var (exit, output, error) = Run("lists", SampleJson(), "--to", "csv", "--out", csv);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains(csv, output);
        var bytes = File.ReadAllBytes(csv);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3).ToArray());
        var rows = ParseCsv(new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal("序号", rows[0][0]);
        Assert.Contains("整改措施", rows[0]);
        var expected = ExpectedRows(Sample);
        Assert.True(expected > 19, $"{expected} rows expected");
        Assert.Equal(expected, rows.Count - 1);
        Assert.Equal(Enumerable.Range(1, expected).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows.Skip(1).Select(r => r[0]));
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
    }

    [Fact]
    public void Csv_on_stdout_keeps_the_byte_order_mark()
    {
        var (exit, output, _) = Run("lists", SampleJson(), "--to", "csv", "--view", "tasks");
        Assert.Equal(0, exit);
        Assert.StartsWith("\uFEFF序号,整改任务,", output);
        Assert.Equal(Sample.AllMeasures.Count() + 1, ParseCsv(output.Substring(1)).Count);
    }

    [Fact]
    public void Markdown_is_the_default_with_a_table_row_per_link()
    {
        var (exit, output, _) = Run("lists", SampleJson());
        Assert.Equal(0, exit);
        var table = output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith('|')).ToList();
        Assert.StartsWith("| 序号 |", table[0]);
        Assert.Equal(ExpectedRows(Sample), table.Count - 2); // header and separator
    }

    [Fact]
    public void All_views_in_markdown_are_four_tables()
    {
        var (exit, output, _) = Run("lists", SampleJson(), "--view", "all", "--to", "md");
        Assert.Equal(0, exit);
        foreach (var name in new[] { "整改清单", "问题清单", "任务清单", "责任清单" })
        {
            Assert.Contains(name, output);
        }

        Assert.Equal(4, output.Split('\n').Count(l => l.StartsWith("| 序号 |", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void An_imported_material_gives_its_lists_too()
    {
        var (exit, output, _) = Run("lists", Fixture.PathOf("sample.md"), "--view", "problems");
        Assert.Equal(0, exit);
        var rows = output.Split('\n').Count(l => l.StartsWith('|')) - 2;
        Assert.Equal(19, rows);
    }

    [Fact]
    public void Docx_goes_next_to_the_input_by_default_with_one_table_row_per_link()
    {
        var json = SampleJson();
        var (exit, output, _) = Run("lists", json, "--to", "docx");
        Assert.Equal(0, exit);
        var docx = PathIn("sample-整改清单.docx");
        Assert.Contains(docx, output);
        using var word = WordprocessingDocument.Open(docx, false);
        var table = Assert.Single(word.MainDocumentPart!.Document!.Body!.Descendants<Table>());
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal("序号", rows[0].Elements<TableCell>().First().InnerText);
        Assert.Equal(ExpectedRows(Sample), rows.Count - 1);
    }

    [Fact]
    public void Docx_with_all_views_has_four_tables()
    {
        var docx = PathIn("lists.docx");
        Assert.Equal(0, Run("lists", SampleJson(), "--to", "docx", "--view", "all", "--out", docx).Exit);
        using var word = WordprocessingDocument.Open(docx, false);
        Assert.Equal(4, word.MainDocumentPart!.Document!.Body!.Descendants<Table>().Count());
    }

    [Fact]
    public void Csv_of_all_views_exits_2()
    {
        var json = SampleJson();
        var run = Run("lists", json, "--to", "csv", "--view", "all");
        AssertBadInput(run, json);
        Assert.Contains("--view", run.Error);
    }

    [Fact]
    public void A_missing_file_exits_2_naming_it()
    {
        var missing = PathIn("missing.docx");
        AssertBadInput(Run("lists", missing, "--to", "csv"), missing);
    }

    [Fact]
    public void Invalid_json_exits_2_naming_it()
    {
        var bad = Write("bad.json", "[1, 2]");
        AssertBadInput(Run("lists", bad), bad);
    }

    [Fact]
    public void An_empty_file_exits_2_naming_it()
    {
        var empty = Write("empty.md", "");
        AssertBadInput(Run("lists", empty), empty);
    }

    [Fact]
    public void An_unknown_view_or_form_exits_2()
    {
        var json = SampleJson();
        AssertBadArguments(Run("lists", json, "--view", "owners"), "owners");
        AssertBadArguments(Run("lists", json, "--to", "xlsx"), "xlsx");
    }
}
