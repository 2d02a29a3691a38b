using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ReviewModel.Analyzers.Replay;

/// <summary>
/// What the replay knows of one live builder: its kind and document path, whether that path is the one
/// the running program will give it, whether code the replay could not follow may have called it
/// (tainted), whether some value put into it is unknown, and how many items of each list it holds.
/// </summary>
internal sealed class BuilderState
{
    private readonly Dictionary<string, int> _counts = new(System.StringComparer.Ordinal);

    public BuilderState(object builder, BuilderKind kind, string path, bool pathExact, BuilderState? parent)
    {
        Builder = builder;
        Kind = kind;
        Path = path;
        PathExact = pathExact;
        Parent = parent;
    }

    public object Builder { get; }

    public BuilderKind Kind { get; }

    public string Path { get; }

    /// <summary>Whether <see cref="Path"/> is the element's path in the document as it will be built.</summary>
    public bool PathExact { get; }

    /// <summary>The builder this one was described in (the aspect group of a problem…), or null.</summary>
    public BuilderState? Parent { get; }

    /// <summary>Code the replay did not follow may have called this builder: items added from then on
    /// may sit at other positions, and the element may hold more than the replay saw.</summary>
    public bool Tainted { get; set; }

    /// <summary>Some value given to this builder (an ID, a text, a date) is not known.</summary>
    public bool ContentUnknown { get; set; }

    /// <summary>How many links an element has is not known: the paths of its later links are not either.
    /// (Links are read only by the rules that need the whole document, so the element stays known.)</summary>
    public bool LinksInexact { get; set; }

    /// <summary>For the document builder: code not followed may have recorded a waiver.</summary>
    public bool MayWaive { get; set; }

    /// <summary>The element's ID is known (for problems, causes, measures).</summary>
    public bool IdKnown { get; set; } = true;

    /// <summary>Where the element was declared (its ID argument), or null.</summary>
    public SyntaxNode? Declaration { get; set; }

    /// <summary>Whether the next item added here lands at the position the replay computes.</summary>
    public bool ExactNow => PathExact && !Tainted;

    /// <summary>The index of the next item of <paramref name="list"/>, counting it.</summary>
    public int Next(string list)
    {
        _counts.TryGetValue(list, out var count);
        _counts[list] = count + 1;
        return count;
    }
}

/// <summary>Compares builders by reference (netstandard2.0 has no ReferenceEqualityComparer).</summary>
internal sealed class ReferenceComparer : IEqualityComparer<object>
{
    public static readonly ReferenceComparer Instance = new();

    public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

    public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
}
