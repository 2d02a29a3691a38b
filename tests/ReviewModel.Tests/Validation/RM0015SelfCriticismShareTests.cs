using ReviewModel.Model;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Validation;

public class RM0015SelfCriticismShareTests
{
    // A long free section of achievements: self-criticism falls well below half of the text.
    private static readonly TestDocuments Boastful = TestDocuments.Team.AddExtra(d => d.Section(SectionKind.StudyReflection, s => s
        .Heading("一年来的主要成绩")
        .Paragraph(new string('绩', 3000))));

    [Fact]
    public void Fires_when_problems_and_causes_are_less_than_half_of_the_text()
    {
        var finding = Check.Single(Check.Validate(Boastful), "RM0015");

        Assert.Equal(RuleSeverity.Info, finding.Severity);
        Assert.Equal("problems", finding.Location.Path);
        Assert.Equal("50%", finding.Arguments[1]);
        var share = int.Parse(((string)finding.Arguments[0]!).TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(share, 1, 30);
        Assert.False(Check.Validate(Boastful).HasErrors);
    }

    [Fact]
    public void The_threshold_is_configurable()
    {
        Check.Silent(Check.Validate(Boastful, ValidationOptions.Default.WithMinimumSelfCriticismShare(0.1)), "RM0015");
        Assert.Single(Check.Validate(TestDocuments.Team, ValidationOptions.Default.WithMinimumSelfCriticismShare(0.95)).Of("RM0015"));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => ValidationOptions.Default.WithMinimumSelfCriticismShare(1.5));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => ValidationOptions.Default.WithMinimumSelfCriticismShare(double.NaN));
    }

    [Fact]
    public void Silent_on_the_clean_document() => Check.Silent(Check.Validate(TestDocuments.Team), "RM0015");
}
