using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>An item being collected: its text after the marker, plus any following paragraphs that
/// continue it, and a hint for the lead's length (a bold phrase or a heading line).</summary>
/// <remarks>Most items are one paragraph: the first part is kept in a field, and the list of parts is made only when a
/// second one comes.</remarks>
internal sealed class ItemDraft
{
    /// <summary>Every part, the first included, once there is more than one; null while the item is only <see cref="First"/>.</summary>
    private List<SourceSpan>? _parts;

    /// <summary>How the item was numbered as a number, or <see cref="NotNumbered"/>: a field of one byte, where a nullable
    /// enum would take eight (an import makes an item draft per problem, cause and sub-item).</summary>
    private readonly sbyte _style;

    /// <summary>The value of <see cref="_style"/> for an item that was not numbered.</summary>
    private const sbyte NotNumbered = -1;

    public ItemDraft(SourceSpan content, int leadHint, Model.ItemNumberStyle? style = null)
    {
        First = content;
        LeadHint = leadHint;
        _style = style is { } numbered ? (sbyte)numbered : NotNumbered;
    }

    /// <summary>How the item was numbered, or null when it was not (a bold lead or a heading).</summary>
    public Model.ItemNumberStyle? Style => _style == NotNumbered ? null : (Model.ItemNumberStyle)_style;

    /// <summary>The lead's length when known from markup (bold, heading), or -1.</summary>
    public int LeadHint { get; }

    /// <summary>The item's first paragraph (its text after the marker).</summary>
    public SourceSpan First { get; }

    /// <summary>How many paragraphs the item has, the first included.</summary>
    public int PartCount => _parts?.Count ?? 1;

    /// <summary>The item's paragraph <paramref name="index"/> (0 is <see cref="First"/>).</summary>
    public SourceSpan Part(int index) => _parts is null ? (index == 0 ? First : throw new System.ArgumentOutOfRangeException(nameof(index))) : _parts[index];

    /// <summary>Adds a paragraph that continues the item.</summary>
    public void Add(SourceSpan part) => (_parts ??= new List<SourceSpan>(2) { First }).Add(part);

    /// <summary>Adds paragraphs that continue the item, in order.</summary>
    public void AddRange(IReadOnlyList<SourceSpan> parts)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            Add(parts[i]);
        }
    }

    /// <summary>Takes back the last paragraph added when it is <paramref name="part"/> (the same span); the first paragraph
    /// is never taken back. Returns whether it was.</summary>
    public bool RemoveLast(SourceSpan part)
    {
        if (_parts is null || _parts.Count < 2 || !ReferenceEquals(_parts[_parts.Count - 1], part))
        {
            return false;
        }

        _parts.RemoveAt(_parts.Count - 1);
        return true;
    }

    /// <summary>Whether the item has no text (every part empty): what <c>Full().Length == 0</c> says, without joining.</summary>
    public bool IsEmpty
    {
        get
        {
            for (var i = 0; i < PartCount; i++)
            {
                if (Part(i).Length > 0)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The item's text: its paragraphs joined by line breaks (the one paragraph itself when there is only one).</summary>
    public SourceSpan Full() => _parts is null ? First : SourceSpan.Join(_parts, "\n");

    /// <summary>The lead's length in <see cref="Full"/>: the markup hint, the first line when it is a bare
    /// title followed by paragraphs, or the first sentence.</summary>
    public int LeadLength(SourceSpan full, int firstExample)
    {
        if (LeadHint > 0)
        {
            return System.Math.Min(LeadHint, full.Length);
        }

        if (PartCount > 1 && First.Length > 0 && First.Length <= ImportThresholds.MaxItemTitleLength && !HasSentenceEnd(First.AsSpan()))
        {
            return First.Length;
        }

        return LeadSplitter.LeadLength(full.AsSpan(), -1, firstExample);
    }

    private static bool HasSentenceEnd(System.ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (Chars.IsSentenceEnd(c))
            {
                return true;
            }
        }

        return false;
    }
}
