namespace ReviewModel.Text.Typography;

/// <summary>One typographic fault in a text: where it is, what it is, and the safe replacement
/// (empty: delete the characters).</summary>
internal readonly struct TypographyIssue
{
    public TypographyIssue(int start, int length, TypographyIssueKind kind, string found, string replacement)
    {
        Start = start;
        Length = length;
        Kind = kind;
        Found = found;
        Replacement = replacement;
    }

    public int Start { get; }

    public int Length { get; }

    public TypographyIssueKind Kind { get; }

    /// <summary>The characters as written.</summary>
    public string Found { get; }

    /// <summary>What they should be; empty to delete them.</summary>
    public string Replacement { get; }
}
