using System.Linq;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewModel.Import;
using Xunit;

namespace ReviewModel.Tests.Import.Docx;

/// <summary>What Word puts around text: fields, hyperlinks, smart tags, content controls, tabs and breaks, footnotes, tables.</summary>
public class DocxInlineContentTests
{
    [Fact]
    public void Fields_show_their_result_not_their_code()
    {
        var text = new DocxFile().Add(new Paragraph(
                new Run(DocxFile.Text("见第")),
                new SimpleField(new Run(DocxFile.Text("5"))) { Instruction = " PAGE " },
                new Run(DocxFile.Text("页，")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" REF _Ref123 \\h ")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                new Run(DocxFile.Text("整改措施")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End })))
            .ReadText();
        Assert.Equal("见第5页，整改措施", text);
    }

    [Fact]
    public void Hyperlinks_smart_tags_and_content_controls_are_read_in_order()
    {
        var text = new DocxFile()
            .Add(new Paragraph(
                new Run(DocxFile.Text("甲")),
                new Hyperlink(new Run(DocxFile.Text("乙"))) { Anchor = "x" },
                new SdtRun(new SdtContentRun(new Run(DocxFile.Text("丙")))),
                new Run(new TabChar(), DocxFile.Text("丁")),
                new Run(new Break(), DocxFile.Text("戊"))))
            .Add(new SdtBlock(new SdtContentBlock(DocxFile.Para("控件中的段落"))))
            .ReadText().Split('\n');
        Assert.Equal(2, lines(text));
        Assert.StartsWith("甲乙丙\t丁", text[0]);
        Assert.EndsWith("戊", text[0]);
        Assert.Equal("控件中的段落", text[1]);

        static int lines(string[] t) => t.Length;
    }

    [Fact]
    public void A_footnote_is_kept_with_its_paragraph_once()
    {
        var lines = new DocxFile()
            .Footnote(1, "数据来自2024年统计。")
            .Add(new Paragraph(new Run(DocxFile.Text("拨付平均用时超过30天。")), new Run(new FootnoteReference { Id = 1 })))
            .Add(new Paragraph(new Run(DocxFile.Text("再次引用。")), new Run(new FootnoteReference { Id = 1 })))
            .ReadText().Split('\n');
        Assert.Equal(new[] { "拨付平均用时超过30天。（注：数据来自2024年统计。）", "再次引用。" }, lines);
    }

    [Fact]
    public void A_table_is_kept_as_text_in_reading_order_never_dropped()
    {
        var table = new Table(
            new TableRow(new TableCell(DocxFile.Para("学习情况")), new TableCell(DocxFile.Para("次数"))),
            new TableRow(new TableCell(DocxFile.Para("集中学习研讨")), new TableCell(DocxFile.Para("12"))));
        var file = new DocxFile()
            .P("某局领导班子2025年度民主生活会对照检查材料")
            .P("按照要求，班子认真开展会前学习。情况如下：")
            .Add(table)
            .P("一、存在的问题")
            .P("一是学习不够深入。满足于一般性学习。");
        Assert.Equal(new[] { "学习情况", "次数", "集中学习研讨", "12" }, file.ReadText().Split('\n').Skip(2).Take(4));
        var result = file.Import();
        var all = string.Concat(ImportAccounting.ElementTexts(result.Document));
        foreach (var cell in new[] { "学习情况", "次数", "集中学习研讨", "12" })
        {
            Assert.Contains(cell, all);
        }

        Assert.Single(result.Document.AllProblems);
    }

    [Fact]
    public void A_text_box_is_read_once_and_its_fallback_not_at_all()
    {
        static Picture Box() => new(new DocumentFormat.OpenXml.Vml.Shape(new DocumentFormat.OpenXml.Vml.TextBox(new TextBoxContent(DocxFile.Para("文本框中的话")))));
        var outer = new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
            new Run(DocxFile.Text("正文")),
            new Run(new DocumentFormat.OpenXml.AlternateContent(
                new DocumentFormat.OpenXml.AlternateContentChoice(Box()) { Requires = "v" },
                new DocumentFormat.OpenXml.AlternateContentFallback(Box()))));
        var lines = new DocxFile().Add(outer).ReadText().Split('\n');
        Assert.Equal(new[] { "正文", "文本框中的话" }, lines);
    }
}
