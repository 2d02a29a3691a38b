using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Validation;

public class RM0005MeasureWithoutProblemTests
{
    [Fact]
    public void Fires_for_a_measure_that_addresses_nothing()
    {
        var document = TestDocuments.Team.AddMeasure("M5", "加强宣传。", "每年开展两次宣传活动。", x => x.Owner("宣传部长").Deadline(TestDocuments.Due));

        var finding = Check.Single(Check.Validate(document.Build()), "RM0005");

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("measures[4]", finding.Location.Path);
        Assert.Equal("M5", finding.Location.ElementId);
        Assert.Contains("M5", finding.Message);
    }

    [Fact]
    public void Fires_when_the_only_addressed_problem_does_not_exist()
    {
        var document = TestDocuments.Team.AddMeasure("M5", "加强宣传。", "每年两次。", x => x.Addresses("P9").Owner("宣传部长").Deadline(TestDocuments.Due));

        var finding = Check.Single(Check.Validate(document.BuildLenient()), "RM0005");
        Assert.Equal("measures[4]", finding.Location.Path);
    }

    [Fact]
    public void Fires_for_a_second_measure_that_reuses_an_id_but_addresses_nothing()
    {
        var document = TestDocuments.Team.AddMeasure("M1", "加强宣传。", "每年两次。", x => x.Owner("宣传部长").Deadline(TestDocuments.Due));

        var finding = Check.Single(Check.Validate(document.BuildLenient()), "RM0005");
        Assert.Equal("measures[4]", finding.Location.Path);
    }

    [Fact]
    public void Silent_on_the_clean_document() => Check.Silent(Check.Validate(TestDocuments.Team), "RM0005");
}
