using System.Linq;
using ReviewModel.Import;
using Xunit;

namespace ReviewModel.Tests.Import;

/// <summary>
/// Text that is one paragraph a line, except an opening broken at the page width (pasted from a PDF): the broken
/// lines join, and headings, even long ones, keep their own paragraph.
/// </summary>
public class WrappedLineTests
{
    private const string Rest = "一、存在的问题\n（一）在深入学习贯彻习近平新时代中国特色社会主义思想方面\n1．理论学习不够系统。中心组学习有时以读文件代替研讨。\n2．运用理论指导实践不够。统筹谋划不足。\n二、原因剖析\n（一）理论武装不够深入。对学习重要性认识不足。\n三、整改措施\n（一）强化理论武装。每月集中学习不少于1次。责任人：局党组书记；完成时限：2025年12月底。\n";

    [Fact]
    public void An_opening_broken_at_the_page_width_is_one_paragraph()
    {
        var text = "某局党组领导班子2024年度民主生活会对照检查材料\n根据县委《关于认真开好2024年度县以上党和国家机关党员领导干部民主生活会的通知》要求，局党组\n紧扣主题，会前集中学习研讨3次，征求意见建议28条，开展谈心谈话40余人次。现将对照检查情况报告\n如下。\n" + Rest;
        var result = ReviewImporter.Import(text);
        var opening = Assert.Single(result.Document.Preamble);
        Assert.StartsWith("根据县委", opening.Text);
        Assert.EndsWith("报告如下。", opening.Text);
        Assert.Equal(28, result.Document.Header.PreparationInOpening!.OpinionsSolicited);
    }

    [Fact]
    public void A_long_aspect_heading_followed_by_prose_keeps_its_own_paragraph()
    {
        var text = "某局党组领导班子2024年度民主生活会对照检查材料\n根据要求，现将对照检查情况报告如下。\n一、存在的问题\n（一）在带头深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”方面\n理论学习不够系统，中心组学习有时以读文件代替研讨，学用结合不紧，推动工作的能力不强。\n二、原因剖析\n（一）理论武装不够深入。对学习重要性认识不足。\n";
        var problems = ReviewImporter.Import(text).Document.Problems!;
        var group = Assert.Single(problems.Aspects);
        Assert.StartsWith("在带头深刻领悟", group.Heading);
        Assert.EndsWith("方面", group.Heading);
    }

    [Fact]
    public void Short_lines_without_punctuation_are_not_joined()
    {
        var text = "某局党组领导班子\n2024年度民主生活会对照检查材料\n根据要求，现将对照检查情况报告如下。\n" + Rest + "某局党组\n2025年1月16日\n";
        var result = ReviewImporter.Import(text);
        Assert.DoesNotContain(result.Document.Measures!.Measures, m => m.Body.Contains("某局党组2025年"));
    }
}
