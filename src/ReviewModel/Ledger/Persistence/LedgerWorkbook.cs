using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;
using ReviewModel.Text;
using ReviewModel.Rendering.Lists;

namespace ReviewModel.Ledger.Persistence;

/// <summary>
/// The ledger as the .xlsx workbook organisation departments exchange, written and read with DocumentFormat.OpenXml.
/// Sheets: 整改清单 (one row per entry: status from a drop-down list, the progress log, columns to fill in for this
/// round — 本次进展日期, 本次进展情况, 佐证材料, 填报人, 销号日期, 销号审批人 — and overdue open rows highlighted by
/// conditional formatting) and the material's 问题清单, 任务清单 and 责任清单 (<see cref="RectificationList"/>).
/// Every sheet has a frozen header row and set column widths. <see cref="Import"/> merges a filled-in copy back.
/// </summary>
public static class LedgerWorkbook
{
    private static readonly (ListView View, string Name)[] Views =
    {
        (ListView.Problems, "问题清单"), (ListView.Tasks, "任务清单"), (ListView.Responsibilities, "责任清单"),
    };

    /// <summary>Writes the workbook.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="stream">A writable, seekable stream.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static void Export(RectificationLedger ledger, Stream stream, CancellationToken cancellationToken = default)
    {
        if (ledger is null)
        {
            throw new ArgumentNullException(nameof(ledger));
        }

        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        var extras = ExtraColumns(ledger);
        var headings = LedgerSheet.Columns.Concat(extras).ToList();
        var widths = LedgerSheet.Widths.Concat(extras.Select(_ => 16d)).ToList();
        using var writer = new SpreadsheetWriter(stream);
        var rows = ledger.Entries.Select((entry, i) => Row(entry, i, extras)).ToList();
        var sheet = writer.AddSheet(LedgerSheet.Name, headings, widths, rows);
        var last = (uint)Math.Max(rows.Count + 1, 2);
        var status = SpreadsheetWriter.ColumnName(Index(LedgerSheet.Status));
        var deadline = SpreadsheetWriter.ColumnName(Index(LedgerSheet.Deadline));
        AddStatusList(sheet, $"{status}2:{status}{last}");
        AddOverdueHighlight(sheet, $"A2:{SpreadsheetWriter.ColumnName(headings.Count - 1)}{last}", deadline, status);
        cancellationToken.ThrowIfCancellationRequested();

        var lists = RectificationList.From(ledger.Document, cancellationToken);
        foreach (var (view, name) in Views)
        {
            var table = lists.ToTable(view);
            writer.AddSheet(name, table.Columns, ViewWidths(table.Columns), table.Rows.Select(r => (IReadOnlyList<object?>)r.Cast<object?>().ToList()));
        }
    }

    /// <summary>
    /// Merges a filled-in workbook into <paramref name="ledger"/>: status changes, this round's progress and evidence,
    /// 销号 with its date and approver, new deadlines, owners, units, standards, remarks and added columns (kept as
    /// <see cref="LedgerEntry.Extras"/>). Every change goes through the ledger's transition table. Edits to what the
    /// material decides (problem, measure, the log) and to the view sheets are not taken and are listed in
    /// <see cref="LedgerImportResult.Notices"/>.
    /// </summary>
    /// <param name="ledger">The ledger the workbook was exported from (or a later one).</param>
    /// <param name="stream">The workbook.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="LedgerWorkbookException">A cell is bad; every bad cell is listed (<c>整改清单!I7: 未知状态“进行中”</c>) and nothing is changed.</exception>
    public static LedgerImportResult Import(RectificationLedger ledger, Stream stream, CancellationToken cancellationToken = default)
    {
        if (ledger is null)
        {
            throw new ArgumentNullException(nameof(ledger));
        }

        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        Dictionary<string, SheetGrid> sheets;
        try
        {
            sheets = SpreadsheetReader.Read(stream, cancellationToken);
        }
        catch (Exception e) when (e is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or InvalidOperationException or System.Xml.XmlException or FormatException or NotSupportedException or IOException)
        {
            throw new LedgerWorkbookException(new[] { new LedgerCellError("(工作簿)", "-", $"不是有效的 xlsx 工作簿 (not a valid .xlsx workbook): {e.Message}") });
        }

        return new WorkbookMerge(ledger, sheets, cancellationToken).Run(Views);
    }

    internal static int Index(string heading)
    {
        for (var i = 0; i < LedgerSheet.Columns.Count; i++)
        {
            if (LedgerSheet.Columns[i] == heading)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(heading));
    }

    internal static List<string> ExtraColumns(RectificationLedger ledger)
    {
        var names = new List<string>();
        foreach (var field in ledger.Entries.SelectMany(e => e.Extras))
        {
            if (!names.Contains(field.Name))
            {
                names.Add(field.Name);
            }
        }

        return names;
    }

    internal static string ProblemCell(LedgerEntry e) => e.Aspect is null ? e.Problem : $"{e.Problem}（{e.Aspect}）";

    internal static string OwnersCell(LedgerEntry e) => string.Join("、", e.Owners);

    internal static string LogCell(LedgerEntry e)
    {
        var text = new StringBuilder();
        foreach (var record in e.Log)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(ChineseText.FormatDate(record.Date)).Append(' ');
            if (record.By.Length > 0)
            {
                text.Append(record.By).Append('：');
            }

            text.Append(record.What);
            if (!record.Evidence.IsEmpty)
            {
                text.Append("（佐证：").Append(string.Join("；", record.Evidence)).Append('）');
            }

            if (record.Status is { } status)
            {
                text.Append(" →").Append(status.Name());
            }
        }

        return text.ToString();
    }

    private static IReadOnlyList<object?> Row(LedgerEntry e, int index, List<string> extras)
    {
        var cells = new List<object?>
        {
            index + 1,
            e.Key,
            ProblemCell(e),
            e.Measure,
            OwnersCell(e),
            e.OwningUnit,
            e.Deadline is null ? null : e.Deadline.IsLongTerm ? "长期坚持" : e.Deadline.Date!.Value,
            e.Standard,
            e.Status.Name(),
            LogCell(e),
            null,
            null,
            null,
            null,
            e.ClosedOn,
            e.ClosedBy,
            e.Remark,
        };
        foreach (var name in extras)
        {
            cells.Add(e.Extras.FirstOrDefault(f => f.Name == name)?.Value);
        }

        return cells;
    }

    private static IReadOnlyList<double> ViewWidths(IReadOnlyList<string> columns) =>
        columns.Select(c => c switch
        {
            "序号" => 6d,
            "责任人" or "责任单位" or "完成时限" or "所属方面" => 14d,
            "整改标准" or "针对问题" or "原因分析" => 30d,
            _ => 40d,
        }).ToList();

    private static void AddStatusList(Worksheet sheet, string range)
    {
        var validation = new DataValidation
        {
            Type = DataValidationValues.List,
            AllowBlank = false,
            ShowErrorMessage = true,
            ErrorTitle = "整改状态",
            Error = "请从列表中选择：" + string.Join("、", RectificationStatuses.AllNames),
            ShowInputMessage = true,
            PromptTitle = "整改状态",
            Prompt = string.Join("、", RectificationStatuses.AllNames),
            SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
        };
        validation.Append(new Formula1("\"" + string.Join(",", RectificationStatuses.AllNames) + "\""));
        InsertAfter(sheet, new DataValidations(validation) { Count = 1 }, typeof(ConditionalFormatting), typeof(SheetData));
    }

    private static void AddOverdueHighlight(Worksheet sheet, string range, string deadline, string status)
    {
        var open = string.Join(",", new[] { RectificationStatus.NotStarted, RectificationStatus.InProgress }.Select(s => $"${status}2=\"{s.Name()}\""));
        var rule = new ConditionalFormattingRule { Type = ConditionalFormatValues.Expression, FormatId = SpreadsheetWriter.OverdueFormat, Priority = 1 };
        rule.Append(new Formula($"AND(ISNUMBER(${deadline}2),${deadline}2<TODAY(),OR({open}))"));
        var formatting = new ConditionalFormatting(rule) { SequenceOfReferences = new ListValue<StringValue> { InnerText = range } };
        InsertAfter(sheet, formatting, typeof(SheetData));
    }

    private static void InsertAfter(Worksheet sheet, OpenXmlElement element, params Type[] after)
    {
        foreach (var type in after)
        {
            var anchor = sheet.ChildElements.LastOrDefault(c => c.GetType() == type);
            if (anchor is not null)
            {
                sheet.InsertAfter(element, anchor);
                return;
            }
        }

        sheet.Append(element);
    }
}
