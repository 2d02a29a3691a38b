using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using CsCheck;
using ReviewModel.Import;
using ReviewModel.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Xunit;

namespace ReviewModel.Tests.Import;

public class DocxImportTests
{
    /// <summary>A small material written as a Word document: heading styles, a bold lead run, a table.</summary>
    private static MemoryStream BuildDocx()
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, true))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            body.Append(Paragraph("某县财政局领导班子2025年度民主生活会对照检查材料"));
            body.Append(Paragraph("局领导班子认真开展会前学习，征求意见建议12条。现报告如下。"));
            body.Append(Paragraph(string.Empty));
            body.Append(Heading("一、存在的问题", 1));
            body.Append(Paragraph("（一）在带头强化政治忠诚、提高政治能力方面"));
            body.Append(BoldLead("一是政治理论学习不够深入。", "满足于一般性学习，研讨交流不够。"));
            body.Append(BoldLead("二是贯彻落实有偏差。", "个别政策落地慢。比如，惠企资金拨付平均用时超过30天。"));
            body.Append(Paragraph("（二）在带头干事创业、担当作为方面"));
            body.Append(Paragraph("一是改革攻坚劲头不足。二是预算绩效管理不够精细。"));
            body.Append(Heading("二、原因剖析", 1));
            body.Append(Paragraph("（一）理论武装不够。学习缺乏系统性。"));
            body.Append(Heading("三、整改措施", 1));
            body.Append(Paragraph("（一）深化理论学习。每月开展一次专题研讨。（责任人：局党组书记；完成时限：2025年12月31日）"));
            var table = new Table(new TableRow(new TableCell(Paragraph("（二）提升资金拨付效率。惠企资金拨付用时压缩到15天以内。"))));
            body.Append(table);
        }

        stream.Position = 0;
        return stream;
    }

    private static Paragraph Paragraph(string text) => new(new Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph Heading(string text, int level) =>
        new(new ParagraphProperties(new OutlineLevel { Val = level - 1 }), new Run(new W.Text(text)));

    private static Paragraph BoldLead(string lead, string rest) =>
        new(new Run(new RunProperties(new Bold()), new W.Text(lead)), new Run(new W.Text(rest)));

    [Fact]
    public void Imports_paragraphs_headings_bold_leads_and_tables_with_paragraph_positions()
    {
        using var stream = BuildDocx();
        var result = ReviewImporter.ImportDocx(stream, ImportOptions.Default.WithFile("material.docx"));
        var document = result.Document;
        Assert.Equal("某县财政局领导班子2025年度民主生活会对照检查材料", document.Header.Title);
        Assert.Equal(new[] { SectionKind.Problems, SectionKind.Causes, SectionKind.Measures }, document.Sections.Select(s => s.Kind));

        var aspects = document.Problems!.Aspects;
        Assert.Equal(new[] { "2025-annual.1", "2025-annual.4" }, aspects.Select(a => a.AspectId));
        Assert.Equal(new[] { 2, 2 }, aspects.Select(a => a.Problems.Count));

        // The bold run after the marker is the lead; the line is the paragraph number.
        var second = aspects[0].Problems[1];
        Assert.Equal("贯彻落实有偏差。", second.Lead);
        Assert.Equal(new SourceLocation("material.docx", 7, 3), second.Source);
        Assert.StartsWith("比如，惠企资金", second.Examples.Single().Text);

        // A measure in a table cell is read in document order.
        var measures = document.Measures!.Measures;
        Assert.Equal(new[] { "深化理论学习。", "提升资金拨付效率。" }, measures.Select(m => m.Title));
        Assert.Equal("局党组书记", measures[0].Owners.Single());
        Assert.Equal(14, measures[1].Source!.Line);
    }

    [Fact]
    public void Loses_no_text()
    {
        using var stream = BuildDocx();
        var result = ReviewImporter.ImportDocx(stream);
        using var again = BuildDocx();
        using var word = WordprocessingDocument.Open(again, false);
        var text = string.Join("\n", word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
        Assert.Null(ImportAccounting.Check(text, result));
    }

    [Fact]
    public void Damaged_docx_files_import_or_fail_clearly()
    {
        byte[] valid;
        using (var stream = BuildDocx())
        {
            valid = stream.ToArray();
        }

        Gen.Select(Gen.Int[0, valid.Length - 1].Array[1, 8], Gen.Byte.Array[1, 8], Gen.Int[1, valid.Length])
            .Sample((positions, bytes, length) =>
            {
                var damaged = valid.Take(length).ToArray();
                for (var i = 0; i < positions.Length; i++)
                {
                    if (positions[i] < damaged.Length)
                    {
                        damaged[positions[i]] = bytes[i % bytes.Length];
                    }
                }

                try
                {
                    using var stream = new MemoryStream(damaged);
                    Assert.NotNull(ReviewImporter.ImportDocx(stream).Document);
                }
                catch (ReviewImportException e)
                {
                    Assert.False(string.IsNullOrWhiteSpace(e.Reason));
                }
            }, iter: 100);
    }

    [Fact]
    public void A_file_that_is_not_a_docx_is_a_clear_error()
    {
        using var stream = new MemoryStream(new byte[] { (byte)'P', (byte)'K', 3, 4, 1, 2, 3 });
        var error = Assert.Throws<ReviewImportException>(() => ReviewImporter.ImportDocx(stream, ImportOptions.Default.WithFile("broken.docx")));
        Assert.Equal("broken.docx", error.File);
        Assert.Contains("DOCX", error.Message);
    }
}
