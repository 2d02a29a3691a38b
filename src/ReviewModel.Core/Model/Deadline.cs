using NodaTime;

namespace ReviewModel.Model;

/// <summary>
/// When a measure must be done (完成时限): a day, the end of a month or of a year (each with its last day
/// as <see cref="Date"/> when the year is known), a recurring commitment (<c>每季度</c>), or "长期坚持" (an
/// ongoing commitment). A deadline read from a measure's running text rather than from a labelled field
/// (<c>完成时限：…</c>) is marked <see cref="IsInferred"/>, and keeps the words as written in <see cref="Text"/>.
/// </summary>
public sealed record Deadline
{
    private Deadline(DeadlineKind kind, LocalDate? date, string? recurrence, string? text, bool isInferred)
    {
        Kind = kind;
        Date = date;
        Recurrence = recurrence;
        Text = text;
        IsInferred = isInferred;
    }

    /// <summary>What kind of time limit this is.</summary>
    public DeadlineKind Kind { get; }

    /// <summary>The last day the measure may take (for a month or year end, its last day), or null when not known
    /// (a recurring or long-term commitment, a year not written, or a placeholder such as <c>x月x日前</c>).</summary>
    public LocalDate? Date { get; }

    /// <summary>Whether the measure is a long-term commitment (长期坚持).</summary>
    public bool IsLongTerm => Kind == DeadlineKind.LongTerm;

    /// <summary>For a recurring commitment, the period as written (<c>每季度</c>, <c>每月</c>); otherwise null.</summary>
    public string? Recurrence { get; }

    /// <summary>The words the deadline was read from (<c>9月底前</c>), or null for one not read from text.</summary>
    public string? Text { get; }

    /// <summary>Whether the deadline was read from running text (not from a <c>完成时限：</c> field), so that a reader should check it.</summary>
    public bool IsInferred { get; }

    /// <summary>A measure to be done by <paramref name="date"/>.</summary>
    /// <param name="date">The deadline.</param>
    public static Deadline On(LocalDate date) => new(DeadlineKind.Date, date, null, null, false);

    /// <summary>A long-term commitment (长期坚持).</summary>
    public static Deadline LongTerm { get; } = new(DeadlineKind.LongTerm, null, null, null, false);

    /// <summary>A measure to be done by the end of a month (<c>2025年9月底前</c>).</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">The month or year is out of range.</exception>
    public static Deadline EndOfMonth(int year, int month) =>
        new(DeadlineKind.MonthEnd, new LocalDate(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month)), null, null, false);

    /// <summary>A measure to be done by the end of a year (<c>2025年底前</c>).</summary>
    /// <param name="year">The year.</param>
    public static Deadline EndOfYear(int year) => new(DeadlineKind.YearEnd, new LocalDate(year, 12, 31), null, null, false);

    /// <summary>A recurring commitment (<c>每季度</c>).</summary>
    /// <param name="recurrence">The period as written: 每月, 每季度, 每半年, 每年….</param>
    /// <exception cref="System.ArgumentException">The period is empty.</exception>
    public static Deadline Recurring(string recurrence)
    {
        if (string.IsNullOrWhiteSpace(recurrence))
        {
            throw new System.ArgumentException("周期不能为空 (a recurrence is required).", nameof(recurrence));
        }

        return new(DeadlineKind.Recurring, null, recurrence.Trim(), null, false);
    }

    /// <summary>Creates a deadline from all its parts (used by serialization and the importer).</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="date">The date (the last day of the month or year for those kinds), or null when not known; must be null for recurring and long-term ones.</param>
    /// <param name="recurrence">The period of a recurring commitment (required for it, null otherwise).</param>
    /// <param name="text">The words the deadline was read from, or null.</param>
    /// <param name="isInferred">Whether it was read from running text.</param>
    /// <exception cref="System.ArgumentException">The parts do not fit the kind.</exception>
    public static Deadline Create(DeadlineKind kind, LocalDate? date, string? recurrence = null, string? text = null, bool isInferred = false)
    {
        if ((kind is DeadlineKind.Recurring or DeadlineKind.LongTerm) && date is not null)
        {
            throw new System.ArgumentException("周期性或长期的完成时限没有日期 (a recurring or long-term deadline has no date).", nameof(date));
        }

        if (kind == DeadlineKind.Recurring && string.IsNullOrWhiteSpace(recurrence))
        {
            throw new System.ArgumentException("周期性完成时限须写明周期 (a recurring deadline needs its period).", nameof(recurrence));
        }

        if (kind != DeadlineKind.Recurring && recurrence is not null)
        {
            throw new System.ArgumentException("只有周期性完成时限有周期 (only a recurring deadline has a period).", nameof(recurrence));
        }

        if (date is null && text is null && kind is DeadlineKind.Date or DeadlineKind.MonthEnd or DeadlineKind.YearEnd)
        {
            throw new System.ArgumentException("没有日期的完成时限须保留原文 (a deadline without a date keeps the words it was read from).", nameof(text));
        }

        if (kind == DeadlineKind.MonthEnd && date is { } d && d.Day != CalendarSystem.Iso.GetDaysInMonth(d.Year, d.Month))
        {
            throw new System.ArgumentException("月底的日期须为该月最后一天 (a month-end date is the month's last day).", nameof(date));
        }

        if (kind == DeadlineKind.YearEnd && date is { } y && (y.Month != 12 || y.Day != 31))
        {
            throw new System.ArgumentException("年底的日期须为12月31日 (a year-end date is 31 December).", nameof(date));
        }

        return new Deadline(kind, date, recurrence?.Trim(), text, isInferred);
    }

    /// <summary>Creates a deadline from its parts (a date, or long-term).</summary>
    /// <param name="date">The date, or null.</param>
    /// <param name="isLongTerm">Whether it is a long-term commitment.</param>
    /// <exception cref="System.ArgumentException">Both or neither were given.</exception>
    public static Deadline Create(LocalDate? date, bool isLongTerm)
    {
        if (date.HasValue == isLongTerm)
        {
            throw new System.ArgumentException("完成时限须为一个日期或“长期坚持”之一 (a deadline is either a date or long-term).");
        }

        return isLongTerm ? LongTerm : On(date!.Value);
    }

    /// <summary>This deadline marked as read from running text, keeping the words it was read from.</summary>
    /// <param name="text">The words as written.</param>
    public Deadline AsInferred(string? text) => new(Kind, Date, Recurrence, text ?? Text, true);

    /// <summary>The deadline as the official text writes it: <c>2025年6月30日</c>, <c>2025年9月底</c>, <c>2025年底</c>, <c>每季度</c>, <c>长期坚持</c>.</summary>
    public override string ToString() => ReviewModel.Text.ChineseText.FormatDeadline(this);
}
