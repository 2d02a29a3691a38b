using System.Collections.Generic;
using System.Linq;
using System.Text;
using ReviewModel.Import;
using ReviewModel.Model;

namespace ReviewModel.Tests.Import;

/// <summary>
/// Checks that an import lost nothing: the text of every element, in document order, is the input
/// (after the skipped page chrome) with only whitespace, numbering markers and Markdown markup left out.
/// </summary>
internal static class ImportAccounting
{
    /// <summary>What the importer may drop: whitespace (compared without it), numbering markers, Markdown markup
    /// (emphasis, escapes, heading and list marks, rules, code fences and spans, table rules).</summary>
    private const string MarkupChars = "`~|:\\第部分〇零一二三四五六七八九十两壹贰叁肆伍陆柒捌玖拾是、（）()0123456789０１２３４５６７８９.．#*_>-+•·=，,①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳＊";

    /// <summary>Every element's text in document order.</summary>
    public static IEnumerable<string> ElementTexts(ReviewDocument document)
    {
        yield return document.Header.Title;
        foreach (var p in document.Preamble)
        {
            yield return p.Text;
        }

        foreach (var section in document.Sections)
        {
            yield return section.Heading ?? string.Empty;
            foreach (var p in section.Intro)
            {
                yield return p.Text;
            }

            switch (section)
            {
                case PreparationSection s:
                    foreach (var i in s.Steps)
                    {
                        yield return i.Text;
                    }

                    break;
                case RectificationSection s:
                    foreach (var i in s.Items)
                    {
                        yield return i.Text;
                    }

                    break;
                case ProblemSection s:
                    foreach (var g in s.Aspects)
                    {
                        yield return g.Heading ?? string.Empty;
                        foreach (var p in g.Intro)
                        {
                            yield return p.Text;
                        }

                        foreach (var problem in g.Problems)
                        {
                            yield return problem.Lead + problem.Body + string.Concat(problem.Examples.Select(e => e.Text));
                        }

                        foreach (var p in g.Closing)
                        {
                            yield return p.Text;
                        }
                    }

                    break;
                case CauseSection s:
                    foreach (var c in s.Causes)
                    {
                        yield return c.Title + c.Body;
                    }

                    break;
                case MeasureSection s:
                    foreach (var m in s.Measures)
                    {
                        yield return m.Title + m.Body + string.Concat(m.Items.Select(i => i.Text));
                    }

                    break;
            }

            foreach (var p in section.Closing)
            {
                yield return p.Text;
            }
        }
    }

    /// <summary>Null when nothing was lost; otherwise a description of the first difference.</summary>
    public static string? Check(string input, ImportResult result)
    {
        var lines = input.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        foreach (var skipped in result.Skipped)
        {
            var line = skipped.Source!.Line - 1;
            if (lines[line].Trim() != skipped.Text)
            {
                return $"skipped line {line + 1} is not '{skipped.Text}'";
            }

            lines[line] = string.Empty;
        }

        var source = string.Join("\n", lines);

        var expected = NoSpace(source);
        var actual = NoSpace(string.Concat(ElementTexts(result.Document)));
        var i = 0;
        var dropped = new StringBuilder();
        foreach (var c in actual)
        {
            while (i < expected.Length && expected[i] != c)
            {
                if (MarkupChars.IndexOf(expected[i]) < 0)
                {
                    return $"input character '{expected[i]}' at {i} is in no element (context: …{Around(expected, i)}…)";
                }

                dropped.Append(expected[i]);
                i++;
            }

            if (i == expected.Length)
            {
                return $"element text '{c}' does not come from the input in order";
            }

            i++;
        }

        for (; i < expected.Length; i++)
        {
            if (MarkupChars.IndexOf(expected[i]) < 0)
            {
                return $"input character '{expected[i]}' at {i} is in no element (context: …{Around(expected, i)}…)";
            }
        }

        return null;
    }

    public static string NoSpace(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF' && c != '\u200B')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Around(string text, int i)
    {
        var start = System.Math.Max(0, i - 10);
        return text.Substring(start, System.Math.Min(20, text.Length - start));
    }
}
