using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Validation;

public class RM0001RequiredSectionTests
{
    [Fact]
    public void Fires_when_a_team_democratic_life_material_has_no_last_year_section()
    {
        var result = Check.Validate(TestDocuments.Team with { LastYear = null });

        var finding = Check.Single(result, "RM0001");
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Equal("lastYear", finding.Location.Path);
        Assert.Contains("上年度民主生活会查摆问题整改落实情况", finding.Message);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Fires_for_an_empty_cause_section_and_a_missing_preparation()
    {
        // Lenient: the measures still name causes that are gone (RM0009); only RM0001 matters here.
        var result = Check.Validate((TestDocuments.Team with { Preparation = null, Causes = c => c.Intro("经过认真剖析，原因如下。") }).BuildLenient());

        Assert.Equal(new[] { "preparation", "causes" }, Paths(result));
    }

    [Fact]
    public void Fires_for_every_missing_core_section_of_an_individual()
    {
        var result = Check.Validate(TestDocuments.Individual with { Problems = null, Causes = null, Measures = null });

        Assert.Equal(new[] { "problems", "causes", "measures" }, Paths(result));
    }

    [Fact]
    public void Silent_on_the_clean_document() => Check.Silent(Check.Validate(TestDocuments.Team), "RM0001");

    [Fact]
    public void Silent_when_an_individual_or_an_organisational_life_meeting_skips_preparation()
    {
        Check.Silent(Check.Validate(TestDocuments.Individual), "RM0001");
        var organisational = TestDocuments.Team with
        {
            Header = h => { TestDocuments.DefaultHeader(h); h.OrganisationalLifeMeeting(); },
            Preparation = null,
            LastYear = null,
        };
        Check.Silent(Check.Validate(organisational), "RM0001");
    }

    private static string[] Paths(ValidationResult result) =>
        System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(result.Of("RM0001"), f => f.Location.Path));
}
