using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Import;

/// <summary>Who does a measure, by when, to what standard — as read from the text.</summary>
internal sealed class Accountability
{
    /// <summary>The owners named, in order (the list made when the first one is read; most measures name none).</summary>
    private List<string>? _owners;

    /// <summary>The owners named, in order.</summary>
    public IReadOnlyList<string> Owners => _owners ?? (IReadOnlyList<string>)System.Array.Empty<string>();

    /// <summary>Adds an owner, unless already named.</summary>
    public void AddOwner(string name)
    {
        _owners ??= new List<string>();
        if (!_owners.Contains(name))
        {
            _owners.Add(name);
        }
    }

    public string? OwningUnit { get; set; }

    public Deadline? Deadline { get; set; }

    public string? Standard { get; set; }
}
