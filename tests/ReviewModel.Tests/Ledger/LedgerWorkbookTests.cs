using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using NodaTime;
using ReviewModel.Ledger;
using ReviewModel.Ledger.Persistence;
using ReviewModel.Model;
using Xunit;

namespace ReviewModel.Tests.Ledger;

public class LedgerWorkbookTests
{
    internal static MemoryStream Export(RectificationLedger ledger)
    {
        var stream = new MemoryStream();
        LedgerWorkbook.Export(ledger, stream);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void The_workbook_is_valid_OpenXml_with_a_sheet_per_view_frozen_headers_widths_a_status_list_and_overdue_highlighting()
    {
        var ledger = ThirtyItemLedger.WithHistory();
        using var stream = Export(ledger);
        using var package = SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2010).Validate(package).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        var workbook = package.WorkbookPart!;
        Assert.Equal(new[] { "整改清单", "问题清单", "任务清单", "责任清单" }, workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
            var pane = worksheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal(1d, pane.VerticalSplit!.Value);
            Assert.All(worksheet.Descendants<Column>(), c => Assert.True(c.CustomWidth! && c.Width! >= 6));
        }

        var ledgerSheet = ((WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().First().Id!)).Worksheet;
        var validation = ledgerSheet.Descendants<DataValidation>().Single();
        Assert.Equal(DataValidationValues.List, validation.Type!.Value);
        Assert.Equal("I2:I31", validation.SequenceOfReferences!.InnerText);
        Assert.Equal("\"未启动,推进中,已完成,长期坚持,已销号\"", validation.Formula1!.Text);
        var rule = ledgerSheet.Descendants<ConditionalFormattingRule>().Single();
        Assert.Equal("AND(ISNUMBER($G2),$G2<TODAY(),OR($I2=\"未启动\",$I2=\"推进中\"))", rule.Descendants<Formula>().Single().Text);
        Assert.Equal("A2:Q31", ledgerSheet.Descendants<ConditionalFormatting>().Single().SequenceOfReferences!.InnerText);
        Assert.Equal(31, ledgerSheet.Descendants<Row>().Count());
    }

    [Fact]
    public void Export_then_import_without_edits_changes_nothing()
    {
        var ledger = ThirtyItemLedger.WithHistory();
        using var stream = Export(ledger);
        var result = LedgerWorkbook.Import(ledger, stream);
        Assert.Equal(ledger, result.Ledger);
        Assert.Equal(0, result.ChangedEntries);
        Assert.Empty(result.Notices);
    }

    [Fact]
    public void A_thirty_item_ledger_round_trips_JSON_xlsx_edits_import_JSON_with_every_edit_present()
    {
        var original = ThirtyItemLedger.WithHistory();
        Assert.Equal(30, original.Entries.Count);
        var fromJson = LedgerJson.Deserialize(LedgerJson.Serialize(original));
        using var stream = Export(fromJson);
        var keys = fromJson.Entries.Select(e => e.Key).ToArray();

        using (var sheet = new WorkbookEditor(stream))
        {
            // Row 2 (推进中): completed, with a date typed as text and two evidence files.
            sheet.Text("整改清单", "I2", "已完成");
            sheet.Text("整改清单", "K2", "2025年3月1日");
            sheet.Text("整改清单", "L2", "完成专题调研");
            sheet.Text("整改清单", "M2", "调研报告.docx；会议纪要〔2025〕5号");
            sheet.Text("整改清单", "N2", "张三");
            // Row 3 (已完成 with evidence): closed, the date typed with slashes.
            sheet.Text("整改清单", "I3", "已销号");
            sheet.Text("整改清单", "O3", "2025/6/1");
            sheet.Text("整改清单", "P3", "区委书记");
            // Row 5: the remark rewritten.
            sheet.Text("整改清单", "Q5", "已协调财政");
            // Row 6 (未启动): started, the date entered as Excel stores a typed date (a serial number).
            sheet.Text("整改清单", "I6", " 推进中 ");
            sheet.Number("整改清单", "K6", 45726); // 2025-03-10
            sheet.Text("整改清单", "L6", "召开推进会");
            // Row 7: a new deadline typed as ISO text, with the reason.
            sheet.Text("整改清单", "G7", "2025-09-30");
            sheet.Text("整改清单", "K7", "2025-04-01");
            sheet.Text("整改清单", "L7", "因机构调整延期");
            sheet.Text("整改清单", "N7", "区长");
            // Row 8: progress only, full-width digits in the date.
            sheet.Text("整改清单", "K8", "２０２５年４月２日");
            sheet.Text("整改清单", "L8", "形成初稿");
            sheet.Text("整改清单", "M8", "初稿.docx");
            // A column someone added.
            sheet.Text("整改清单", "R1", "督办意见");
            sheet.Text("整改清单", "R2", "按期办结");
            sheet.Text("整改清单", "R10", "加快进度");
        }

        stream.Position = 0;
        var result = LedgerWorkbook.Import(fromJson, stream);
        Assert.Empty(result.Notices);
        Assert.Equal(7, result.ChangedEntries);
        var imported = LedgerJson.Deserialize(LedgerJson.Serialize(result.Ledger));

        var expected = original.Update(u => u
            .Entry(keys[0], e => e.Extra("督办意见", "按期办结").Complete(new LocalDate(2025, 3, 1), "张三", "完成专题调研", "调研报告.docx", "会议纪要〔2025〕5号"))
            .Entry(keys[1], e => e.Close(new LocalDate(2025, 6, 1), "区委书记"))
            .Entry(keys[3], e => e.Remark("已协调财政"))
            .Entry(keys[4], e => e.Start(new LocalDate(2025, 3, 10), "", "召开推进会"))
            .Entry(keys[5], e => e.Deadline(Deadline.On(new LocalDate(2025, 9, 30)), new LocalDate(2025, 4, 1), "区长", "因机构调整延期"))
            .Entry(keys[6], e => e.Progress(new LocalDate(2025, 4, 2), "", "形成初稿", "初稿.docx"))
            .Entry(keys[8], e => e.Extra("督办意见", "加快进度")));
        Assert.Equal(expected.Document, imported.Document);
        for (var i = 0; i < expected.Entries.Count; i++)
        {
            Assert.True(Equals(expected.Entries[i], imported.Entries[i]), $"entry {i}:\n{LedgerJson.Serialize(new RectificationLedger(expected.Document, ValueList.Of(expected.Entries[i])))}\n{LedgerJson.Serialize(new RectificationLedger(expected.Document, ValueList.Of(imported.Entries[i])))}".Replace(LedgerJson.Serialize(new RectificationLedger(expected.Document, null)).Split("\"entries\"")[0], string.Empty));
        }

        Assert.Equal(expected, imported);

        // The edits, spelled out: nothing typed is lost.
        Assert.Equal(RectificationStatus.Completed, imported.Entries[0].Status);
        Assert.Equal(new[] { "区委办〔2025〕1号", "调研报告.docx", "会议纪要〔2025〕5号" }, imported.Entries[0].Evidence);
        Assert.Equal((RectificationStatus.Closed, new LocalDate(2025, 6, 1), "区委书记"), (imported.Entries[1].Status, imported.Entries[1].ClosedOn!.Value, imported.Entries[1].ClosedBy));
        Assert.Equal("已协调财政", imported.Entries[3].Remark);
        Assert.Equal(new LocalDate(2025, 3, 10), imported.Entries[4].Log.Single().Date);
        Assert.Equal(Deadline.On(new LocalDate(2025, 9, 30)), imported.Entries[5].Deadline);
        Assert.NotEqual(imported.Entries[5].Deadline, imported.Entries[5].OriginalDeadline);
        Assert.Equal("形成初稿", imported.Entries[6].Log.Single().What);
        Assert.Equal("加快进度", imported.Entries[8].Extras.Single().Value);

        // Exported again, the added column is there.
        using var again = Export(imported);
        using var check = new WorkbookEditor(again);
        Assert.Equal("督办意见", check.Read("整改清单", "R1"));
        Assert.Equal("按期办结", check.Read("整改清单", "R2"));
    }

    [Fact]
    public void Bad_cells_are_each_reported_by_sheet_and_cell_and_nothing_changes()
    {
        var ledger = ThirtyItemLedger.WithHistory();
        var before = LedgerJson.Serialize(ledger);
        using var stream = Export(ledger);
        using (var sheet = new WorkbookEditor(stream))
        {
            sheet.Text("整改清单", "I2", "已完成"); // a good edit: not applied either, since the import fails
            sheet.Text("整改清单", "K2", "2025-03-01");
            sheet.Text("整改清单", "I7", "进行中");
            sheet.Text("整改清单", "K6", "2025.13.1");
            sheet.Text("整改清单", "L6", "推进");
            sheet.Text("整改清单", "I8", "已销号");
            sheet.Text("整改清单", "O8", "2025-06-01");
            sheet.Text("整改清单", "P8", "书记");
            sheet.Text("整改清单", "B9", "P9.9/M9");
            sheet.Text("整改清单", "G10", "明年");
            sheet.Text("整改清单", "S12", "没有列名的内容");
        }

        stream.Position = 0;
        var error = Assert.Throws<LedgerWorkbookException>(() => LedgerWorkbook.Import(ledger, stream));
        var lines = error.Errors.Select(e => e.ToString()).ToList();
        Assert.Equal(1, lines.Count(l => l.StartsWith("整改清单!S1: 此列有内容但没有列名", System.StringComparison.Ordinal)));
        Assert.Single(lines); // a header problem stops before the rows

        stream.Position = 0;
        using (var sheet = new WorkbookEditor(stream))
        {
            sheet.Text("整改清单", "S1", "附注");
        }

        stream.Position = 0;
        error = Assert.Throws<LedgerWorkbookException>(() => LedgerWorkbook.Import(ledger, stream));
        lines = error.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(lines, l => l.StartsWith("整改清单!I7: 未知状态“进行中”", System.StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("整改清单!K6: 无法识别的日期“2025.13.1”", System.StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("整改清单!I8: 不能从“未启动”直接销号", System.StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("整改清单!B9: 台账中没有事项“P9.9/M9”", System.StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("整改清单!G10: 无法识别的完成时限“明年”", System.StringComparison.Ordinal));
        Assert.Equal(5, lines.Count);
        Assert.StartsWith("整改清单!", error.Message);
        Assert.Equal(before, LedgerJson.Serialize(ledger));
    }

    [Fact]
    public void Edits_the_ledger_cannot_take_are_reported_as_notices_not_dropped_silently()
    {
        var ledger = ThirtyItemLedger.WithHistory();
        using var stream = Export(ledger);
        using (var sheet = new WorkbookEditor(stream))
        {
            sheet.Text("整改清单", "C4", "改写的问题");
            sheet.Text("整改清单", "J2", "改写的进展记录");
            sheet.Text("问题清单", "C2", "在视图里改的");
        }

        stream.Position = 0;
        var result = LedgerWorkbook.Import(ledger, stream);
        Assert.Equal(ledger, result.Ledger);
        Assert.Equal(new[] { "整改清单!J2", "整改清单!C4", "问题清单!C2" }, result.Notices.Select(n => $"{n.Sheet}!{n.Cell}"));
    }

    [Fact]
    public void Missing_columns_and_not_a_workbook_are_errors_too()
    {
        var ledger = ThirtyItemLedger.WithHistory();
        using var stream = Export(ledger);
        using (var sheet = new WorkbookEditor(stream))
        {
            sheet.Text("整改清单", "I1", "状态");
        }

        stream.Position = 0;
        var error = Assert.Throws<LedgerWorkbookException>(() => LedgerWorkbook.Import(ledger, stream));
        Assert.Equal("整改清单!1: 缺少列“整改状态” (column missing).", error.Errors.Single().ToString());

        var junk = Assert.Throws<LedgerWorkbookException>(() => LedgerWorkbook.Import(ledger, new MemoryStream(System.Text.Encoding.UTF8.GetBytes("not a zip"))));
        Assert.Contains("不是有效的 xlsx 工作簿", junk.Message);
    }
}
