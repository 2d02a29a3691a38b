using System.Linq;
using ReviewModel.Import;
using ReviewModel.Model;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Import;

/// <summary>
/// A finding inside an imported text points at the character it is about, also when the element's text is not one
/// run of the file: Markdown markup left out before it, or lines joined (a paragraph broken at the page width of a PDF).
/// </summary>
public class SourcePositionTests
{
    private const string Rest = "一、存在的问题\n（一）在深入学习贯彻习近平新时代中国特色社会主义思想方面\n1．理论学习不够系统。中心组学习有时以读文件代替研讨。\n二、原因剖析\n（一）理论武装不够深入。对学习重要性认识不足。\n三、整改措施\n（一）强化理论武装。每月集中学习不少于1次。责任人：局党组书记；完成时限：2025年12月底。\n";

    [Fact]
    public void A_placeholder_on_a_joined_line_is_reported_on_that_line_and_column()
    {
        var lines = new[]
        {
            "某局党组领导班子2024年度民主生活会对照检查材料",
            "根据县委《关于认真开好2024年度县以上党和国家机关党员领导干部民主生活会的通知》要求，局党组",
            "紧扣主题，会前集中学习研讨3次，征求意见建议xx条，开展谈心谈话40余人次。现将对照检查情况报告",
            "如下。",
        };
        var text = string.Join("\n", lines) + "\n" + Rest;
        var result = ReviewImporter.Import(text);
        Assert.Single(result.Document.Preamble); // the three lines are one paragraph

        var finding = Assert.Single(new ReviewValidator().Validate(result.Document).Findings, f => f.RuleId == "RM0007");

        Assert.Equal(3, finding.Location.Source!.Line);
        Assert.Equal(lines[2].IndexOf("xx条") + 1, finding.Location.Source.Column);
    }

    [Fact]
    public void Columns_after_several_pieces_of_markup_on_a_line_are_exact()
    {
        const string line = "（一）在**政治**建设方面。一是**学习**不够，仅学习xx次。二是*调研*少，走访x户。";
        var text = "# 某局党组2024年度民主生活会对照检查材料\n\n## 一、存在的问题\n\n" + line + "\n\n## 二、原因分析\n\n（一）理论学习不深入。\n";
        var result = ReviewImporter.Import(text, ImportOptions.Default.WithFormat(ImportFormat.Markdown));

        var findings = new ReviewValidator().Validate(result.Document).Findings.Where(f => f.RuleId == "RM0007").ToList();

        Assert.Equal(new[] { "xx次", "x" }, findings.Select(f => (string)f.Arguments[0]!));
        Assert.All(findings, f => Assert.Equal(5, f.Location.Source!.Line));
        Assert.Equal(new[] { line.IndexOf("xx次") + 1, line.IndexOf("x户") + 1 }, findings.Select(f => f.Location.Source!.Column));
    }

    [Fact]
    public void Where_the_characters_came_from_is_not_part_of_a_location_s_equality()
    {
        var text = "# 某局党组2024年度民主生活会对照检查材料\n\n## 一、存在的问题\n\n（一）在**政治**建设方面。\n";
        var first = ReviewImporter.Import(text, ImportOptions.Default.WithFormat(ImportFormat.Markdown)).Document;
        var again = ReviewImporter.Import(text, ImportOptions.Default.WithFormat(ImportFormat.Markdown)).Document;
        var source = first.Problems!.Aspects[0].Source!;

        Assert.Equal(first, again);
        Assert.Equal(new SourceLocation(source.File, source.Line, source.Column), source);
        Assert.Equal(new SourceLocation(source.File, source.Line, source.Column).GetHashCode(), source.GetHashCode());
    }
}
