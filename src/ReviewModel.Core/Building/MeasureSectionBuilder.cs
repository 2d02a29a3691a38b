using System;
using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Building;

/// <summary>Describes the measure section: measures <c>（一）……。</c>, each saying which problems it addresses.</summary>
public sealed class MeasureSectionBuilder : SectionBuilder<MeasureSectionBuilder>
{
    private readonly List<MeasureBuilder> _measures = new();
    private HeadingNumberStyle _style;

    internal MeasureSectionBuilder(string path)
        : base(path)
    {
    }

    /// <summary>Adds a measure, numbered <c>（一）</c>, <c>（二）</c>… in order.</summary>
    /// <param name="id">A stable ID unique in the document, e.g. "M1".</param>
    /// <param name="title">The short title, e.g. "强化政治建设，在深化学习上严要求。".</param>
    /// <param name="body">The text after the title, before any sub-items; may be empty.</param>
    /// <param name="describe">Links, sub-items, owner, deadline, standard.</param>
    public MeasureSectionBuilder Measure(string id, string title, string body, Action<MeasureBuilder>? describe = null)
    {
        var path = $"measures[{_measures.Count}]";
        var measure = new MeasureBuilder(
            BuilderGuard.Id(id, nameof(id), path),
            BuilderGuard.Text(title, nameof(title), path),
            BuilderGuard.Text(body, nameof(body), path),
            path);
        _measures.Add(measure);
        describe?.Invoke(measure);
        return this;
    }

    /// <summary>Numbers measure headings <c>(一)</c> instead of <c>（一）</c>.</summary>
    public MeasureSectionBuilder HalfWidthNumbers()
    {
        _style = HeadingNumberStyle.HalfWidth;
        return this;
    }

    internal MeasureSection Build()
    {
        var measures = new List<Measure>();
        foreach (var measure in _measures)
        {
            measures.Add(measure.Build());
        }

        return new MeasureSection(HeadingValue, measures.ToValueList(), _style, IntroValue, ClosingValue);
    }
}
