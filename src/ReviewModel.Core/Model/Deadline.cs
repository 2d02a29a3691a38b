using NodaTime;

namespace ReviewModel.Model;

/// <summary>
/// When a measure must be done (完成时限): a date, or "长期坚持" (an ongoing commitment).
/// </summary>
public sealed record Deadline
{
    private Deadline(LocalDate? date, bool isLongTerm)
    {
        Date = date;
        IsLongTerm = isLongTerm;
    }

    /// <summary>The deadline date, or null for a long-term commitment.</summary>
    public LocalDate? Date { get; }

    /// <summary>Whether the measure is a long-term commitment (长期坚持).</summary>
    public bool IsLongTerm { get; }

    /// <summary>A measure to be done by <paramref name="date"/>.</summary>
    /// <param name="date">The deadline.</param>
    public static Deadline On(LocalDate date) => new(date, false);

    /// <summary>A long-term commitment (长期坚持).</summary>
    public static Deadline LongTerm { get; } = new(null, true);

    /// <summary>Creates a deadline from its parts (used by serialization).</summary>
    /// <param name="date">The date, or null.</param>
    /// <param name="isLongTerm">Whether it is long-term.</param>
    /// <exception cref="System.ArgumentException">Neither or both given.</exception>
    public static Deadline Create(LocalDate? date, bool isLongTerm)
    {
        if (date.HasValue == isLongTerm)
        {
            throw new System.ArgumentException("完成时限须为一个日期或“长期坚持”之一 (a deadline is either a date or long-term).");
        }

        return isLongTerm ? LongTerm : On(date!.Value);
    }

    /// <inheritdoc />
    public override string ToString() => IsLongTerm ? "长期坚持" : Text.ChineseText.FormatDate(Date!.Value);
}
