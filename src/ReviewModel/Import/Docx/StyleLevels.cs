using System;
using System.Collections.Generic;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewModel.Import;

/// <summary>
/// The paragraph styles of a .docx, by ID, with what the structure needs from them: the heading level
/// (an outline level, or a heading style's name: <c>Heading 1</c>, <c>heading 1</c>, <c>标题 1</c>,
/// <c>标题1</c>, WPS's names) and the list numbering, both inherited through <c>w:basedOn</c>.
/// Chains are followed at most <see cref="MaxChain"/> styles deep and never around a cycle.
/// </summary>
internal sealed class StyleLevels
{
    /// <summary>How many styles of a <c>basedOn</c> chain are followed.</summary>
    internal const int MaxChain = 32;

    private readonly Dictionary<string, W.Style> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _levels = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraphStyle;

    public StyleLevels(MainDocumentPart part)
    {
        foreach (var style in part.StyleDefinitionsPart?.Styles?.Elements<W.Style>() ?? Array.Empty<W.Style>())
        {
            if (style.StyleId?.Value is { } id && !_styles.ContainsKey(id))
            {
                _styles.Add(id, style);
                if (_defaultParagraphStyle is null && style.Default?.Value == true && IsParagraphStyle(style))
                {
                    _defaultParagraphStyle = id;
                }
            }
        }
    }

    /// <summary>The style a paragraph uses: its <c>w:pStyle</c>, or the default paragraph style.</summary>
    public string? StyleOf(W.Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle;

    /// <summary>The heading level 1–6 of a paragraph (direct outline level first, then its style's), or 0 for body text.</summary>
    public int HeadingLevel(W.Paragraph paragraph)
    {
        if (paragraph.ParagraphProperties?.OutlineLevel?.Val is { } outline)
        {
            return Level(outline.Value);
        }

        var id = StyleOf(paragraph);
        if (id is null)
        {
            return 0;
        }

        if (!_levels.TryGetValue(id, out var level))
        {
            level = StyleHeadingLevel(id);
            _levels[id] = level;
        }

        return level;
    }

    /// <summary>The list numbering a style gives (numId, ilvl or null), through <c>basedOn</c>, and the style it is defined on; null when none.</summary>
    public (int NumId, int? Level, string StyleId)? Numbering(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            var numbering = style.StyleParagraphProperties?.NumberingProperties;
            if (numbering?.NumberingId?.Val is { } numId)
            {
                return (numId.Value, numbering.NumberingLevelReference?.Val?.Value, style.StyleId!.Value!);
            }
        }

        return null;
    }

    /// <summary>The style with ID <paramref name="id"/>, or null.</summary>
    public W.Style? Find(string? id) => id is not null && _styles.TryGetValue(id, out var style) ? style : null;

    private int StyleHeadingLevel(string id)
    {
        foreach (var style in Chain(id))
        {
            if (style.StyleParagraphProperties?.OutlineLevel?.Val is { } outline)
            {
                return Level(outline.Value);
            }

            var name = HeadingNameLevel(style.StyleName?.Val?.Value);
            if (name > 0)
            {
                return name;
            }

            // A style without a name is known by its ID (Word's "Heading1", WPS's "1"…).
            if (style.StyleName?.Val?.Value is null && HeadingNameLevel(style.StyleId?.Value) is > 0 and var byId)
            {
                return byId;
            }
        }

        return 0;
    }

    /// <summary>The styles from <paramref name="id"/> up its <c>basedOn</c> chain.</summary>
    private IEnumerable<W.Style> Chain(string? id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var depth = 0; id is not null && depth < MaxChain && seen.Add(id) && _styles.TryGetValue(id, out var style); depth++)
        {
            yield return style;
            id = style.BasedOn?.Val?.Value;
        }
    }

    /// <summary>The heading level of an outline level (0-based; 9 is body text; 6–8 are deeper than the structure reads).</summary>
    private static int Level(int outline) => outline is >= 0 and < 6 ? outline + 1 : 0;

    /// <summary>
    /// The level of a heading style's name: <c>heading 1</c>, <c>Heading1</c>, <c>标题 1</c>, <c>标题1</c>,
    /// <c>标题 1 字符</c> is not a paragraph style and never reaches here; 0 for other names.
    /// </summary>
    internal static int HeadingNameLevel(string? name)
    {
        if (name is null)
        {
            return 0;
        }

        name = name.Trim();
        foreach (var prefix in new[] { "heading", "标题" })
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var digits = name.Substring(prefix.Length).Trim();
                if (digits.Length == 1 && digits[0] >= '1' && digits[0] <= '6')
                {
                    return digits[0] - '0';
                }
            }
        }

        return 0;
    }

    private static bool IsParagraphStyle(W.Style style) => style.Type is null || style.Type.InnerText == "paragraph";
}
