using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Validation;

public class RM0011MeasureWithoutOwnerTests
{
    [Fact]
    public void Fires_for_a_measure_with_neither_owner_nor_unit()
    {
        var document = TestDocuments.Team.AddMeasure("M5", "深化调研。", "每季度调研一次。", x => x.Addresses("P1.1").Deadline(TestDocuments.Due));

        var finding = Check.Single(Check.Validate(document), "RM0011");

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Equal("measures[4]", finding.Location.Path);
        Assert.Equal("M5", finding.Location.ElementId);
        Assert.Equal("整改措施“M5”没有明确责任人或责任单位", finding.Message);
    }

    [Fact]
    public void Silent_on_the_clean_document_where_some_measures_have_only_an_owner_or_only_a_unit()
    {
        var document = TestDocuments.Team.Build();
        Assert.Contains(document.AllMeasures, m => m.OwningUnit is null && !m.Owners.IsEmpty);
        Assert.Contains(document.AllMeasures, m => m.OwningUnit is not null && m.Owners.IsEmpty);
        Check.Silent(Check.Validate(document), "RM0011");
    }
}
