using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Building;

/// <summary>Describes which problems a cause explains.</summary>
public sealed class CauseBuilder
{
    private readonly List<Link> _explains = new();
    private readonly string _id;
    private readonly string _title;
    private readonly string _body;
    private readonly string _path;

    /// <summary>The element's document path, e.g. <c>measures[2]</c>.</summary>
    internal string Path => _path;

    internal CauseBuilder(string id, string title, string body, string path)
    {
        _id = id;
        _title = title;
        _body = body;
        _path = path;
    }

    /// <summary>The cause explains these problems (by ID).</summary>
    /// <param name="problemIds">Problem IDs declared in the same document.</param>
    public CauseBuilder Explains(params string[] problemIds)
    {
        BuilderGuard.NotNull(problemIds, nameof(problemIds), _path + ".explains");
        foreach (var id in problemIds)
        {
            var path = $"{_path}.explains[{_explains.Count}]";
            _explains.Add(new Link(BuilderGuard.Id(id, nameof(problemIds), path)));
        }

        return this;
    }

    internal Cause Build() => new(_id, _title, _body, _explains.ToValueList());
}
