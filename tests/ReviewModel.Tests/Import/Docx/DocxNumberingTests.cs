using System.Linq;
using ReviewModel.Import;
using ReviewModel.Model;
using ReviewModel.Validation;
using Xunit;
using Lvl = ReviewModel.Tests.Import.Docx.DocxFile.Lvl;

namespace ReviewModel.Tests.Import.Docx;

/// <summary>Word's automatic numbering is read as Word displays it, and the structure is the same as with typed numbers.</summary>
public class DocxNumberingTests
{
    private const string Title = "某区委常委班子2024年度民主生活会对照检查材料";
    private const string Preamble = "按照区委要求，班子成员认真学习、广泛征求意见。现将有关情况报告如下。";

    /// <summary>
    /// The issue's example: headings in Word heading styles numbered 一、 and （一） through the styles, problems,
    /// causes and measures as automatically numbered lists, each list restarted by a new numbering instance.
    /// </summary>
    private static DocxFile IssueExample() => new DocxFile()
        .Style("Normal", "Normal", isDefault: true)
        .Style("Heading1", "heading 1", "Normal", outline: 0, numId: 1)
        .Style("Heading2", "heading 2", "Normal", outline: 1, numId: 1, ilvl: 1)
        .Abstract(0, new Lvl("chineseCounting", "%1、", Style: "Heading1"), new Lvl("chineseCounting", "（%2）", Style: "Heading2"))
        .Abstract(1, new Lvl("decimal", "%1."))
        .Num(1, 0)
        .Num(2, 1)
        .Num(3, 1, (0, 1, null))
        .Num(4, 1, (0, 1, null))
        .Num(5, 1, (0, 1, null))
        .P(Title)
        .P(Preamble)
        .P("存在的问题", "Heading1")
        .P("在带头强化政治忠诚、提高政治能力方面", "Heading2")
        .P("满足于一般性学习，研讨交流不够。", numId: 2, ilvl: 0, boldLead: "政治理论学习不够深入。")
        .P("个别政策落地慢。比如，惠企资金拨付平均用时超过30天。", numId: 2, ilvl: 0, boldLead: "贯彻落实有偏差。")
        .P("在带头干事创业、担当作为方面", "Heading2")
        .P("面对改革难题有畏难情绪。", numId: 3, ilvl: 0, boldLead: "改革攻坚劲头不足。")
        .P("原因剖析", "Heading1")
        .P("学习缺乏系统性，没有做到学思用贯通。", numId: 4, ilvl: 0, boldLead: "理论武装不够。")
        .P("担当精神不足，抓落实的韧劲不够。", numId: 4, ilvl: 0, boldLead: "责任意识有所弱化。")
        .P("整改措施", "Heading1")
        .P("每月开展一次专题研讨。（责任人：区委书记；完成时限：2025年6月30日）", numId: 5, ilvl: 0, boldLead: "深化理论学习。")
        .P("每季度开展1次专项督查。（责任人：区委副书记；完成时限：2025年12月31日）", numId: 5, ilvl: 0, boldLead: "压实工作责任。");

    /// <summary>The same content with the numbers typed.</summary>
    private const string Typed = Title + "\n" + Preamble + "\n"
        + "一、存在的问题\n（一）在带头强化政治忠诚、提高政治能力方面\n"
        + "1.**政治理论学习不够深入。**满足于一般性学习，研讨交流不够。\n"
        + "2.**贯彻落实有偏差。**个别政策落地慢。比如，惠企资金拨付平均用时超过30天。\n"
        + "（二）在带头干事创业、担当作为方面\n"
        + "1.**改革攻坚劲头不足。**面对改革难题有畏难情绪。\n"
        + "二、原因剖析\n"
        + "1.**理论武装不够。**学习缺乏系统性，没有做到学思用贯通。\n"
        + "2.**责任意识有所弱化。**担当精神不足，抓落实的韧劲不够。\n"
        + "三、整改措施\n"
        + "1.**深化理论学习。**每月开展一次专题研讨。（责任人：区委书记；完成时限：2025年6月30日）\n"
        + "2.**压实工作责任。**每季度开展1次专项督查。（责任人：区委副书记；完成时限：2025年12月31日）\n";

    [Fact]
    public void The_issue_example_reads_its_numbers_as_Word_shows_them()
    {
        var lines = IssueExample().ReadText().Split('\n');
        Assert.Equal("一、存在的问题", lines[2]);
        Assert.Equal("（一）在带头强化政治忠诚、提高政治能力方面", lines[3]);
        Assert.Equal("1.政治理论学习不够深入。满足于一般性学习，研讨交流不够。", lines[4]);
        Assert.Equal("2.贯彻落实有偏差。个别政策落地慢。比如，惠企资金拨付平均用时超过30天。", lines[5]);
        Assert.Equal("（二）在带头干事创业、担当作为方面", lines[6]);
        Assert.Equal("1.改革攻坚劲头不足。面对改革难题有畏难情绪。", lines[7]);
        Assert.Equal("二、原因剖析", lines[8]);
        Assert.Equal("2.责任意识有所弱化。担当精神不足，抓落实的韧劲不够。", lines[10]);
        Assert.Equal("三、整改措施", lines[11]);
    }

    [Fact]
    public void The_issue_example_imports_causes_and_measures_and_check_finds_every_section()
    {
        var result = IssueExample().Import();
        var document = result.Document;
        Assert.Equal(new[] { SectionKind.Problems, SectionKind.Causes, SectionKind.Measures }, document.Sections.Select(s => s.Kind));
        Assert.Equal(new[] { 2, 1 }, document.Problems!.Aspects.Select(a => a.Problems.Count));
        Assert.Equal(new[] { "理论武装不够。", "责任意识有所弱化。" }, document.Causes!.Causes.Select(c => c.Title));
        Assert.Empty(document.Causes.Intro);
        Assert.Equal(new[] { "深化理论学习。", "压实工作责任。" }, document.Measures!.Measures.Select(m => m.Title));
        Assert.Equal("区委副书记", document.Measures.Measures[1].Owners.Single());
        Assert.Empty(document.Measures.Intro);

        // Positions stay paragraph numbers.
        Assert.Equal(10, document.Causes.Causes[0].Source!.Line);
        Assert.Equal(14, document.Measures.Measures[1].Source!.Line);

        var findings = ReviewValidator.ValidateDocument(document);
        Assert.DoesNotContain(findings.Findings, f => f.RuleId == "RM0001" && ($"{f.Location.Path}".StartsWith("causes", System.StringComparison.Ordinal) || $"{f.Location.Path}".StartsWith("measures", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void The_issue_example_imports_to_the_same_document_as_typed_numbers()
    {
        var fromWord = IssueExample().Import();
        var typed = ReviewImporter.Import(Typed, ImportOptions.Default.WithFile("material.md").WithFormat(ImportFormat.Markdown));
        Assert.Equal(DocxFile.Shape(typed), DocxFile.Shape(fromWord));
    }
}
