using System;
using System.IO;
using System.Linq;
using ReviewModel.Import;
using ReviewModel.Model;
using ReviewModel.Rendering.Docx;
using Xunit;

namespace ReviewModel.Tests.Hardening;

/// <summary>Crashes the round-trip property found in rendering (issue 10, "render → import never throws").</summary>
public sealed class RenderingCrashTests
{
    [Theory]
    [InlineData("度")]
    [InlineData("度某区教育局党组2025年度民主生活会对照检查材料（关于深入学习贯彻党的创新理论）")]
    [InlineData("度度度度度度度度度度度度度度度度度度度度度度度度度度度度度度度度度度度度度度度度度度")]
    public void A_title_starting_with_du_splits_without_an_index_error(string start)
    {
        // Every line width and every length up to three lines: a first cut after one character reads text[-1] on main.
        for (var width = 2; width <= 30; width++)
        {
            for (var length = start.Length; length <= 3 * width + 1; length++)
            {
                var title = (start + new string('学', length)).Substring(0, length);

                var lines = TitleSplitter.Split(title, width);

                Assert.Equal(title, string.Concat(lines));
            }
        }
    }

    [Fact]
    public void A_document_whose_title_starts_with_du_renders_as_docx_and_imports_back()
    {
        const string title = "度某区教育局党组2025年度民主生活会对照检查材料及有关情况的报告说明";
        var document = new ReviewDocument(new DocumentHeader(title, ReviewSubject.Team("某区教育局", "党组")), ValueList.Of(new Paragraph("现将有关情况报告如下。", null)), ValueList<Section>.Empty);
        using var docx = new MemoryStream();

        DocxRenderer.Render(document, docx);
        docx.Position = 0;

        var back = ReviewImporter.ImportDocx(docx).Document;
        Assert.Equal(title, back.Header.Title.Replace(" ", string.Empty)); // the title's line break reads as a space
    }

    [Theory]
    [InlineData("某区教育局党组2025年度民主生活会\u001B对照检查材料", "某区教育局", "党组")]
    [InlineData("某区教育局党组2025年度民主生活会对照检查材料", "某区\u000C教育局", "党组")]
    [InlineData("某区教育局党组2025年度民主生活会对照检查材料\uD800", "某区\u000B教育局", "党组")]
    public void Control_characters_in_the_header_render_as_docx_properties_replaced_not_thrown(string title, string organisation, string body)
    {
        // Found by the fuzz run: a C0 control character in the title or organisation reached docProps/core.xml and
        // app.xml unescaped, and XmlWriter threw ArgumentException ("hexadecimal value 0x1B, is an invalid character").
        var document = new ReviewDocument(new DocumentHeader(title, ReviewSubject.Team(organisation, body)), ValueList.Of(new Paragraph("现将有关情况报告如下。", null)), ValueList<Section>.Empty);

        var bytes = DocxRenderer.RenderToBytes(document);

        using var docx = new Rendering.Docx.DocxReader(bytes);
        var core = docx.Package.PackageProperties;
        Assert.Contains("\uFFFD", core.Title + core.Creator + docx.Package.ExtendedFilePropertiesPart!.Properties.Company!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(core.Title!, c => c < ' ');
        Assert.Empty(docx.Validate());
    }
}
