namespace ReviewModel.Model;

/// <summary>What kind of time limit a measure's deadline (完成时限) is.</summary>
public enum DeadlineKind
{
    /// <summary>A day: <c>2025年6月30日前</c>.</summary>
    Date = 0,

    /// <summary>The end of a month: <c>9月底前</c>, <c>2025年6月底</c>.</summary>
    MonthEnd = 1,

    /// <summary>The end of a year: <c>年底前</c>, <c>2025年底</c>.</summary>
    YearEnd = 2,

    /// <summary>A recurring commitment: <c>每季度</c>, <c>每月</c>, <c>每半年</c>.</summary>
    Recurring = 3,

    /// <summary>An ongoing commitment: <c>长期坚持</c>.</summary>
    LongTerm = 4,
}
