using System.Linq;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Validation;

public class RM0010DuplicateIdTests
{
    [Fact]
    public void Fires_at_the_second_declaration_and_names_the_first()
    {
        var document = TestDocuments.Team.AddCause("C1", "作风不实。", "满足于听汇报。", x => x.Explains("P1.1")).BuildLenient();

        var finding = Check.Single(Check.Validate(document), "RM0010");

        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Equal("causes[3]", finding.Location.Path);
        Assert.Equal("C1", finding.Location.ElementId);
        Assert.Equal("ID“C1”重复声明（首次声明于 causes[0]）", finding.Message);
    }

    [Fact]
    public void Fires_across_kinds_once_per_repeat()
    {
        var document = TestDocuments.Team
            .AddMeasure("P1.1", "加强宣传。", "每年两次。", x => x.Addresses("P1.2").Owner("宣传部长").Deadline(TestDocuments.Due))
            .AddMeasure("P1.1", "加强调研。", "每年四次。", x => x.Addresses("P1.2").Owner("书记").Deadline(TestDocuments.Due))
            .BuildLenient();

        var findings = Check.Validate(document).Of("RM0010").ToList();

        Assert.Equal(new[] { "measures[4]", "measures[5]" }, findings.Select(f => f.Location.Path).ToArray());
        Assert.All(findings, f => Assert.Equal(new object?[] { "P1.1", "problems.aspects[0].problems[0]" }, f.Arguments.ToArray()));
    }

    [Fact]
    public void Silent_on_the_clean_document() => Check.Silent(Check.Validate(TestDocuments.Team), "RM0010");
}
