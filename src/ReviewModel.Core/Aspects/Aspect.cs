using ReviewModel.Model;

namespace ReviewModel.Aspects;

/// <summary>
/// One point that a year's notice requires every material to examine (方面 / 带头), e.g.
/// "带头严守政治纪律和政治规矩，维护党的团结统一".
/// </summary>
public sealed record Aspect
{
    /// <summary>Creates an aspect.</summary>
    /// <param name="id">A stable ID, unique across catalogues, e.g. "2024.1".</param>
    /// <param name="title">The aspect as the notice words it, without "在" and "方面".</param>
    /// <param name="shortTitle">A short title used by some materials, or null.</param>
    public Aspect(string id, string title, string? shortTitle = null)
    {
        Id = Guard.NotBlank(id, nameof(id));
        Title = Guard.NotBlank(title, nameof(title));
        ShortTitle = shortTitle;
    }

    /// <summary>The stable ID.</summary>
    public string Id { get; }

    /// <summary>The aspect as the notice words it.</summary>
    public string Title { get; }

    /// <summary>A short title, or null.</summary>
    public string? ShortTitle { get; }

    /// <summary>The heading a leadership-team material gives the aspect: "在……方面。".</summary>
    public string DefaultHeading => Title.StartsWith("在", System.StringComparison.Ordinal)
        ? (Title.EndsWith("方面", System.StringComparison.Ordinal) ? Title + "。" : Title + "方面。")
        : "在" + Title + "方面。";
}
