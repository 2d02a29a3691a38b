using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Building;

/// <summary>Describes 上年度整改落实情况: what was rectified since last year, item by item.</summary>
public sealed class RectificationBuilder : SectionBuilder<RectificationBuilder>
{
    private readonly List<NumberedItem> _items = new();

    internal RectificationBuilder(string path)
        : base(path)
    {
    }

    /// <summary>Adds an item, numbered <c>一是</c>, <c>二是</c>… in order.</summary>
    /// <param name="lead">The lead phrase, e.g. "加强政治理论学习，夯实统筹发展的基础。".</param>
    /// <param name="body">The text after it.</param>
    public RectificationBuilder Item(string lead, string body)
    {
        var path = $"{Path}.items[{_items.Count}]";
        _items.Add(new NumberedItem(BuilderGuard.Text(lead, nameof(lead), path), BuilderGuard.Text(body, nameof(body), path)));
        return this;
    }

    internal RectificationSection Build() => new(HeadingValue, _items.ToValueList(), IntroValue, ClosingValue);
}
