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
}
