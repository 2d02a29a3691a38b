using System.Linq;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewModel.Import;
using ReviewModel.Model;
using Xunit;

namespace ReviewModel.Tests.Import.Docx;

/// <summary>Heading styles by name (Word's, Chinese Word's, WPS's) and by outline level, inherited through basedOn.</summary>
public class DocxHeadingStyleTests
{
    private static int[] Levels(DocxFile file)
    {
        using var stream = file.Save();
        return DocxReader.Read(stream, null).Lines.Select(l => l.HeadingLevel).ToArray();
    }

    [Fact]
    public void Heading_names_outline_levels_and_inheritance_all_give_levels()
    {
        var levels = Levels(new DocxFile()
            .Style("Heading1", "heading 1")
            .Style("a1", "标题 1")
            .Style("a2", "标题2")
            .Style("2", "Heading 2")
            .Style("MyHeading", "我的大标题", basedOn: "Heading1")
            .Style("Outline", "章节名", outline: 2)
            .Style("OutlineChild", "章节名子样式", basedOn: "Outline")
            .Style("Body", "正文缩进", basedOn: "Heading1", outline: 9)
            .Style("Loop1", "循环甲", basedOn: "Loop2")
            .Style("Loop2", "循环乙", basedOn: "Loop1")
            .P("a", "Heading1")
            .P("b", "a1")
            .P("c", "a2")
            .P("d", "2")
            .P("e", "MyHeading")
            .P("f", "Outline")
            .P("g", "OutlineChild")
            .P("h", "Body")
            .P("i", "Loop1")
            .P("j", "NoSuchStyle")
            .P("k"));
        Assert.Equal(new[] { 1, 1, 2, 2, 1, 3, 3, 0, 0, 0, 0 }, levels);
    }

    [Fact]
    public void A_direct_outline_level_wins_over_the_style()
    {
        var body = new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }, new OutlineLevel { Val = 9 }), new Run(DocxFile.Text("正文")));
        Assert.Equal(new[] { 0 }, Levels(new DocxFile().Style("Heading1", "heading 1").Add(body)));
    }

    [Fact]
    public void Sections_under_custom_heading_styles_are_found()
    {
        var result = new DocxFile()
            .Style("Normal", "Normal", isDefault: true)
            .Style("BigTitle", "公文一级标题", basedOn: "Normal", outline: 0)
            .P("某局领导班子2025年度民主生活会对照检查材料")
            .P("一、存在的问题", "BigTitle")
            .P("一是学习不够深入。满足于一般性学习。")
            .P("二、原因剖析", "BigTitle")
            .P("一是理论武装不够。学习缺乏系统性。")
            .Import();
        Assert.Equal(new[] { SectionKind.Problems, SectionKind.Causes }, result.Document.Sections.Select(s => s.Kind));
        Assert.Equal("理论武装不够。", result.Document.Causes!.Causes.Single().Title);
    }
}
