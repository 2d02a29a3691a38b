using ReviewModel.Model;

namespace ReviewModel.Rendering.Docx;

/// <summary>What a written file says about itself (its core and app properties): title, subject, author.</summary>
internal sealed record DocxMetadata(string? Title, string? Subject, string? Author, string? Company)
{
    /// <summary>The properties of a review material: its title, the meeting as subject, the team or person as author.</summary>
    public static DocxMetadata Of(ReviewDocument document, string? titleSuffix = null)
    {
        var header = document.Header;
        var subject = header.Subject;
        var author = subject.Kind == SubjectKind.Individual && !string.IsNullOrWhiteSpace(subject.Name) ? subject.Name : subject.Organisation;
        var meeting = header.MeetingKind == MeetingKind.OrganisationalLife ? "组织生活会对照检查材料" : "民主生活会对照检查材料";
        return new DocxMetadata(
            Blank(header.Title) is { } title ? title + (titleSuffix ?? string.Empty) : null,
            string.IsNullOrWhiteSpace(header.Theme) ? meeting : header.Theme + meeting,
            Blank(author),
            Blank(subject.Organisation));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Replace('\n', ' ').Replace('\r', ' ').Trim();
}
