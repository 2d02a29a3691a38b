using System;
using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>An item being collected: its text after the marker, plus any following paragraphs that
/// continue it, and a hint for the lead's length (a bold phrase or a heading line).</summary>
/// <remarks>Most items are one paragraph, or one run of a paragraph (一是……二是……): the first part is kept as a range of
/// its paragraph (<see cref="SpanRange"/>), and a span is cut for it, or a list of parts made, only when needed.</remarks>
internal sealed class ItemDraft
{
    /// <summary>The value of <see cref="_style"/> for an item that was not numbered.</summary>
    private const sbyte NotNumbered = -1;

    /// <summary>The first part: characters of a paragraph.</summary>
    private readonly SpanRange _first;

    /// <summary>How the item was numbered as a number, or <see cref="NotNumbered"/>: a field of one byte, where a nullable
    /// enum would take eight (an import makes an item draft per problem, cause and sub-item).</summary>
    private readonly sbyte _style;

    /// <summary>Every part, the first included, once there is more than one; null while the item is only its first part.</summary>
    private List<SourceSpan>? _parts;

    public ItemDraft(SourceSpan content, int leadHint, Model.ItemNumberStyle? style = null)
        : this(SpanRange.Of(content), leadHint, style)
    {
    }

    /// <summary>An item whose text is part of a paragraph, named without cutting a span for it.</summary>
    public ItemDraft(SpanRange content, int leadHint, Model.ItemNumberStyle? style = null)
    {
        _first = content;
        LeadHint = leadHint;
        _style = style is { } numbered ? (sbyte)numbered : NotNumbered;
    }

    /// <summary>How the item was numbered, or null when it was not (a bold lead or a heading).</summary>
    public Model.ItemNumberStyle? Style => _style == NotNumbered ? null : (Model.ItemNumberStyle)_style;

    /// <summary>The lead's length when known from markup (bold, heading), or -1.</summary>
    public int LeadHint { get; }

    /// <summary>How many paragraphs the item has, the first included.</summary>
    public int PartCount => _parts?.Count ?? 1;

    /// <summary>The item's paragraph <paramref name="index"/> as a span (0 is its text after the marker, cut when asked for).</summary>
    public SourceSpan Part(int index) => _parts is not null ? _parts[index] : index == 0 ? _first.Cut() : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The characters of paragraph <paramref name="index"/>, read in place.</summary>
    public ReadOnlySpan<char> PartText(int index) => _parts is not null ? _parts[index].AsSpan() : index == 0 ? _first.AsSpan() : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Adds a paragraph that continues the item.</summary>
    public void Add(SourceSpan part) => (_parts ??= new List<SourceSpan>(2) { _first.Cut() }).Add(part);

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
                if (PartText(i).Length > 0)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The item's text: its paragraphs joined by line breaks (the one paragraph itself when there is only one).</summary>
    public SourceSpan Full() => _parts is null ? _first.Cut() : SourceSpan.Join(_parts, "\n");

    /// <summary>The item's text as <see cref="Full"/> gives it, as a range: the first part's characters in their paragraph
    /// when the item is one part (no span cut), the joined paragraphs otherwise.</summary>
    public SpanRange Text() => _parts is null ? _first : SpanRange.Of(SourceSpan.Join(_parts, "\n"));

    /// <summary>The lead's length in the item's text (<paramref name="full"/>, as <see cref="Full"/> gives it): the markup
    /// hint, the first line when it is a bare title followed by paragraphs, or the first sentence.</summary>
    public int LeadLength(ReadOnlySpan<char> full, int firstExample)
    {
        if (LeadHint > 0)
        {
            return Math.Min(LeadHint, full.Length);
        }

        var first = PartText(0);
        if (PartCount > 1 && first.Length > 0 && first.Length <= ImportThresholds.MaxItemTitleLength && !HasSentenceEnd(first))
        {
            return first.Length;
        }

        return LeadSplitter.LeadLength(full, -1, firstExample);
    }

    private static bool HasSentenceEnd(ReadOnlySpan<char> text)
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
