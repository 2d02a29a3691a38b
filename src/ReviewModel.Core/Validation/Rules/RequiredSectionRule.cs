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
            Require(context, document.Preparation, SectionKind.Preparation);
            Require(context, document.LastYearRectification, SectionKind.LastYearRectification);
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
