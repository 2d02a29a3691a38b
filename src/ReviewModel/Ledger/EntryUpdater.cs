using System;
using System.Linq;
using NodaTime;
using ReviewModel.Model;

namespace ReviewModel.Ledger;

/// <summary>
/// What happened to one entry: progress, a status change (checked against <see cref="LedgerTransitions"/>),
/// 销号, a new deadline, a remark. Each call is checked at once; a refused one throws
/// <see cref="LedgerUpdateException"/> naming the entry's path and key.
/// </summary>
public sealed class EntryUpdater
{
    private readonly string _path;

    internal EntryUpdater(LedgerEntry entry, string path)
    {
        Entry = entry;
        _path = path;
    }

    /// <summary>The entry as changed so far.</summary>
    public LedgerEntry Entry { get; private set; }

    /// <summary>Records progress without changing the status.</summary>
    /// <param name="date">When.</param>
    /// <param name="by">Who reports it (may be empty, not null).</param>
    /// <param name="what">What was done.</param>
    /// <param name="evidence">Evidence references: file names, document numbers.</param>
    public EntryUpdater Progress(LocalDate date, string by, string what, params string[] evidence)
    {
        NotClosed("log");
        Entry = Entry.Change(log: Append(Record(date, by, what, evidence, null)));
        return this;
    }

    /// <summary>未启动 → 推进中, with what was done first.</summary>
    /// <param name="date">When.</param>
    /// <param name="by">Who.</param>
    /// <param name="what">What was done.</param>
    /// <param name="evidence">Evidence references.</param>
    public EntryUpdater Start(LocalDate date, string by, string what, params string[] evidence) =>
        Status(RectificationStatus.InProgress, date, by, what, evidence);

    /// <summary>→ 已完成. Evidence is not required here, but 销号 needs it and RM0022 reports its absence.</summary>
    /// <param name="date">When.</param>
    /// <param name="by">Who.</param>
    /// <param name="what">What was achieved.</param>
    /// <param name="evidence">Evidence references.</param>
    public EntryUpdater Complete(LocalDate date, string by, string what, params string[] evidence) =>
        Status(RectificationStatus.Completed, date, by, what, evidence);

    /// <summary>→ 长期坚持: an ongoing commitment.</summary>
    /// <param name="date">When.</param>
    /// <param name="by">Who.</param>
    /// <param name="what">What is kept up.</param>
    /// <param name="evidence">Evidence references.</param>
    public EntryUpdater KeepLongTerm(LocalDate date, string by, string what, params string[] evidence) =>
        Status(RectificationStatus.LongTerm, date, by, what, evidence);

    /// <summary>
    /// Changes the status, recording why in the log. 已销号 is made with <see cref="Close"/>, which needs the approver.
    /// </summary>
    /// <param name="to">The new status.</param>
    /// <param name="date">When.</param>
    /// <param name="by">Who.</param>
    /// <param name="what">What was done.</param>
    /// <param name="evidence">Evidence references.</param>
    /// <exception cref="LedgerUpdateException">The table does not allow the change, or <paramref name="to"/> is 已销号.</exception>
    public EntryUpdater Status(RectificationStatus to, LocalDate date, string by, string what, params string[] evidence)
    {
        if (to == RectificationStatus.Closed && LedgerTransitions.IsAllowed(Entry.Status, to))
        {
            throw Refuse("status", "销号须用 Close(日期, 审批人) 记录销号日期和审批人 (close an entry with Close(date, approver)).");
        }

        if (LedgerTransitions.WhyRefused(Entry.Status, to) is { } why)
        {
            throw Refuse("status", why);
        }

        Entry = Entry.Change(status: to, log: Append(Record(date, by, what, evidence, to)));
        return this;
    }

    /// <summary>已完成 → 已销号: the completion is approved and the entry closed.</summary>
    /// <param name="date">The 销号 date; not before the date it was completed.</param>
    /// <param name="approver">Who approved it (审批人).</param>
    /// <exception cref="LedgerUpdateException">Not 已完成, no evidence in the log, no approver, or dated before completion.</exception>
    public EntryUpdater Close(LocalDate date, string approver)
    {
        if (LedgerTransitions.WhyRefused(Entry.Status, RectificationStatus.Closed) is { } why)
        {
            throw Refuse("status", why);
        }

        if (!Entry.HasEvidence)
        {
            throw Refuse("status", "销号须有佐证材料：进展记录中没有任何佐证 (closing needs evidence; the log has none).");
        }

        if (string.IsNullOrWhiteSpace(approver))
        {
            throw Refuse("closedBy", "销号须写明审批人 (closing needs the approver).");
        }

        if (Entry.CompletedOn is { } completed && date < completed)
        {
            throw Refuse("closedOn", $"销号日期 {ReviewModel.Text.ChineseText.FormatDate(date)} 早于完成日期 {ReviewModel.Text.ChineseText.FormatDate(completed)} (closed before it was completed).");
        }

        var record = new ProgressRecord(date, approver.Trim(), "销号", null, RectificationStatus.Closed);
        Entry = Entry.Change(status: RectificationStatus.Closed, log: Append(record), closedOn: date, closedBy: approver.Trim());
        return this;
    }

    /// <summary>Changes the deadline, recording who changed it, when and why (RM0023 reports a changed deadline).</summary>
    /// <param name="deadline">The new deadline.</param>
    /// <param name="date">When it was changed.</param>
    /// <param name="by">Who changed it.</param>
    /// <param name="reason">Why.</param>
    public EntryUpdater Deadline(Deadline deadline, LocalDate date, string by, string reason)
    {
        if (deadline is null)
        {
            throw Refuse("deadline", "完成时限不能为空 (the deadline must not be null).");
        }

        NotClosed("deadline");
        if (Equals(deadline, Entry.Deadline))
        {
            return this;
        }

        var what = $"完成时限由{Entry.Deadline?.ToString() ?? "未明确"}调整为{deadline}：{Text(reason, "reason", "调整理由")}";
        Entry = Entry.Change(deadline: deadline, log: Append(Record(date, by, what, Array.Empty<string>(), null)));
        return this;
    }

    /// <summary>Replaces the owners (责任人).</summary>
    /// <param name="owners">The owners; none clears them.</param>
    public EntryUpdater Owners(params string[] owners)
    {
        var list = (owners ?? Array.Empty<string>()).Select(o => Text(o, "owners", "责任人")).ToValueList();
        Entry = Entry.Change(owners: list);
        return this;
    }

    /// <summary>Replaces the owning unit (责任单位).</summary>
    /// <param name="unit">The unit.</param>
    public EntryUpdater OwningUnit(string unit)
    {
        Entry = Entry.Change(owningUnit: Text(unit, "owningUnit", "责任单位"));
        return this;
    }

    /// <summary>Replaces the standard (整改标准).</summary>
    /// <param name="standard">The standard.</param>
    public EntryUpdater Standard(string standard)
    {
        Entry = Entry.Change(standard: Text(standard, "standard", "整改标准"));
        return this;
    }

    /// <summary>Replaces the remark (备注).</summary>
    /// <param name="remark">The text; empty clears it.</param>
    public EntryUpdater Remark(string remark)
    {
        Entry = Entry.Change(remark: remark ?? throw Refuse("remark", "备注不能为 null (the remark must not be null)."));
        return this;
    }

    /// <summary>Sets a value the ledger does not model (a column added in the workbook); an empty value removes it.</summary>
    /// <param name="name">The column heading.</param>
    /// <param name="value">The text.</param>
    public EntryUpdater Extra(string name, string value)
    {
        var heading = Text(name, "extras", "列名");
        var others = Entry.Extras.Where(f => !string.Equals(f.Name, heading, StringComparison.Ordinal));
        var extras = string.IsNullOrEmpty(value)
            ? others.ToValueList()
            : Entry.Extras.Any(f => f.Name == heading)
                ? Entry.Extras.Select(f => f.Name == heading ? new LedgerExtraField(heading, value) : f).ToValueList()
                : others.Append(new LedgerExtraField(heading, value)).ToValueList();
        Entry = Entry.Change(extras: extras);
        return this;
    }

    private ProgressRecord Record(LocalDate date, string by, string what, string[]? evidence, RectificationStatus? status)
    {
        if (by is null)
        {
            throw Refuse("log", "填报人不能为 null，可为空字符串 (who must not be null; it may be empty).");
        }

        var items = evidence ?? Array.Empty<string>();
        for (var i = 0; i < items.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(items[i]))
            {
                throw Refuse("log", $"第 {i + 1} 项佐证材料为空 (evidence {i + 1} is blank).");
            }
        }

        return new ProgressRecord(date, by.Trim(), Text(what, "log", "进展情况"), items.Select(e => e.Trim()).ToValueList(), status);
    }

    private string Text(string? value, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Refuse(field, $"{label}不能为空 ({field} must not be blank).");
        }

        return value!.Trim();
    }

    private ValueList<ProgressRecord> Append(ProgressRecord record) => Entry.Log.Append(record).ToValueList();

    private void NotClosed(string field)
    {
        if (Entry.Status == RectificationStatus.Closed)
        {
            throw Refuse(field, "事项已销号，不能再记录进展或调整 (the entry is closed).");
        }
    }

    private LedgerUpdateException Refuse(string field, string reason) => new($"{_path}.{field}", Entry.Key, reason);
}
