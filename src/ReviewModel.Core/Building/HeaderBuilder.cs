using NodaTime;
using ReviewModel.Aspects;
using ReviewModel.Model;

namespace ReviewModel.Building;

/// <summary>Describes the header: title, subject, meeting, theme, date, notice, aspect catalogue.</summary>
public sealed class HeaderBuilder
{
    internal string? TitleValue { get; private set; }

    internal ReviewSubject? SubjectValue { get; private set; }

    internal MeetingKind MeetingKindValue { get; private set; }

    internal bool IsThematicValue { get; private set; }

    internal string? ThemeValue { get; private set; }

    internal LocalDate? MeetingDateValue { get; private set; }

    internal Notice? NoticeValue { get; private set; }

    internal AspectCatalogue? CatalogueValue { get; private set; }

    /// <summary>Sets the title, e.g. "党史学习教育专题民主生活会对照检查材料". Once only.</summary>
    /// <param name="title">The title.</param>
    public HeaderBuilder Title(string title)
    {
        BuilderGuard.Text(title, nameof(title), "header.title");
        BuilderGuard.Once(TitleValue, "标题 (title)", "header.title");
        TitleValue = title;
        return this;
    }

    /// <summary>The material is a leadership team's (领导班子).</summary>
    /// <param name="organisation">The organisation, e.g. "xx市委".</param>
    /// <param name="teamName">The team, e.g. "市委常委班子".</param>
    public HeaderBuilder LeadershipTeam(string organisation, string teamName)
    {
        BuilderGuard.Text(organisation, nameof(organisation), "header.subject");
        BuilderGuard.Text(teamName, nameof(teamName), "header.subject");
        BuilderGuard.Once(SubjectValue, "对象 (subject)", "header.subject");
        SubjectValue = ReviewSubject.Team(organisation, teamName);
        return this;
    }

    /// <summary>The material is an individual's (个人).</summary>
    /// <param name="organisation">The organisation.</param>
    /// <param name="name">The person's name.</param>
    /// <param name="post">The person's post, or null.</param>
    public HeaderBuilder Individual(string organisation, string name, string? post = null)
    {
        BuilderGuard.Text(organisation, nameof(organisation), "header.subject");
        BuilderGuard.Text(name, nameof(name), "header.subject");
        BuilderGuard.Once(SubjectValue, "对象 (subject)", "header.subject");
        SubjectValue = ReviewSubject.Person(organisation, name, post);
        return this;
    }

    /// <summary>The meeting is a 民主生活会 (the default).</summary>
    /// <param name="thematic">Whether it is a 专题 meeting.</param>
    public HeaderBuilder DemocraticLifeMeeting(bool thematic = false)
    {
        MeetingKindValue = MeetingKind.DemocraticLife;
        IsThematicValue = thematic;
        return this;
    }

    /// <summary>The meeting is a 组织生活会.</summary>
    /// <param name="thematic">Whether it is a 专题 meeting.</param>
    public HeaderBuilder OrganisationalLifeMeeting(bool thematic = false)
    {
        MeetingKindValue = MeetingKind.OrganisationalLife;
        IsThematicValue = thematic;
        return this;
    }

    /// <summary>Sets the meeting theme (会议主题).</summary>
    /// <param name="theme">The theme.</param>
    public HeaderBuilder Theme(string theme)
    {
        BuilderGuard.Text(theme, nameof(theme), "header.theme");
        BuilderGuard.Once(ThemeValue, "会议主题 (theme)", "header.theme");
        ThemeValue = theme;
        return this;
    }

    /// <summary>Sets the meeting date.</summary>
    /// <param name="date">The date.</param>
    public HeaderBuilder MeetingDate(LocalDate date)
    {
        BuilderGuard.Once(MeetingDateValue, "会议日期 (meeting date)", "header.meetingDate");
        MeetingDateValue = date;
        return this;
    }

    /// <summary>Sets the notice the meeting answers.</summary>
    /// <param name="issuer">Who issued it, e.g. "省委".</param>
    /// <param name="title">Its title without 《》.</param>
    public HeaderBuilder Notice(string issuer, string title)
    {
        BuilderGuard.Text(issuer, nameof(issuer), "header.notice");
        BuilderGuard.Text(title, nameof(title), "header.notice");
        BuilderGuard.Once(NoticeValue, "通知 (notice)", "header.notice");
        NoticeValue = new Notice(issuer, title);
        return this;
    }

    /// <summary>Sets the aspect catalogue the notice sets; see <see cref="AspectCatalogues"/>.</summary>
    /// <param name="catalogue">The catalogue.</param>
    public HeaderBuilder Aspects(AspectCatalogue catalogue)
    {
        BuilderGuard.NotNull(catalogue, nameof(catalogue), "header.catalogue");
        BuilderGuard.Once(CatalogueValue, "方面目录 (aspect catalogue)", "header.catalogue");
        CatalogueValue = catalogue;
        return this;
    }
}
