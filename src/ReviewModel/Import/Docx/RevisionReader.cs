using System;
using System.Collections.Generic;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReviewModel.Validation;

namespace ReviewModel.Import;

/// <summary>
/// Counts the tracked changes (修订) a .docx still holds — insertions, deletions, moves and formatting
/// changes in the body and the notes — by author, for the one <see cref="RuleCatalogue.PendingRevisions"/>
/// diagnostic. The text itself is read with the revisions accepted (<see cref="DocxContent"/>).
/// </summary>
internal static class RevisionReader
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly HashSet<string> RevisionNames = new(StringComparer.Ordinal)
    {
        "ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "tblPrExChange",
        "tcPrChange", "trPrChange", "tblGridChange", "numberingChange", "cellIns", "cellDel", "cellMerge",
    };

    /// <summary>The pending-revisions diagnostic for the document, or null when it has none.</summary>
    public static ImportDiagnostic? Diagnostic(MainDocumentPart part)
    {
        var authors = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var root in new OpenXmlElement?[] { part.Document?.Body, part.FootnotesPart?.Footnotes, part.EndnotesPart?.Endnotes })
        {
            if (root is null)
            {
                continue;
            }

            foreach (var element in root.Descendants())
            {
                if (element.NamespaceUri != WordNamespace || !RevisionNames.Contains(element.LocalName) || !HasAttribute(element, "id"))
                {
                    continue;
                }

                total++;
                var author = Attribute(element, "author");
                author = string.IsNullOrWhiteSpace(author) ? "（未署名）" : author!.Trim();
                authors[author] = authors.TryGetValue(author, out var n) ? n + 1 : 1;
            }
        }

        if (total == 0)
        {
            return null;
        }

        var list = string.Join("、", authors.OrderByDescending(a => a.Value).ThenBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}（{a.Value}）"));
        return ImportDiagnostic.Of(RuleCatalogue.PendingRevisions, null, total, list);
    }

    private static bool HasAttribute(OpenXmlElement element, string name) => Attribute(element, name) is not null;

    private static string? Attribute(OpenXmlElement element, string name)
    {
        foreach (var attribute in element.GetAttributes())
        {
            if (attribute.LocalName == name && attribute.NamespaceUri == WordNamespace)
            {
                return attribute.Value;
            }
        }

        return null;
    }
}
