namespace ReviewModel.Import;

/// <summary>The stable codes of <see cref="ImportDiagnostic"/>s.</summary>
public static class ImportDiagnosticCodes
{
    /// <summary>RMI001: lines before the title (site names, view counts) were skipped as page chrome.</summary>
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
}
