using ReviewModel.Model;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Validation;

public class RM0031MixedNumberingTests
{
    [Fact]
    public void Fires_at_a_section_numbered_unlike_the_first()
    {
        var team = TestDocuments.Team;
        var mixed = (team with { Measures = m => { team.Measures!(m); m.HalfWidthNumbers(); } }).Build();
        var index = System.Linq.Enumerable.ToList(mixed.Sections).FindIndex(s => s is MeasureSection);
        Assert.Equal(HeadingNumberStyle.HalfWidth, ((MeasureSection)mixed.Sections[index]).NumberStyle);

        var finding = Check.Single(Check.Validate(mixed), "RM0031");

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal(ReviewModel.Validation.DocumentPaths.Section(mixed, index), finding.Location.Path);
        Assert.Equal("本节的二级编号为“(一)”，与前文的“（一）”不一致", finding.Message);
    }

    [Fact]
    public void Silent_when_every_section_uses_one_style() => Check.Silent(Check.Validate(TestDocuments.Team), "RM0031");
}
