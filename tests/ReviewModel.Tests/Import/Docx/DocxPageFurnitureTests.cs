using System.Linq;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewModel.Import;
using ReviewModel.Validation;
using Xunit;

namespace ReviewModel.Tests.Import.Docx;

/// <summary>Headers, footers and a cover page are not imported; one RMI011 says what was skipped. A deleted paragraph mark joins two paragraphs.</summary>
public class DocxPageFurnitureTests
{
    private const string Title = "某局领导班子2024年度民主生活会对照检查材料";

    private static DocxFile Body(DocxFile file) => file
        .P(Title)
        .P("一、存在的问题")
        .P("一是学习不够深入。满足于一般性学习。")
        .P("二、整改措施")
        .P("1.深化理论学习。每月研讨1次。");

    [Fact]
    public void Headers_and_footers_are_skipped_with_one_note()
    {
        var result = Body(new DocxFile()).Header("内部资料 注意保存").Footer("第 页").Import();
        var note = result.Diagnostics.Single(d => d.Code == "RMI011");
        Assert.Equal(RuleSeverity.Info, note.Severity);
        Assert.Equal(new object[] { 1, 1, 0 }, note.Arguments.ToArray());
        Assert.Equal("未导入页眉 1 个、页脚 1 个、封面 0 段", note.Message);
        Assert.DoesNotContain("内部资料", DocxFile.Shape(result));
        Assert.Equal(DocxFile.Shape(Body(new DocxFile()).Import()), DocxFile.Shape(result));
    }

    [Fact]
    public void A_cover_ending_in_a_section_break_is_skipped_and_paragraph_numbers_stay()
    {
        var coverEnd = new Paragraph(new ParagraphProperties(new SectionProperties()), new Run(DocxFile.Text("2025年1月")));
        var result = Body(new DocxFile()
                .P("中共某局委员会")
                .P(Title)
                .P(string.Empty)
                .Add(coverEnd))
            .Import();
        Assert.Equal(new object[] { 0, 0, 3 }, result.Diagnostics.Single(d => d.Code == "RMI011").Arguments.ToArray());
        Assert.Equal(Title, result.Document.Header.Title);
        Assert.Equal(DocxFile.Shape(Body(new DocxFile()).Import()), DocxFile.Shape(result));
        Assert.Equal(9, result.Document.AllMeasures.Single().Source!.Line);
    }

    [Fact]
    public void A_cover_ending_in_a_page_break_is_skipped()
    {
        var result = Body(new DocxFile()
                .P("中共某局委员会")
                .Add(new Paragraph(new Run(DocxFile.Text("二〇二五年一月")), new Run(new Break { Type = BreakValues.Page }))))
            .Import();
        Assert.Equal(2, result.Diagnostics.Single(d => d.Code == "RMI011").Arguments[2]);
        Assert.Equal(DocxFile.Shape(Body(new DocxFile()).Import()), DocxFile.Shape(result));
    }

    [Fact]
    public void A_title_page_whose_title_the_body_does_not_repeat_is_not_a_cover()
    {
        var result = new DocxFile()
            .P(Title)
            .Add(new Paragraph(new Run(DocxFile.Text("2025年1月")), new Run(new Break { Type = BreakValues.Page })))
            .P("一、存在的问题")
            .P("一是学习不够深入。满足于一般性学习。")
            .P("二、整改措施")
            .P("1.深化理论学习。每月研讨1次。")
            .Import();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RMI011");
        Assert.Equal(Title, result.Document.Header.Title);
    }

    [Fact]
    public void A_page_break_after_sentences_is_not_a_cover()
    {
        var result = new DocxFile()
            .P(Title)
            .Add(new Paragraph(new Run(DocxFile.Text("按照要求，现将有关情况报告如下。")), new Run(new Break { Type = BreakValues.Page })))
            .P("一、存在的问题")
            .P("一是学习不够深入。满足于一般性学习。")
            .Import();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RMI011");
        Assert.Equal("按照要求，现将有关情况报告如下。", result.Document.Preamble.Single().Text);
    }

    [Fact]
    public void A_plain_document_has_no_note()
    {
        Assert.DoesNotContain(Body(new DocxFile()).Import().Diagnostics, d => d.Code == "RMI011");
    }

    [Fact]
    public void A_deleted_paragraph_mark_joins_the_paragraph_with_the_next_and_an_inserted_one_is_kept()
    {
        var deletedMark = new Paragraph(
            new ParagraphProperties(new ParagraphMarkRunProperties(new Deleted { Id = "1", Author = "李审阅" })),
            new Run(DocxFile.Text("一是学习不够深入，")));
        var insertedMark = new Paragraph(
            new ParagraphProperties(new ParagraphMarkRunProperties(new Inserted { Id = "2", Author = "李审阅" })),
            new Run(DocxFile.Text("二是调研不够扎实。")));
        var file = new DocxFile()
            .P(Title)
            .P("一、存在的问题")
            .Add(deletedMark)
            .P("满足于一般性学习。")
            .Add(insertedMark)
            .P("习惯于听汇报。")
            .P("二、整改措施")
            .P("1.深化理论学习。每月研讨1次。");
        var lines = file.ReadText().Split('\n');
        Assert.Equal("一是学习不够深入，满足于一般性学习。", lines[2]);
        Assert.Equal(string.Empty, lines[3]);
        Assert.Equal("二是调研不够扎实。", lines[4]);
        Assert.Equal("习惯于听汇报。", lines[5]);

        var result = file.Import();
        var problems = result.Document.AllProblems.ToList();
        Assert.Equal("一是学习不够深入，满足于一般性学习。", "一是" + problems[0].Lead + problems[0].Body);
        Assert.Equal(3, problems[0].Source!.Line);
        Assert.Equal(8, result.Document.AllMeasures.Single().Source!.Line);
        Assert.Contains(result.Diagnostics, d => d.Code == "RMI010");
    }

    [Theory]
    [InlineData("- 1 -")]
    [InlineData("第 2 页 共 4 页")]
    [InlineData("—3—")]
    public void A_decorated_page_number_pasted_into_a_Word_file_is_page_chrome(string pageNumber)
    {
        var result = new DocxFile()
            .P(Title)
            .P("一、存在的问题")
            .P("一是学习不够深入。满足于一般性学习。")
            .P(pageNumber)
            .P("二是调研不够。深入基层少。")
            .P("二、整改措施")
            .P("1.深化理论学习。每月研讨1次。")
            .Import();
        Assert.Contains(result.Skipped, p => p.Text.Length > 0 && pageNumber.Contains(p.Text)); // "- 1 -" reads as a bullet "1 -" first
        Assert.Equal(2, result.Document.AllProblems.Count());
    }

    [Fact]
    public void A_bare_number_paragraph_in_a_Word_file_is_kept()
    {
        var result = new DocxFile()
            .P(Title)
            .P("一、存在的问题")
            .P("一是学习不够深入。满足于一般性学习。")
            .P("12")
            .P("二、整改措施")
            .P("1.深化理论学习。每月研讨1次。")
            .Import();
        Assert.DoesNotContain(result.Skipped, p => p.Text == "12");
    }
}
