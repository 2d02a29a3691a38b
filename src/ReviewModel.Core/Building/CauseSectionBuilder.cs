using System;
using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Building;

/// <summary>Describes the cause section: causes <c>（一）……。</c>, each saying which problems it explains.</summary>
public sealed class CauseSectionBuilder : SectionBuilder<CauseSectionBuilder>
{
    private readonly List<CauseBuilder> _causes = new();
    private HeadingNumberStyle _style;

    internal CauseSectionBuilder(string path)
        : base(path)
    {
    }

    /// <summary>Adds a cause, numbered <c>（一）</c>, <c>（二）</c>… in order.</summary>
    /// <param name="id">A stable ID unique in the document, e.g. "C1".</param>
    /// <param name="title">The short title, e.g. "理论学习有待进一步深化。".</param>
    /// <param name="body">The analysis.</param>
    /// <param name="describe">Says which problems the cause explains.</param>
    public CauseSectionBuilder Cause(string id, string title, string body, Action<CauseBuilder>? describe = null)
    {
        var path = $"causes[{_causes.Count}]";
        var cause = new CauseBuilder(
            BuilderGuard.Id(id, nameof(id), path),
            BuilderGuard.Text(title, nameof(title), path),
            BuilderGuard.Text(body, nameof(body), path),
            path);
        _causes.Add(cause);
        describe?.Invoke(cause);
        return this;
    }

    /// <summary>Numbers cause headings <c>(一)</c> instead of <c>（一）</c>.</summary>
    public CauseSectionBuilder HalfWidthNumbers()
    {
        _style = HeadingNumberStyle.HalfWidth;
        return this;
    }

    internal CauseSection Build()
    {
        var causes = new List<Cause>();
        foreach (var cause in _causes)
        {
            causes.Add(cause.Build());
        }

        return new CauseSection(HeadingValue, causes.ToValueList(), _style, IntroValue, ClosingValue);
    }
}
