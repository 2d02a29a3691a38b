using System.Linq;
using ReviewModel.Import;
using ReviewModel.Model;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Import.Markdown;

/// <summary>A whole <c>.md</c> material read through Markdig: the genre's structure, positions of elements and
/// findings (line and column in the file), and Markdown syntax that must not look like a placeholder.</summary>
public class MarkdownImportTests
{
    private const string Source =
        "# 某区教育局党组2025年度民主生活会对照检查材料\n" +
        "\n" +
        "根据区委统一部署，局党组认真开展学习研讨和检视剖析。现报告如下。\n" +
        "\n" +
        "## 一、存在的问题\n" +
        "\n" +
        "### （一）在带头强化政治忠诚、提高政治能力方面\n" +
        "\n" +
        "**一是政治判断力有待增强。** 对意识形态风险研判不够及时，每周研判只有xx次。\n" +
        "\n" +
        "**二是政治执行力还有差距。** 落实“双减”部署存在\\*上热中温下冷\\*的**重点**问题。\n" +
        "\n" +
        "> **三是调查研究不够深入。** 下基层 _次数_ 偏少，`1+X` 证书工作推进慢。\n" +
        "\n" +
        "## 二、原因剖析\n" +
        "\n" +
        "1. **理论学习不够深入。** 学用结合不紧。\n" +
        "2. **党性修养有所弱化。** 宗旨意识淡化。\n" +
        "\n" +
        "## 三、整改措施\n" +
        "\n" +
        "1. **强化理论武装。** 每月集中学习1次。责任人：局党组书记。完成时限：2025年12月31日前。\n" +
        "2. **改进调查研究。** 每季度到基层调研1次。责任人：局长。完成时限：2025年12月31日前。\n";

    private static readonly ImportResult Result = ReviewImporter.Import(Source, ImportOptions.Default.WithFile("team.review.md"));

    private static (int Line, int Column) At(string text, int occurrence = 0)
    {
        var index = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            index = Source.IndexOf(text, index + 1, System.StringComparison.Ordinal);
        }

        var line = Source.Take(index).Count(c => c == '\n') + 1;
        var column = index - Source.LastIndexOf('\n', index - 1 < 0 ? 0 : index - 1);
        return (line, column);
    }

    [Fact]
    public void The_genre_structure_comes_from_the_importers_recognisers()
    {
        var document = Result.Document;
        Assert.Equal("某区教育局党组2025年度民主生活会对照检查材料", document.Header.Title);
        Assert.Equal(new[] { SectionKind.Problems, SectionKind.Causes, SectionKind.Measures }, document.Sections.Select(s => s.Kind));
        var aspect = Assert.Single(document.Problems!.Aspects);
        Assert.Equal(
            new[] { "政治判断力有待增强。", "政治执行力还有差距。", "调查研究不够深入。" },
            aspect.Problems.Select(p => p.Lead));
        Assert.Equal(2, document.Causes!.Causes.Count);
        Assert.Equal(new[] { "强化理论武装。", "改进调查研究。" }, document.Measures!.Measures.Select(m => m.Title));
    }

    [Fact]
    public void Escapes_and_emphasis_are_removed_from_the_text()
    {
        var problems = Result.Document.Problems!.Aspects[0].Problems;
        Assert.Contains("存在*上热中温下冷*的重点问题。", problems[1].Body);
        Assert.Contains("下基层 次数 偏少，1+X 证书", problems[2].Body);
    }

    [Fact]
    public void Elements_point_at_their_line_and_column_in_the_file()
    {
        var problems = Result.Document.Problems!.Aspects[0].Problems;
        // An item's position is its text after the number (一是, 2.), inside the bold markup.
        Assert.Equal(At("政治判断力"), (problems[0].Source!.Line, problems[0].Source!.Column));
        Assert.Equal(At("政治执行力"), (problems[1].Source!.Line, problems[1].Source!.Column));
        Assert.Equal(At("调查研究不够深入"), (problems[2].Source!.Line, problems[2].Source!.Column));
        var measure = Result.Document.Measures!.Measures[1];
        Assert.Equal(At("改进调查研究"), (measure.Source!.Line, measure.Source!.Column));
    }

    [Fact]
    public void The_placeholder_is_found_at_its_place_and_Markdown_syntax_gives_no_false_placeholder()
    {
        var findings = new ReviewValidator().Validate(Result.Document).Findings.Where(f => f.RuleId == "RM0007").ToList();

        var finding = Assert.Single(findings);
        Assert.Equal("xx次", finding.Arguments[0]);
        // Line and column are exact, although markup ("**") was left out of the element's text before it.
        var (line, column) = At("xx次");
        Assert.Equal(line, finding.Location.Source!.Line);
        Assert.Equal(column, finding.Location.Source.Column);
    }

    [Fact]
    public void A_pipe_table_in_the_genres_layout_gives_measures_with_their_owners_and_deadlines()
    {
        const string source =
            "# 某局党组2024年度民主生活会对照检查材料\n\n根据通知要求，认真查摆问题。\n\n## 一、存在的问题\n\n（一）政治建设方面\n\n一是学习不够深入。\n\n" +
            "## 二、整改措施\n\n| 序号 | 整改措施 | 责任人 | 完成时限 |\n| --- | --- | --- | --- |\n" +
            "| 1 | **加强理论学习**，每月集中学习1次 | 局党组书记 | 2024年12月31日前 |\n| 2 | 改进调查研究 | 局长 | 长期坚持 |\n";
        var measures = ReviewImporter.Import(source, ImportOptions.Default.WithFile("table.md")).Document.Measures!.Measures;

        Assert.Equal(2, measures.Count);
        Assert.StartsWith("加强理论学习", measures[0].Title + measures[0].Body);
        Assert.Equal("局党组书记", Assert.Single(measures[0].Owners));
        Assert.Equal(new NodaTime.LocalDate(2024, 12, 31), measures[0].Deadline!.Date);
        Assert.Equal("局长", Assert.Single(measures[1].Owners));
        Assert.Equal(16, measures[1].Source!.Line); // the row's line
    }
}
