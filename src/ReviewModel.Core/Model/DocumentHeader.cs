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
    /// <param name="isCatalogueInferred">Whether the catalogue was guessed from the aspect headings (an import) rather than declared.</param>
    /// <param name="preparationInOpening">The preparation facts told in the opening paragraphs (会前，……征求意见建议31条), or null.</param>
    public DocumentHeader(
        string title,
        ReviewSubject subject,
        MeetingKind meetingKind = MeetingKind.DemocraticLife,
        bool isThematic = false,
        string? theme = null,
        LocalDate? meetingDate = null,
        Notice? notice = null,
        AspectCatalogue? catalogue = null,
        bool isCatalogueInferred = false,
        PreparationFacts? preparationInOpening = null)
    {
        Title = Guard.NotNull(title, nameof(title));
        Subject = Guard.NotNull(subject, nameof(subject));
        MeetingKind = meetingKind;
        IsThematic = isThematic;
        Theme = theme;
        MeetingDate = meetingDate;
        Notice = notice;
        Catalogue = catalogue;
        IsCatalogueInferred = isCatalogueInferred && catalogue is not null;
        PreparationInOpening = preparationInOpening;
    }

    /// <summary>Whether <see cref="Catalogue"/> was guessed by the importer from the aspect headings rather than
    /// declared; a guessed catalogue is checked for uncovered aspects (RM0002) only when every aspect heading
    /// of the document matches it.</summary>
    public bool IsCatalogueInferred { get; }

    /// <summary>The preparation (会前准备) told in the opening paragraphs rather than in a section of its own, or null.</summary>
    public PreparationFacts? PreparationInOpening { get; }

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
