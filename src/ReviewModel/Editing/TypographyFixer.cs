using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using DocumentFormat.OpenXml.Packaging;
using ReviewModel.Text.Typography;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReviewModel.Editing;

/// <summary>
/// Applies the safe typography fixes of RM0030/RM0032 (<see cref="TypographyScanner"/>) to a material as
/// it is written — text, Markdown or DOCX — changing nothing else: DOCX runs keep their formatting, and
/// a fix that falls across two runs changes each run's own characters.
/// </summary>
internal static class TypographyFixer
{
    /// <summary>Fixes text or Markdown source; returns the new text and how many marks or spaces were changed.</summary>
    public static (string Text, int Count) FixText(string text, bool markdown)
    {
        var count = 0;
        for (var pass = 0; pass < TypographyScanner.MaxPasses; pass++)
        {
            var issues = TypographyScanner.Scan(text, markdown);
            if (issues.Count == 0)
            {
                break;
            }

            count += issues.Count;
            text = TypographyScanner.Apply(text, issues);
        }

        return (text, count);
    }

    /// <summary>Copies a .docx to <paramref name="output"/> with every body, table, footnote and comment paragraph fixed.</summary>
    /// <returns>How many marks or spaces were changed.</returns>
    public static int FixDocx(Stream input, Stream output, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        buffer.Position = 0;
        var count = 0;
        using (var package = WordprocessingDocument.Open(buffer, true))
        {
            var main = package.MainDocumentPart ?? throw new InvalidDataException("DOCX 文件没有正文 (the .docx has no document body).");
            var roots = new List<DocumentFormat.OpenXml.OpenXmlElement?> { main.Document?.Body };
            roots.AddRange(main.FootnotesPart?.Footnotes is { } footnotes ? new[] { footnotes } : Array.Empty<DocumentFormat.OpenXml.OpenXmlElement>());
            foreach (var root in roots.Where(r => r is not null))
            {
                foreach (var paragraph in root!.Descendants<W.Paragraph>())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    count += FixParagraph(paragraph);
                }
            }

            main.Document?.Save();
            main.FootnotesPart?.Footnotes?.Save();
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
        return count;
    }

    /// <summary>Fixes one paragraph: scans its text as one string (marks touch across runs), then changes each run's characters.</summary>
    private static int FixParagraph(W.Paragraph paragraph)
    {
        // Only the paragraph's own text nodes: a nested paragraph (a text box) is fixed on its own.
        var nodes = paragraph.Descendants<W.Text>().Where(t => ReferenceEquals(t.Ancestors<W.Paragraph>().FirstOrDefault(), paragraph)).ToList();
        if (nodes.Count == 0)
        {
            return 0;
        }

        var text = string.Concat(nodes.Select(n => n.Text));
        var (fixedText, count) = FixText(text, markdown: false);
        if (count == 0)
        {
            return 0;
        }

        // Map old positions to new: replacements are one character for one, or deletions. Recompute per node
        // by diffing with the same issue list, pass by pass.
        var current = text;
        var owners = new List<int>(text.Length); // which node each character belongs to
        for (var n = 0; n < nodes.Count; n++)
        {
            owners.AddRange(Enumerable.Repeat(n, nodes[n].Text.Length));
        }

        for (var pass = 0; pass < TypographyScanner.MaxPasses; pass++)
        {
            var issues = TypographyScanner.Scan(current);
            if (issues.Count == 0)
            {
                break;
            }

            var next = new StringBuilder(current.Length);
            var nextOwners = new List<int>(current.Length);
            var at = 0;
            foreach (var issue in issues)
            {
                next.Append(current, at, issue.Start - at);
                nextOwners.AddRange(owners.GetRange(at, issue.Start - at));
                next.Append(issue.Replacement);
                nextOwners.AddRange(Enumerable.Repeat(owners[issue.Start], issue.Replacement.Length));
                at = issue.Start + issue.Length;
            }

            next.Append(current, at, current.Length - at);
            nextOwners.AddRange(owners.GetRange(at, current.Length - at));
            current = next.ToString();
            owners = nextOwners;
        }

        var parts = new StringBuilder[nodes.Count];
        for (var n = 0; n < nodes.Count; n++)
        {
            parts[n] = new StringBuilder();
        }

        for (var i = 0; i < current.Length; i++)
        {
            parts[owners[i]].Append(current[i]);
        }

        for (var n = 0; n < nodes.Count; n++)
        {
            var value = parts[n].ToString();
            if (value != nodes[n].Text)
            {
                nodes[n].Text = value;
                nodes[n].Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve;
            }
        }

        return count;
    }
}
