using ReviewModel.Model;

namespace ReviewModel.Validation;

/// <summary>
/// The document paths findings and build errors use: <c>preamble[0]</c>, <c>preparation.steps[1]</c>,
/// <c>lastYear.items[0]</c>, <c>problems.aspects[2].problems[1]</c>, <c>causes[3]</c>,
/// <c>measures[2].items[1]</c>, <c>sections[5].paragraphs[0]</c>. Indexes are 0-based.
/// </summary>
internal static class DocumentPaths
{
    /// <summary>The path prefix of the section at <paramref name="index"/> in <paramref name="document"/>:
    /// its kind's name for the first section of a structured kind, <c>sections[i]</c> otherwise.</summary>
    /// <param name="document">The document.</param>
    /// <param name="index">The section's index in <see cref="ReviewDocument.Sections"/>.</param>
    public static string Section(ReviewDocument document, int index)
    {
        var section = document.Sections[index];
        var name = Name(section.Kind);
        if (name is null)
        {
            return $"sections[{index}]";
        }

        for (var i = 0; i < index; i++)
        {
            if (document.Sections[i].Kind == section.Kind)
            {
                return $"sections[{index}]";
            }
        }

        return name;
    }

    /// <summary>The path name of a structured section kind, or null for free sections.</summary>
    /// <param name="kind">The kind.</param>
    public static string? Name(SectionKind kind) => kind switch
    {
        SectionKind.Preparation => "preparation",
        SectionKind.LastYearRectification => "lastYear",
        SectionKind.Problems => "problems",
        SectionKind.Causes => "causes",
        SectionKind.Measures => "measures",
        _ => null,
    };

    /// <summary>The path of the items of a section whose items are the section itself (causes, measures).</summary>
    /// <param name="prefix">The section prefix.</param>
    /// <param name="index">The item index.</param>
    internal static string Item(string prefix, int index) => $"{prefix}[{index}]";
}
