using System.IO;
using System.Linq;
using System.Text;
using ReviewModel.Ledger;
using ReviewModel.Ledger.Persistence;
using Xunit;

namespace ReviewModel.Tests.Ledger;

/// <summary>The exported workbook opened by LibreOffice: the cells read back as written, and a copy LibreOffice saved imports unchanged.</summary>
public class LedgerWorkbookLibreOfficeTests
{
    [LibreOfficeFact]
    public void LibreOffice_reads_every_sheet_and_the_cells_come_back_as_written()
    {
        var ledger = ThirtyItemLedger.WithHistory();
        var file = Path.Combine(Directory.CreateTempSubdirectory("ledger-lo-").FullName, "台账.xlsx");
        using (var stream = File.Create(file))
        {
            LedgerWorkbook.Export(ledger, stream);
        }

        // 44 = comma, 34 = quote, 76 = UTF-8, 1 = from row 1, 9th token true = cells as shown; -1 writes every sheet to its own file.
        var outDir = LibreOffice.Convert(file, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1");
        var files = Directory.GetFiles(outDir, "*.csv").Select(Path.GetFileName).OrderBy(n => n).ToList();
        Assert.Equal(new[] { "台账-任务清单.csv", "台账-整改清单.csv", "台账-责任清单.csv", "台账-问题清单.csv" }.OrderBy(n => n), files);

        var rows = Csv.Parse(File.ReadAllText(Path.Combine(outDir, "台账-整改清单.csv"), Encoding.UTF8));
        Assert.Equal(new[] { "序号", "事项编号", "存在问题（所属方面）", "整改措施", "责任人", "责任单位", "完成时限", "整改标准", "整改状态", "进展记录", "本次进展日期", "本次进展情况", "佐证材料", "填报人", "销号日期", "销号审批人", "备注" }, rows[0]);
        Assert.Equal(31, rows.Count);
        for (var i = 0; i < ledger.Entries.Count; i++)
        {
            var entry = ledger.Entries[i];
            var row = rows[i + 1];
            Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), row[0]);
            Assert.Equal(entry.Key, row[1]);
            Assert.Equal(entry.Measure, row[3]);
            Assert.Equal(entry.Deadline?.ToString() ?? string.Empty, row[6]); // 2025年6月30日: a real date, formatted
            Assert.Equal(entry.Status.Name(), row[8]);
            Assert.Equal(LedgerWorkbook.LogCell(entry), row[9].Replace("\r\n", "\n"));
            Assert.Equal(entry.Remark, row[16]);
        }
    }

    [LibreOfficeFact]
    public void A_copy_saved_by_LibreOffice_imports_without_changes_or_notices()
    {
        var ledger = ThirtyItemLedger.WithHistory();
        var file = Path.Combine(Directory.CreateTempSubdirectory("ledger-lo-").FullName, "台账.xlsx");
        using (var stream = File.Create(file))
        {
            LedgerWorkbook.Export(ledger, stream);
        }

        var outDir = LibreOffice.Convert(file, "xlsx:Calc MS Excel 2007 XML");
        using var saved = File.OpenRead(Path.Combine(outDir, "台账.xlsx"));
        var result = LedgerWorkbook.Import(ledger, saved);
        Assert.True(result.Notices.Count == 0, string.Join("\n", result.Notices));
        Assert.Equal(ledger, result.Ledger);
    }
}

internal static class Csv
{
    public static System.Collections.Generic.List<string[]> Parse(string text)
    {
        var rows = new System.Collections.Generic.List<string[]>();
        var row = new System.Collections.Generic.List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        text = text.TrimStart('\uFEFF');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row.ToArray());
                row.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add(row.ToArray());
        }

        return rows;
    }
}
