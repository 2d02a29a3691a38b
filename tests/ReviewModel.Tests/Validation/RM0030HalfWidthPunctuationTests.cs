using System.Linq;
using ReviewModel.Samples;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Validation;

public class RM0030HalfWidthPunctuationTests
{
    [Fact]
    public void Fires_once_per_text_at_the_first_mark_with_the_marks_and_count()
    {
        const string body = "对\"两个确立\"的理解不深,学用脱节。";
        var document = TestDocuments.Team.AddProblems(p => p.Aspect(1, a => a.Problem("P1.9", "学习不够深入。", body)))
            .AddMeasure("M9", "深化学习。", "每月学习2次。", x => x.Addresses("P1.9").Owner("书记").Deadline(TestDocuments.Due))
            .AddCause("C9", "学习不深。", "重视不够。", x => x.Explains("P1.9"));

        var finding = Check.Single(Check.Validate(document), "RM0030");

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("P1.9", finding.Location.ElementId);
        Assert.EndsWith(".body", finding.Location.Path, System.StringComparison.Ordinal);
        Assert.Equal(1, finding.Location.Offset);
        Assert.Equal("中文文本中使用了半角标点“\",”（共 3 处），应使用全角标点", finding.Message);
    }

    [Fact]
    public void Silent_on_the_clean_team_document() => Check.Silent(Check.Validate(TestDocuments.Team), "RM0030");

    [Fact]
    public void Silent_on_numbers_and_names()
    {
        var document = TestDocuments.Team.AddMeasure("M9", "规范管理。", "完成1,000户走访，8:30前到岗。", x => x.Addresses("P1.1").Owner("张三(组长)").Deadline(TestDocuments.Due));
        Check.Silent(Check.Validate(document), "RM0030");
    }

    [Fact]
    public void The_sample_trips_it_as_it_should()
    {
        var findings = Check.Validate(PartyHistory2021Sample.Build()).Of("RM0030").ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.NotNull(f.Location.Offset));
    }
}
