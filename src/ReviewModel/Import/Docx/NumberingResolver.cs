using System;
using System.Collections.Generic;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewModel.Import;

/// <summary>
/// Word's automatic numbering, resolved as Word displays it: called once per body paragraph in
/// document order, it gives the label of a numbered paragraph (<c>（一）</c>, <c>1.</c>, <c>第3条</c>,
/// <c>1.2</c>) so the structure recognisers read it as if it had been typed. The numbering comes from
/// the paragraph's <c>w:numPr</c> or its style's (through <c>w:basedOn</c>); the level from
/// <c>w:ilvl</c>, or the abstract level whose <c>w:pStyle</c> is the paragraph's style. Counters are
/// kept per abstract numbering (numbering instances without overrides continue one list, as in Word);
/// an instance with level overrides (<c>w:lvlOverride</c>, <c>w:startOverride</c>: Word's "restart
/// numbering") counts on its own. Deeper levels restart when a higher one is used, unless
/// <c>w:lvlRestart</c> says otherwise; <c>w:isLgl</c> writes every level in decimal. Bullets and the
/// format <c>none</c> give no label.
/// </summary>
internal sealed class NumberingResolver
{
    /// <summary>The longest label written: a level text longer than this is cut (a hostile file cannot multiply text through it).</summary>
    internal const int MaxLabelLength = 64;

    private const int Levels = 9;

    private readonly StyleLevels _styles;
    private readonly Dictionary<int, W.NumberingInstance> _instances = new();
    private readonly Dictionary<int, W.AbstractNum> _abstracts = new();
    private readonly Dictionary<string, int?[]> _counters = new(StringComparer.Ordinal);

    public NumberingResolver(MainDocumentPart part, StyleLevels styles)
    {
        _styles = styles;
        var numbering = part.NumberingDefinitionsPart?.Numbering;
        if (numbering is null)
        {
            return;
        }

        foreach (var element in numbering.ChildElements)
        {
            if (element is W.AbstractNum a && a.AbstractNumberId?.Value is { } aid && !_abstracts.ContainsKey(aid))
            {
                _abstracts.Add(aid, a);
            }
            else if (element is W.NumberingInstance n && n.NumberID?.Value is { } nid && !_instances.ContainsKey(nid))
            {
                _instances.Add(nid, n);
            }
        }
    }

    /// <summary>Whether the document defines any numbering at all.</summary>
    public bool IsEmpty => _instances.Count == 0;

    /// <summary>
    /// The label Word shows before <paramref name="paragraph"/>, with the separator that follows it
    /// (a space after a Latin letter or digit, as in <c>1.2 </c>; nothing after punctuation or a Chinese character, as typed), or null when the paragraph is not numbered. Advances the counters:
    /// call it once for each paragraph, in document order.
    /// </summary>
    public string? Next(W.Paragraph paragraph)
    {
        if (IsEmpty)
        {
            return null;
        }

        var styleId = _styles.StyleOf(paragraph);
        var direct = paragraph.ParagraphProperties?.NumberingProperties;
        int? numId = direct?.NumberingId?.Val?.Value;
        int? level = direct?.NumberingLevelReference?.Val?.Value;
        var fromStyle = _styles.Numbering(styleId);
        if (numId is null && fromStyle is { } style)
        {
            numId = style.NumId;
            level ??= style.Level;
        }

        if (numId is not { } id || id == 0 || !_instances.TryGetValue(id, out var instance))
        {
            return null;
        }

        var abstractNum = AbstractOf(instance);
        if (abstractNum is null)
        {
            return null;
        }

        level ??= LevelOfStyle(abstractNum, styleId) ?? 0;
        var ilvl = Math.Max(0, Math.Min(Levels - 1, level.Value));
        var definitions = new W.Level?[Levels];
        var starts = new int[Levels];
        var overridden = false;
        for (var i = 0; i < Levels; i++)
        {
            definitions[i] = LevelOf(abstractNum, i);
            starts[i] = definitions[i]?.StartNumberingValue?.Val?.Value ?? 0;
        }

        foreach (var o in instance.Elements<W.LevelOverride>())
        {
            if (o.LevelIndex?.Value is not { } oi || oi < 0 || oi >= Levels)
            {
                continue;
            }

            overridden = true;
            if (o.Level is { } replacement)
            {
                definitions[oi] = replacement;
                starts[oi] = replacement.StartNumberingValue?.Val?.Value ?? 0;
            }

            if (o.StartOverrideNumberingValue?.Val?.Value is { } start)
            {
                starts[oi] = start;
            }
        }

        var definition = definitions[ilvl];
        var format = definition?.NumberingFormat?.Val?.InnerText;
        if (definition is null || format == "bullet")
        {
            return null;
        }

        var key = overridden ? "n" + id : "a" + (abstractNum.AbstractNumberId?.Value ?? -1);
        if (!_counters.TryGetValue(key, out var counters))
        {
            counters = new int?[Levels];
            _counters.Add(key, counters);
        }

        counters[ilvl] = counters[ilvl] is { } current ? current + 1 : starts[ilvl];
        for (var deeper = ilvl + 1; deeper < Levels; deeper++)
        {
            // w:lvlRestart (1-based): restart after a level up to this one is used; 0: never; absent: after any higher level.
            var restart = definitions[deeper]?.LevelRestart?.Val?.Value ?? deeper;
            if (restart > 0 && ilvl < restart)
            {
                counters[deeper] = null;
            }
        }

        var label = Render(definition, definitions, counters, starts);
        if (label.Length == 0)
        {
            return null;
        }

        var suffix = definition.LevelSuffix?.Val?.InnerText;
        var last = label[label.Length - 1];
        var latin = (last >= '0' && last <= '9') || (last >= 'A' && last <= 'Z') || (last >= 'a' && last <= 'z') || (last >= '０' && last <= '９');
        return suffix == "nothing" || !latin ? label : label + " ";
    }

    private static string Render(W.Level definition, W.Level?[] definitions, int?[] counters, int[] starts)
    {
        var template = definition.LevelText?.Val?.Value ?? string.Empty;
        if (template.Length > MaxLabelLength)
        {
            template = template.Substring(0, MaxLabelLength);
        }

        var legal = definition.IsLegalNumberingStyle is { } lgl && (lgl.Val is null || lgl.Val.Value);
        var text = new StringBuilder();
        for (var i = 0; i < template.Length && text.Length < MaxLabelLength; i++)
        {
            var c = template[i];
            if (c == '%' && i + 1 < template.Length && template[i + 1] >= '1' && template[i + 1] <= '9')
            {
                var referenced = template[i + 1] - '1';
                i++;
                var number = counters[referenced] ?? starts[referenced];
                var format = legal ? "decimal" : definitions[referenced]?.NumberingFormat?.Val?.InnerText;

                text.Append(NumberFormats.Format(number, format));
            }
            else
            {
                text.Append(char.IsControl(c) ? ' ' : c);
            }
        }

        return text.Length > MaxLabelLength ? text.ToString(0, MaxLabelLength) : text.ToString().Trim();
    }

    /// <summary>The abstract numbering of an instance, following a <c>w:numStyleLink</c> (a list style) once.</summary>
    private W.AbstractNum? AbstractOf(W.NumberingInstance instance)
    {
        if (instance.AbstractNumId?.Val?.Value is not { } aid || !_abstracts.TryGetValue(aid, out var abstractNum))
        {
            return null;
        }

        if (abstractNum.NumberingStyleLink?.Val?.Value is { } link
            && _styles.Find(link)?.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value is { } linkedNum
            && _instances.TryGetValue(linkedNum, out var linked)
            && linked.AbstractNumId?.Val?.Value is { } linkedAbstract
            && _abstracts.TryGetValue(linkedAbstract, out var target))
        {
            return target;
        }

        return abstractNum;
    }

    private static W.Level? LevelOf(W.AbstractNum abstractNum, int index)
    {
        foreach (var level in abstractNum.Elements<W.Level>())
        {
            if (level.LevelIndex?.Value == index)
            {
                return level;
            }
        }

        return null;
    }

    /// <summary>The level whose <c>w:pStyle</c> is <paramref name="styleId"/> (a heading style bound to a level), or null.</summary>
    private static int? LevelOfStyle(W.AbstractNum abstractNum, string? styleId)
    {
        if (styleId is null)
        {
            return null;
        }

        foreach (var level in abstractNum.Elements<W.Level>())
        {
            if (level.ParagraphStyleIdInLevel?.Val?.Value == styleId)
            {
                return level.LevelIndex?.Value;
            }
        }

        return null;
    }
}
