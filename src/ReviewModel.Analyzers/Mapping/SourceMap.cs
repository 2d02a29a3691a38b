using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using ReviewModel.Validation;

namespace ReviewModel.Analyzers.Mapping;

/// <summary>
/// From each element's document path (the validator's <see cref="FindingLocation.Path"/>, e.g.
/// <c>problems.aspects[2].problems[1].body</c> or <c>measures[0].addresses[0]</c>) to the syntax that
/// declared it, recorded while the builder code is replayed; maps a finding back to the best source
/// location: the argument, and for a span of text (a placeholder) the exact characters inside the literal.
/// </summary>
internal sealed class SourceMap
{
    private readonly Dictionary<string, Entry> _entries = new(System.StringComparer.Ordinal);

    public SourceMap(Location root)
    {
        Root = root;
    }

    /// <summary>Where a finding with no closer syntax goes: the <c>Create</c> or <c>Build</c> call.</summary>
    public Location Root { get; }

    /// <summary>Records that <paramref name="path"/> was declared at <paramref name="node"/>.</summary>
    public void Add(string path, SyntaxNode? node)
    {
        if (node is not null)
        {
            _entries[path] = new Entry(node, null, 0);
        }
    }

    /// <summary>Records a text made of two arguments (a lead and a body scanned as one).</summary>
    public void Add(string path, SyntaxNode? first, int firstLength, SyntaxNode? second)
    {
        if (first is not null && second is not null)
        {
            _entries[path] = new Entry(first, second, firstLength);
        }
    }

    /// <summary>Whether something was declared at exactly <paramref name="path"/>.</summary>
    public bool Has(string path) => _entries.ContainsKey(path);

    /// <summary>The location for <paramref name="location"/>: the syntax of its path or of the closest
    /// enclosing path, narrowed to the span inside a string literal when the finding has one.</summary>
    public Location Locate(FindingLocation location)
    {
        var path = location.Path;
        if (_entries.TryGetValue(path, out var entry))
        {
            if (location.Offset is int offset && location.Length is int length)
            {
                if (entry.Second is null)
                {
                    return LiteralSpans.Locate(entry.First, offset, length);
                }

                return offset < entry.FirstLength
                    ? LiteralSpans.Locate(entry.First, offset, System.Math.Min(length, entry.FirstLength - offset))
                    : LiteralSpans.Locate(entry.Second, offset - entry.FirstLength, length);
            }

            return entry.First.GetLocation();
        }

        for (var i = path.Length - 1; i > 0; i--)
        {
            if ((path[i] == '.' || path[i] == '[') && _entries.TryGetValue(path.Substring(0, i), out var enclosing))
            {
                return enclosing.First.GetLocation();
            }
        }

        return Root;
    }

    private readonly struct Entry
    {
        public Entry(SyntaxNode first, SyntaxNode? second, int firstLength)
        {
            First = first;
            Second = second;
            FirstLength = firstLength;
        }

        public SyntaxNode First { get; }

        public SyntaxNode? Second { get; }

        public int FirstLength { get; }
    }
}
