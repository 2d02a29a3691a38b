using System.Collections.Generic;
using ReviewModel.Model;

namespace ReviewModel.Import;

/// <summary>Who does a measure, by when, to what standard — as read from the text.</summary>
internal sealed class Accountability
{
    public List<string> Owners { get; } = new();

    public string? OwningUnit { get; set; }

    public Deadline? Deadline { get; set; }

    public string? Standard { get; set; }
}
