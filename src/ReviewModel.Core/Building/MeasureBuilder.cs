using System.Collections.Generic;
using NodaTime;
using ReviewModel.Model;

namespace ReviewModel.Building;

/// <summary>Describes one measure: the problems it addresses, the causes it remedies, its sub-items,
/// owner, owning unit, deadline and standard.</summary>
public sealed class MeasureBuilder
{
    private readonly List<NumberedItem> _items = new();
    private readonly List<Link> _addresses = new();
    private readonly List<Link> _remedies = new();
    private readonly List<string> _owners = new();
    private readonly string _id;
    private readonly string _title;
    private readonly string _body;
    private readonly string _path;

    /// <summary>The element's document path, e.g. <c>measures[2]</c>.</summary>
    internal string Path => _path;
    private ItemLayout _layout = ItemLayout.Inline;
    private string? _unit;
    private Deadline? _deadline;
    private string? _standard;

    internal MeasureBuilder(string id, string title, string body, string path)
    {
        _id = id;
        _title = title;
        _body = body;
        _path = path;
    }

    /// <summary>The measure addresses these problems (by ID).</summary>
    /// <param name="problemIds">Problem IDs declared in the same document.</param>
    public MeasureBuilder Addresses(params string[] problemIds)
    {
        AddLinks(problemIds, nameof(problemIds), _addresses, "addresses");
        return this;
    }

    /// <summary>The measure remedies these causes (by ID).</summary>
    /// <param name="causeIds">Cause IDs declared in the same document.</param>
    public MeasureBuilder Remedies(params string[] causeIds)
    {
        AddLinks(causeIds, nameof(causeIds), _remedies, "remedies");
        return this;
    }

    /// <summary>Adds a sub-item, numbered <c>一是</c>, <c>二是</c>… in order.</summary>
    /// <param name="lead">The lead phrase, e.g. "带头执行党的政治纪律。".</param>
    /// <param name="body">The text after it.</param>
    public MeasureBuilder Item(string lead, string body)
    {
        var path = $"{_path}.items[{_items.Count}]";
        _items.Add(new NumberedItem(BuilderGuard.Text(lead, nameof(lead), path), BuilderGuard.Text(body, nameof(body), path)));
        return this;
    }

    /// <summary>Starts each sub-item on its own paragraph (the default runs them on).</summary>
    public MeasureBuilder ItemsAsParagraphs()
    {
        _layout = ItemLayout.Paragraphs;
        return this;
    }

    /// <summary>Adds a person responsible (责任人 / 责任领导).</summary>
    /// <param name="name">The name or post.</param>
    public MeasureBuilder Owner(string name)
    {
        _owners.Add(BuilderGuard.Id(name, nameof(name), $"{_path}.owners[{_owners.Count}]"));
        return this;
    }

    /// <summary>Sets the unit responsible (责任单位).</summary>
    /// <param name="unit">The unit.</param>
    public MeasureBuilder OwningUnit(string unit)
    {
        BuilderGuard.Id(unit, nameof(unit), _path + ".owningUnit");
        BuilderGuard.Once(_unit, "责任单位 (owning unit)", _path + ".owningUnit");
        _unit = unit;
        return this;
    }

    /// <summary>Sets the deadline (完成时限).</summary>
    /// <param name="date">The date.</param>
    public MeasureBuilder Deadline(LocalDate date)
    {
        BuilderGuard.Once(_deadline, "完成时限 (deadline)", _path + ".deadline");
        _deadline = Model.Deadline.On(date);
        return this;
    }

    /// <summary>Sets the deadline (完成时限) of any kind: <c>Deadline.EndOfMonth(2025, 9)</c>, <c>Deadline.EndOfYear(2025)</c>, <c>Deadline.Recurring("每季度")</c>.</summary>
    /// <param name="deadline">The deadline.</param>
    public MeasureBuilder Deadline(Model.Deadline deadline)
    {
        BuilderGuard.NotNull(deadline, nameof(deadline), _path + ".deadline");
        BuilderGuard.Once(_deadline, "完成时限 (deadline)", _path + ".deadline");
        _deadline = deadline;
        return this;
    }

    /// <summary>Marks the measure as a long-term commitment (长期坚持).</summary>
    public MeasureBuilder LongTerm()
    {
        BuilderGuard.Once(_deadline, "完成时限 (deadline)", _path + ".deadline");
        _deadline = Model.Deadline.LongTerm;
        return this;
    }

    /// <summary>Sets how completion is judged (整改标准).</summary>
    /// <param name="standard">The standard.</param>
    public MeasureBuilder Standard(string standard)
    {
        BuilderGuard.Id(standard, nameof(standard), _path + ".standard");
        BuilderGuard.Once(_standard, "整改标准 (standard)", _path + ".standard");
        _standard = standard;
        return this;
    }

    internal Measure Build() => new(
        _id,
        _title,
        _body,
        _items.ToValueList(),
        _layout,
        _addresses.ToValueList(),
        _remedies.ToValueList(),
        _owners.ToValueList(),
        _unit,
        _deadline,
        _standard);

    private void AddLinks(string[] ids, string parameter, List<Link> links, string field)
    {
        BuilderGuard.NotNull(ids, parameter, $"{_path}.{field}");
        foreach (var id in ids)
        {
            var path = $"{_path}.{field}[{links.Count}]";
            links.Add(new Link(BuilderGuard.Id(id, parameter, path)));
        }
    }
}
