using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Building;

/// <summary>Describes 准备情况: the steps <c>一是…</c> and the counts a reviewer looks for.</summary>
public sealed class PreparationBuilder : SectionBuilder<PreparationBuilder>
{
    private readonly List<NumberedItem> _steps = new();
    private int? _study;
    private int? _opinions;
    private int? _talks;

    internal PreparationBuilder(string path)
        : base(path)
    {
    }

    /// <summary>Adds a step, numbered <c>一是</c>, <c>二是</c>… in order.</summary>
    /// <param name="lead">The lead phrase, e.g. "高度重视，精心安排部署。".</param>
    /// <param name="body">The text after it.</param>
    public PreparationBuilder Step(string lead, string body)
    {
        var path = $"{Path}.steps[{_steps.Count}]";
        _steps.Add(new NumberedItem(BuilderGuard.Text(lead, nameof(lead), path), BuilderGuard.Text(body, nameof(body), path)));
        return this;
    }

    /// <summary>States how many study sessions (学习研讨) were held.</summary>
    /// <param name="count">A non-negative count.</param>
    public PreparationBuilder StudySessions(int count)
    {
        _study = NonNegative(count, "studySessions");
        return this;
    }

    /// <summary>States how many opinions (征求意见, 条) were collected.</summary>
    /// <param name="count">A non-negative count.</param>
    public PreparationBuilder OpinionsSolicited(int count)
    {
        _opinions = NonNegative(count, "opinionsSolicited");
        return this;
    }

    /// <summary>States how many heart-to-heart talks (谈心谈话, 人次) were held.</summary>
    /// <param name="count">A non-negative count.</param>
    public PreparationBuilder TalksHeld(int count)
    {
        _talks = NonNegative(count, "talksHeld");
        return this;
    }

    internal PreparationSection Build() =>
        new(HeadingValue, _steps.ToValueList(), _study, _opinions, _talks, IntroValue, ClosingValue);

    private int NonNegative(int count, string field) =>
        count >= 0
            ? count
            : throw new System.ArgumentOutOfRangeException(nameof(count), count, $"{Path}.{field}: 数量不能为负 (a count must not be negative).");
}
