using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using NodaTime;
using ReviewModel.Model;
using ReviewModel.Rendering;
using ReviewModel.Rendering.Lists;

namespace ReviewModel.Ledger.Persistence;

/// <summary>Merges a read workbook into a ledger, row by row, collecting every bad cell before deciding.</summary>
internal sealed class WorkbookMerge
{
    private static readonly Regex ListSeparators = new(@"[、，,；;\n\r]+", RegexOptions.CultureInvariant);
    private static readonly Regex EvidenceSeparators = new(@"[；;\n\r]+", RegexOptions.CultureInvariant);

    private readonly RectificationLedger _original;
    private readonly Dictionary<string, SheetGrid> _sheets;
    private readonly CancellationToken _cancellationToken;
    private readonly List<LedgerCellError> _errors = new();
    private readonly List<LedgerCellError> _notices = new();
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly List<(string Name, int Column)> _extras = new();
    private RectificationLedger _ledger;
    private SheetGrid _grid = new(LedgerSheet.Name);

    public WorkbookMerge(RectificationLedger ledger, Dictionary<string, SheetGrid> sheets, CancellationToken cancellationToken)
    {
        _original = ledger;
        _ledger = ledger;
        _sheets = sheets;
        _cancellationToken = cancellationToken;
    }

    public LedgerImportResult Run((ListView View, string Name)[] views)
    {
        if (!_sheets.TryGetValue(LedgerSheet.Name, out var grid))
        {
            throw new LedgerWorkbookException(new[] { new LedgerCellError(LedgerSheet.Name, "-", "工作簿中没有“整改清单”工作表 (no 整改清单 sheet).") });
        }

        _grid = grid;
        ReadHeader();
        if (_errors.Count == 0)
        {
            var seen = new Dictionary<string, uint>(StringComparer.Ordinal);
            for (uint row = 2; row <= _grid.LastRow; row++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (!_grid.RowIsBlank(row))
                {
                    MergeRow(row, seen);
                }
            }
        }

        CompareViews(views);
        foreach (var name in _sheets.Keys.Where(n => n != LedgerSheet.Name && !views.Any(v => v.Name == n)))
        {
            if (_sheets[name].Cells.Count > 0)
            {
                _notices.Add(new LedgerCellError(name, "-", "台账不识别此工作表，其内容未导入 (sheet not part of the ledger; not imported)."));
            }
        }

        if (_errors.Count > 0)
        {
            throw new LedgerWorkbookException(_errors);
        }

        var changed = _ledger.Entries.Zip(_original.Entries, (a, b) => !Equals(a, b)).Count(c => c);
        return new LedgerImportResult(_ledger, changed, _notices);
    }

    private void ReadHeader()
    {
        for (var c = 0; c <= _grid.LastColumn; c++)
        {
            var heading = _grid.Text(1, c).Trim();
            if (heading.Length == 0)
            {
                if (ColumnHasContent(c))
                {
                    Error(c, 1, "此列有内容但没有列名，无法导入；请填写列名 (a column with content has no heading).");
                }

                continue;
            }

            if (_columns.ContainsKey(heading) || _extras.Any(e => e.Name == heading))
            {
                Error(c, 1, $"列名“{heading}”重复 (duplicate heading).");
            }
            else if (LedgerSheet.Columns.Contains(heading))
            {
                _columns[heading] = c;
            }
            else
            {
                _extras.Add((heading, c));
            }
        }

        foreach (var required in new[] { LedgerSheet.Key, LedgerSheet.Status })
        {
            if (!_columns.ContainsKey(required))
            {
                _errors.Add(new LedgerCellError(LedgerSheet.Name, "1", $"缺少列“{required}” (column missing)."));
            }
        }
    }

    private bool ColumnHasContent(int column)
    {
        for (uint r = 2; r <= _grid.LastRow; r++)
        {
            if (_grid.Text(r, column).Trim().Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private void MergeRow(uint row, Dictionary<string, uint> seen)
    {
        var key = Cell(LedgerSheet.Key, row).Trim();
        if (key.Length == 0)
        {
            Error(LedgerSheet.Key, row, "事项编号为空，无法对应台账事项；新增事项请在材料中增加措施 (no entry key).");
            return;
        }

        var entry = _ledger.Find(key);
        if (entry is null)
        {
            Error(LedgerSheet.Key, row, $"台账中没有事项“{key}” (no entry with this key).");
            return;
        }

        if (seen.TryGetValue(key, out var first))
        {
            Error(LedgerSheet.Key, row, $"事项“{key}”在第 {first} 行已出现 (entry listed twice).");
            return;
        }

        seen[key] = row;
        var errorsBefore = _errors.Count;
        var statusText = Cell(LedgerSheet.Status, row).Trim();
        RectificationStatus status = entry.Status;
        if (statusText.Length == 0)
        {
            Error(LedgerSheet.Status, row, $"整改状态为空，应为 {string.Join("、", RectificationStatuses.AllNames)} 之一 (status is blank).");
        }
        else if (!RectificationStatuses.TryParse(statusText, out status))
        {
            Error(LedgerSheet.Status, row, $"未知状态“{statusText}”，应为 {string.Join("、", RectificationStatuses.AllNames)} 之一");
        }

        var date = DateCell(LedgerSheet.Date, row);
        var closedOn = DateCell(LedgerSheet.ClosedOn, row);
        var deadline = DeadlineCell(row, entry);
        if (_errors.Count > errorsBefore)
        {
            return;
        }

        ReadOnly(LedgerSheet.Problem, row, WorkbookText(LedgerWorkbook.ProblemCell(entry)));
        ReadOnly(LedgerSheet.Measure, row, WorkbookText(entry.Measure));
        ReadOnly(LedgerSheet.Log, row, WorkbookText(LedgerWorkbook.LogCell(entry)));

        var progress = Cell(LedgerSheet.Progress, row).Trim();
        var evidence = EvidenceSeparators.Split(Cell(LedgerSheet.Evidence, row)).Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();
        var by = Cell(LedgerSheet.By, row).Trim();
        var approver = Cell(LedgerSheet.ClosedBy, row).Trim();
        var statusChanges = status != entry.Status;
        var needsDate = statusChanges && status != RectificationStatus.Closed || progress.Length > 0 || evidence.Length > 0 || deadline is not null;
        if (needsDate && date is null)
        {
            Error(LedgerSheet.Date, row, "填写了进展、佐证、新的完成时限或变更了状态，须填写本次进展日期 (a date is needed for this round's changes).");
            return;
        }

        Try(row, entry.Key, u =>
        {
            var owners = ListSeparators.Split(Cell(LedgerSheet.Owners, row)).Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();
            if (_columns.ContainsKey(LedgerSheet.Owners) && !owners.SequenceEqual(entry.Owners))
            {
                u.Owners(owners);
            }

            Replace(LedgerSheet.Unit, row, entry.OwningUnit, v => u.OwningUnit(v));
            Replace(LedgerSheet.Standard, row, entry.Standard, v => u.Standard(v));
            if (_columns.ContainsKey(LedgerSheet.Remark) && Cell(LedgerSheet.Remark, row) != entry.Remark)
            {
                u.Remark(Cell(LedgerSheet.Remark, row));
            }

            foreach (var (name, column) in _extras)
            {
                var value = _grid.Text(row, column);
                if (value != (entry.Extras.FirstOrDefault(f => f.Name == name)?.Value ?? string.Empty))
                {
                    u.Extra(name, value);
                }
            }

            if (deadline is not null)
            {
                u.Deadline(deadline, date!.Value, by, progress.Length > 0 ? progress : "见整改台账");
            }

            if (status == RectificationStatus.Closed && statusChanges)
            {
                if (progress.Length > 0 || evidence.Length > 0)
                {
                    u.Progress(date ?? closedOn ?? throw Refusal(LedgerSheet.ClosedOn, "销号须填写销号日期 (closing needs its date)."), by, progress.Length > 0 ? progress : "补充佐证材料", evidence);
                }

                if (closedOn is null)
                {
                    throw Refusal(LedgerSheet.ClosedOn, "状态改为“已销号”须填写销号日期 (closing needs its date).");
                }

                u.Close(closedOn.Value, approver);
            }
            else if (statusChanges)
            {
                u.Status(status, date!.Value, by, progress.Length > 0 ? progress : $"状态改为“{status.Name()}”", evidence);
            }
            else if ((progress.Length > 0 && deadline is null) || evidence.Length > 0)
            {
                // With a new deadline, 本次进展情况 is its reason (already logged); only evidence adds a record.
                u.Progress(date!.Value, by, progress.Length > 0 && deadline is null ? progress : "补充佐证材料", evidence);
            }
        });

        if (!(status == RectificationStatus.Closed && statusChanges))
        {
            if (closedOn != entry.ClosedOn && _columns.ContainsKey(LedgerSheet.ClosedOn))
            {
                Notice(LedgerSheet.ClosedOn, row, "销号日期仅在把状态改为“已销号”时导入，此处修改未导入 (closing date taken only when closing).");
            }

            if (approver != (entry.ClosedBy ?? string.Empty) && _columns.ContainsKey(LedgerSheet.ClosedBy))
            {
                Notice(LedgerSheet.ClosedBy, row, "销号审批人仅在把状态改为“已销号”时导入，此处修改未导入 (approver taken only when closing).");
            }
        }
    }

    private void Try(uint row, string key, Action<EntryUpdater> change)
    {
        try
        {
            _ledger = _ledger.Update(u => u.Entry(key, change));
        }
        catch (CellRefusal refusal)
        {
            Error(refusal.Heading, row, refusal.Message);
        }
        catch (LedgerUpdateException e)
        {
            var field = e.Path.Substring(e.Path.IndexOf('.') + 1);
            var heading = field switch
            {
                "closedBy" => LedgerSheet.ClosedBy,
                "closedOn" => LedgerSheet.ClosedOn,
                "log" => LedgerSheet.Progress,
                "deadline" => LedgerSheet.Deadline,
                "owners" => LedgerSheet.Owners,
                "owningUnit" => LedgerSheet.Unit,
                "standard" => LedgerSheet.Standard,
                "remark" => LedgerSheet.Remark,
                _ => LedgerSheet.Status,
            };
            Error(heading, row, e.Reason);
        }
    }

    private void Replace(string heading, uint row, string? current, Action<string> set)
    {
        if (!_columns.ContainsKey(heading))
        {
            return;
        }

        var text = Cell(heading, row).Trim();
        if (text == (current ?? string.Empty).Trim())
        {
            return;
        }

        if (text.Length == 0)
        {
            Notice(heading, row, $"清空“{heading}”未导入：台账不删除已有内容 (clearing is not taken).");
            return;
        }

        set(text);
    }

    private Deadline? DeadlineCell(uint row, LedgerEntry entry)
    {
        if (!_columns.TryGetValue(LedgerSheet.Deadline, out var column))
        {
            return null;
        }

        var cell = _grid.Get(row, column);
        var text = cell.Text.Trim();
        Deadline? value;
        if (text.Length == 0)
        {
            if (entry.Deadline is not null)
            {
                Notice(LedgerSheet.Deadline, row, "清空完成时限未导入：台账不删除已有时限 (clearing the deadline is not taken).");
            }

            return null;
        }

        if (text == "长期坚持")
        {
            value = Deadline.LongTerm;
        }
        else if ((cell.Number is { } serial ? CellDates.FromSerial(serial) : CellDates.Parse(text)) is { } parsed)
        {
            value = Deadline.On(parsed);
        }
        else
        {
            Error(LedgerSheet.Deadline, row, $"无法识别的完成时限“{text}”，应为日期（如 2025年6月30日、2025-06-30）或“长期坚持” (not a deadline).");
            return null;
        }

        return Equals(value, entry.Deadline) ? null : value;
    }

    private LocalDate? DateCell(string heading, uint row)
    {
        if (!_columns.TryGetValue(heading, out var column))
        {
            return null;
        }

        var cell = _grid.Get(row, column);
        var text = cell.Text.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        var date = cell.Number is { } serial ? CellDates.FromSerial(serial) : CellDates.Parse(text);
        if (date is null)
        {
            Error(heading, row, $"无法识别的日期“{text}”，应如 2025年6月30日 或 2025-06-30 (not a date).");
        }

        return date;
    }

    private void ReadOnly(string heading, uint row, string expected)
    {
        if (_columns.ContainsKey(heading) && WorkbookText(Cell(heading, row)) != expected)
        {
            Notice(heading, row, $"“{heading}”由材料和台账生成，此处修改未导入；请修改材料或在“本次进展情况”中填写 (generated column; the edit is not taken).");
        }
    }

    private void CompareViews((ListView View, string Name)[] views)
    {
        var lists = RectificationList.From(_original.Document, _cancellationToken);
        foreach (var (view, name) in views)
        {
            if (!_sheets.TryGetValue(name, out var grid))
            {
                continue;
            }

            var table = lists.ToTable(view);
            var rows = (uint)table.Rows.Count + 1;
            var columns = table.Columns.Count;
            for (uint r = 1; r <= Math.Max(rows, grid.LastRow); r++)
            {
                for (var c = 0; c <= Math.Max(columns - 1, grid.LastColumn); c++)
                {
                    var expected = r > rows || c >= columns ? string.Empty : r == 1 ? table.Columns[c] : table.Rows[(int)r - 2][c];
                    if (WorkbookText(grid.Text(r, c)) != WorkbookText(expected))
                    {
                        _notices.Add(new LedgerCellError(name, SpreadsheetWriter.CellReference(c, r), $"“{name}”是由材料生成的只读视图，此处内容未导入 (read-only view; not imported)."));
                    }
                }
            }
        }
    }

    private string Cell(string heading, uint row) => _columns.TryGetValue(heading, out var column) ? _grid.Text(row, column) : string.Empty;

    private void Error(string heading, uint row, string message) => Error(_columns.TryGetValue(heading, out var c) ? c : 0, row, message);

    private void Error(int column, uint row, string message) =>
        _errors.Add(new LedgerCellError(LedgerSheet.Name, SpreadsheetWriter.CellReference(column, row), message));

    private void Notice(string heading, uint row, string message) =>
        _notices.Add(new LedgerCellError(LedgerSheet.Name, SpreadsheetWriter.CellReference(_columns.TryGetValue(heading, out var c) ? c : 0, row), message));

    private static CellRefusal Refusal(string heading, string message) => new(heading, message);

    // Spreadsheets store line breaks as \n; some editors write \r\n. Compare texts as the sheet shows them.
    private static string WorkbookText(string text) => text.Replace("\r\n", "\n").Trim();

    private sealed class CellRefusal : Exception
    {
        public CellRefusal(string heading, string message)
            : base(message)
        {
            Heading = heading;
        }

        public string Heading { get; }
    }
}
