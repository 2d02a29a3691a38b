using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Validation;

public class RM0032SpaceBetweenChineseTests
{
    [Fact]
    public void Fires_once_per_text_at_the_first_space_with_the_count()
    {
        const string preamble = "根据市委要求， 现将有关情况 汇报如下：";
        var document = TestDocuments.Team with { Preamble = new[] { preamble } };

        var finding = Check.Single(Check.Validate(document), "RM0032");

        Assert.Equal("preamble[0]", finding.Location.Path);
        Assert.Equal(preamble.IndexOf("情况 汇", System.StringComparison.Ordinal) + 2, finding.Location.Offset);
        Assert.Equal("汉字之间有多余空格（共 1 处）", finding.Message);
    }

    [Fact]
    public void Silent_on_full_width_indentation_and_spaces_next_to_digits()
    {
        var document = TestDocuments.Team with { Preamble = new[] { "　　根据市委要求，开展 3 次学习，GDP 增长。" } };
        Check.Silent(Check.Validate(document), "RM0032");
    }
}
