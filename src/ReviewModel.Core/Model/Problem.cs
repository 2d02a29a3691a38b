namespace ReviewModel.Model;

/// <summary>
/// A problem found (查摆问题): its stable ID, the lead sentence ("在“学懂”上还有差距。"), the body,
/// and concrete examples. Measures address problems and causes explain them, by ID.
/// </summary>
public sealed record Problem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="id">A stable ID unique in the document, e.g. "P1.1".</param>
    /// <param name="lead">The lead sentence; may be empty.</param>
    /// <param name="body">The text after the lead; may be empty.</param>
    /// <param name="examples">Concrete cases, rendered after the body.</param>
    /// <param name="source">Where it came from, when imported.</param>
    public Problem(string id, string lead, string body, ValueList<Example>? examples = null, SourceLocation? source = null)
    {
        Id = Guard.NotNull(id, nameof(id));
        Lead = Guard.NotNull(lead, nameof(lead));
        Body = Guard.NotNull(body, nameof(body));
        Examples = examples ?? ValueList<Example>.Empty;
        Source = source;
    }

    /// <summary>The stable ID.</summary>
    public string Id { get; }

    /// <summary>The lead sentence.</summary>
    public string Lead { get; }

    /// <summary>The body after the lead.</summary>
    public string Body { get; }

    /// <summary>Concrete cases.</summary>
    public ValueList<Example> Examples { get; }

    /// <summary>Where it came from, when imported.</summary>
    public SourceLocation? Source { get; }
}
