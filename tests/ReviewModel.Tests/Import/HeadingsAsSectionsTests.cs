using System.Linq;
using ReviewModel.Import;
using ReviewModel.Model;
using Xunit;

namespace ReviewModel.Tests.Import;

public class HeadingsAsSectionsTests
{
    [Fact]
    public void Without_numbered_sections_the_bracketed_headings_are_sections_and_page_numbers_are_skipped()
    {
        var result = Fixture.Import("Import/headings-as-sections.txt");
        var document = result.Document;
        Assert.Equal(new[] { SectionKind.Problems, SectionKind.Measures }, document.Sections.Select(s => s.Kind));
        Assert.Equal("存在的问题及原因", document.Problems!.Heading);
        Assert.Equal("下步打算", document.Measures!.Heading);

        var aspects = document.Problems.Aspects;
        Assert.Equal(new[] { "在政治理论学习方面。", "在工作作风方面。" }, aspects.Select(a => a.Heading));
        Assert.Equal(new[] { 2, 2 }, aspects.Select(a => a.Problems.Count));

        // The page number "- 2 -" is left out, and the sentence broken around it is whole again.
        Assert.Equal("- 2 -", Assert.Single(result.Skipped).Text);
        Assert.EndsWith("究其原因，是对理论学习的重要性认识不足。", aspects[0].Problems[1].Body);

        Assert.Equal(2, document.Measures.Measures.Count);
        Assert.Null(ImportAccounting.Check(Fixture.Text("Import/headings-as-sections.txt"), result));
    }
}
