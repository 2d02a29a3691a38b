namespace ReviewModel.Import;

/// <summary>The stable codes of <see cref="ImportDiagnostic"/>s.</summary>
public static class ImportDiagnosticCodes
{
    /// <summary>RMI001: page chrome was skipped: lines before the title (site names, view counts), web-page lines in or after the body (浏览次数, 发布时间, breadcrumbs, &amp;nbsp;, a repeated title, 上一篇/下一篇) and PDF page numbers.</summary>
    public const string ChromeSkipped = "RMI001";

    /// <summary>RMI002: no title was found.</summary>
    public const string NoTitle = "RMI002";

    /// <summary>RMI003: hard line breaks inside sentences were joined; positions after a joined break are approximate.</summary>
    public const string LinesJoined = "RMI003";

    /// <summary>RMI004: an aspect heading matches no aspect of the catalogue.</summary>
    public const string AspectNotMatched = "RMI004";

    /// <summary>RMI005: no section structure was found; the text was kept as opening paragraphs.</summary>
    public const string NoStructure = "RMI005";

    /// <summary>RMI006: a section heading was not recognised and was kept as a free section.</summary>
    public const string UnknownSection = "RMI006";

    /// <summary>RMI007: the file was not UTF-8 and was read as GB18030.</summary>
    public const string LegacyEncoding = "RMI007";

    /// <summary>RMI008: an outline or table of contents before the title (short lines repeating the headings) was skipped.</summary>
    public const string OutlineSkipped = "RMI008";
}
