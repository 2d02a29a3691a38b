using System.Linq;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Validation;

public class CleanDocumentTests
{
    [Fact]
    public void The_clean_team_document_has_no_finding_at_all()
    {
        var result = Check.Validate(TestDocuments.Team.Build());
        Assert.True(result.Findings.Count == 0, string.Join("\n", result.Findings));
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void The_clean_individual_document_has_no_finding_at_all()
    {
        var result = Check.Validate(TestDocuments.Individual.Build());
        Assert.True(result.Findings.Count == 0, string.Join("\n", result.Findings));
    }

    [Fact]
    public void The_clean_document_is_clean_even_when_strict_and_every_rule_is_an_error()
    {
        var options = RuleCatalogue.All.Aggregate(ValidationOptions.Default.Strict(), (o, r) => o.WithSeverity(r.Id, RuleSeverity.Error));
        Assert.Empty(Check.Validate(TestDocuments.Team.Build(), options).Findings);
    }

    [Fact]
    public void The_clean_document_is_complete_and_link_consistent()
    {
        var document = TestDocuments.Team.Build();
        Assert.NotNull(document.Preparation);
        Assert.NotNull(document.LastYearRectification);
        Assert.Equal(5, document.AllProblems.Count());
        Assert.All(document.AllMeasures, m => Assert.True(m.Deadline!.Date > document.Header.MeetingDate));
        var addressed = document.AllMeasures.SelectMany(m => m.Addresses).Select(l => l.TargetId).ToHashSet();
        var explained = document.AllCauses.SelectMany(c => c.Explains).Select(l => l.TargetId).ToHashSet();
        Assert.All(document.AllProblems, p => Assert.Contains(p.Id, addressed));
        Assert.All(document.AllProblems, p => Assert.Contains(p.Id, explained));
    }
}
