using System.Linq;
using ReviewModel.Import;
using ReviewModel.Model;
using ReviewModel.Rendering;
using Xunit;

namespace ReviewModel.Tests.Rendering;

/// <summary>
/// Causes and measures the author numbered as a list (<c>1.</c>, <c>1、</c>, <c>一是</c>, <c>（1）</c>) are written back
/// with the same numbers, not turned into <c>（一）</c> headings; <c>（一）</c> stays <c>（一）</c>.
/// </summary>
public class AuthorNumberingTests
{
    [Theory]
    [InlineData("1.", "2.", HeadingNumberStyle.ArabicDot)]
    [InlineData("1、", "2、", HeadingNumberStyle.ArabicComma)]
    [InlineData("（1）", "（2）", HeadingNumberStyle.ArabicParenthesised)]
    [InlineData("一是", "二是", HeadingNumberStyle.ChineseOrdinal)]
    [InlineData("（一）", "（二）", HeadingNumberStyle.FullWidth)]
    public void Causes_and_measures_keep_the_authors_numbers(string first, string second, HeadingNumberStyle style)
    {
        var text = "某局党组2024年度民主生活会对照检查材料\n\n根据要求，现报告如下。\n\n一、存在的问题\n\n（一）在理论学习方面\n\n1.学习不深。满足于读过了。\n\n二、原因剖析\n\n"
            + first + "理想信念有所松懈。放松了学习。\n\n" + second + "宗旨意识淡化。联系群众少。\n\n三、整改措施\n\n"
            + first + "加强学习。每月学习1次，责任人：张三，2025年6月底前完成。\n\n" + second + "改进作风。每季度调研1次，责任人：李四，长期坚持。\n";
        var document = ReviewImporter.Import(text).Document;
        Assert.Equal(style, document.Causes!.NumberStyle);
        Assert.Equal(style, document.Measures!.NumberStyle);

        var rendered = new TextRenderer().Render(document);
        Assert.Contains("\n" + first + "理想信念有所松懈。", rendered);
        Assert.Contains("\n" + second + "改进作风。", rendered);

        var again = ReviewImporter.Import(rendered).Document;
        Assert.Equal(style, again.Measures!.NumberStyle);
        Assert.Equal(document.Measures.Measures.Select(m => m.Title), again.Measures.Measures.Select(m => m.Title));
    }

    [Fact]
    public void Causes_numbered_1_and_measures_numbered_full_width_are_not_mixed_numbering()
    {
        var text = "某局党组2024年度民主生活会对照检查材料\n\n根据要求，现报告如下。\n\n一、存在的问题\n\n（一）在理论学习方面\n\n1.学习不深。满足于读过了。\n\n二、原因剖析\n\n1.理想信念有所松懈。\n\n2.宗旨意识淡化。\n\n三、整改措施\n\n（一）加强学习。每月学习1次，责任人：张三，2025年6月底前完成。\n";
        var document = ReviewImporter.Import(text).Document;
        Assert.DoesNotContain(new ReviewModel.Validation.ReviewValidator().Validate(document).Findings, f => f.RuleId == "RM0031");
    }
}
