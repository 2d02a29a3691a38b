using ReviewModel.Model;

namespace ReviewModel.Validation.Rules;

/// <summary>RM0001: problems, causes and measures are required; preparation and last year's
/// rectification too for a leadership team's 民主生活会.</summary>
internal sealed class RequiredSectionRule : IReviewRule
{
    public RuleDescriptor Descriptor => RuleCatalogue.RequiredSectionMissing;

    public void Check(ValidationContext context)
    {
        var document = context.Document;
        var header = document.Header;
        if (header.Subject.Kind == SubjectKind.LeadershipTeam && header.MeetingKind == MeetingKind.DemocraticLife)
        {
            // Preparation told in the opening (会前，……征求意见建议31条……) stands for the section; so does a report
            // on last year's rectification there (上年度……问题已全部整改到位).
            var opening = header.PreparationInOpening;
            if (opening is null || (opening.StudySessions is null && opening.OpinionsSolicited is null && opening.TalksHeld is null))
            {
                Require(context, document.Preparation, SectionKind.Preparation);
            }

            if (opening is null || !opening.ReportsLastYearRectification)
            {
                Require(context, document.LastYearRectification, SectionKind.LastYearRectification);
            }
        }

        Require(context, document.Problems, SectionKind.Problems);
        Require(context, document.Causes, SectionKind.Causes);
        Require(context, document.Measures, SectionKind.Measures);
    }

    private void Require(ValidationContext context, Section? section, SectionKind kind)
    {
        if (section is null || section.IsEmpty)
        {
            context.Report(Descriptor, new FindingLocation(DocumentPaths.Name(kind)!), SectionNames.Standard(kind));
        }
    }
}
