using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Building;

/// <summary>Describes one problem's concrete examples ("比如，……").</summary>
public sealed class ProblemBuilder
{
    private readonly List<Example> _examples = new();
    private readonly string _id;
    private readonly string _lead;
    private readonly string _body;
    private readonly string _path;

    /// <summary>The element's document path, e.g. <c>measures[2]</c>.</summary>
    internal string Path => _path;

    internal ProblemBuilder(string id, string lead, string body, string path)
    {
        _id = id;
        _lead = lead;
        _body = body;
        _path = path;
    }

    /// <summary>Adds a concrete example, with its marker as written (e.g. "比如，……").</summary>
    /// <param name="text">The example.</param>
    public ProblemBuilder Example(string text)
    {
        _examples.Add(new Example(BuilderGuard.Text(text, nameof(text), $"{_path}.examples[{_examples.Count}]")));
        return this;
    }

    internal Problem Build() => new(_id, _lead, _body, _examples.ToValueList());
}
