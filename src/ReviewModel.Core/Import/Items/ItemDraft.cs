using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>An item being collected: its text after the marker, plus any following paragraphs that
/// continue it, and a hint for the lead's length (a bold phrase or a heading line).</summary>
internal sealed class ItemDraft
{
    public ItemDraft(SourceSpan content, int leadHint, Model.ItemNumberStyle? style = null)
    {
        Parts.Add(content);
        LeadHint = leadHint;
        Style = style;
    }

    /// <summary>How the item was numbered, or null when it was not (a bold lead or a heading).</summary>
    public Model.ItemNumberStyle? Style { get; }

    public List<SourceSpan> Parts { get; } = new();

    /// <summary>The lead's length when known from markup (bold, heading), or -1.</summary>
    public int LeadHint { get; }

    public SourceSpan First => Parts[0];

    /// <summary>Whether the item has no text (every part empty): what <c>Full().Length == 0</c> says, without joining.</summary>
    public bool IsEmpty
    {
        get
        {
            foreach (var part in Parts)
            {
                if (part.Length > 0)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The item's text: its paragraphs joined by line breaks (the one paragraph itself when there is only one).</summary>
    public SourceSpan Full() => Parts.Count == 1 ? Parts[0] : SourceSpan.Join(Parts, "\n");

    /// <summary>The lead's length in <see cref="Full"/>: the markup hint, the first line when it is a bare
    /// title followed by paragraphs, or the first sentence.</summary>
    public int LeadLength(SourceSpan full, int firstExample)
    {
        if (LeadHint > 0)
        {
            return System.Math.Min(LeadHint, full.Length);
        }

        if (Parts.Count > 1 && First.Length > 0 && First.Length <= ImportThresholds.MaxItemTitleLength && !HasSentenceEnd(First.Text))
        {
            return First.Length;
        }

        return LeadSplitter.LeadLength(full.Text, -1, firstExample);
    }

    private static bool HasSentenceEnd(string text)
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
