using NodaTime;
using ReviewModel.Aspects;

namespace ReviewModel.Model;

/// <summary>
/// What the material is and which meeting it is for: title, subject, meeting kind, theme, date, the
/// notice it answers, and the aspect catalogue the notice sets.
/// </summary>
public sealed record DocumentHeader
{
    /// <summary>Creates a header.</summary>
    /// <param name="title">The document title, e.g. "党史学习教育专题民主生活会对照检查材料".</param>
    /// <param name="subject">Whose material it is.</param>
    /// <param name="meetingKind">民主生活会 or 组织生活会.</param>
    /// <param name="isThematic">Whether the meeting is a 专题 meeting.</param>
    /// <param name="theme">The meeting theme (会议主题), or null.</param>
    /// <param name="meetingDate">The meeting date, or null when not yet fixed.</param>
    /// <param name="notice">The notice the meeting answers, or null.</param>
    /// <param name="catalogue">The official aspects the material must examine, or null.</param>
    public DocumentHeader(
        string title,
        ReviewSubject subject,
        MeetingKind meetingKind = MeetingKind.DemocraticLife,
        bool isThematic = false,
        string? theme = null,
        LocalDate? meetingDate = null,
        Notice? notice = null,
        AspectCatalogue? catalogue = null)
    {
        Title = Guard.NotNull(title, nameof(title));
        Subject = Guard.NotNull(subject, nameof(subject));
        MeetingKind = meetingKind;
        IsThematic = isThematic;
        Theme = theme;
        MeetingDate = meetingDate;
        Notice = notice;
        Catalogue = catalogue;
    }

    /// <summary>The document title.</summary>
    public string Title { get; }

    /// <summary>Whose material it is.</summary>
    public ReviewSubject Subject { get; }

    /// <summary>民主生活会 or 组织生活会.</summary>
    public MeetingKind MeetingKind { get; }

    /// <summary>Whether the meeting is a thematic (专题) one.</summary>
    public bool IsThematic { get; }

    /// <summary>The meeting theme, or null.</summary>
    public string? Theme { get; }

    /// <summary>The meeting date, or null when not fixed yet.</summary>
    public LocalDate? MeetingDate { get; }

    /// <summary>The notice the meeting answers, or null.</summary>
    public Notice? Notice { get; }

    /// <summary>The aspect catalogue (the official 方面 list), or null.</summary>
    public AspectCatalogue? Catalogue { get; }
}
