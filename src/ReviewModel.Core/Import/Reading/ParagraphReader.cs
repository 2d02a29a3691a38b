using System;
using System.Collections.Generic;

namespace ReviewModel.Import;

/// <summary>Reads the paragraphs a word-processing reader of a layer above (DOCX) found: one line each, with its
/// heading level and bold lead length (-1 when unknown) as the file says, else as the text shows.</summary>
internal static class ParagraphReader
{
    public static List<TextLine> Read(string text, IReadOnlyList<(int Start, int Length, int HeadingLevel, int BoldLength)> paragraphs)
    {
        var lines = new List<TextLine>(paragraphs.Count);
        foreach (var (start, length, level, bold) in paragraphs)
        {
            var span = SourceSpan.FromSource(text, start, length);
            var line = MarkdownLine.Read(span);
            var lead = 0;
            while (lead < span.Length && Chars.IsSpace(span[lead]))
            {
                lead++;
            }

            var boldLength = bold < 0 ? line.BoldLength : Math.Min(line.Text.Length, bold >= length ? line.Text.Length : bold - lead);
            lines.Add(new TextLine(line.Text, level > 0 ? level : line.HeadingLevel, boldLength > 0 ? boldLength : -1, line.IsRule));
        }

        return lines;
    }
}
