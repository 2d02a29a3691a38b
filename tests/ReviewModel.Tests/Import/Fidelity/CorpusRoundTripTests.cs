using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using ReviewModel.Import;
using ReviewModel.Model;
using ReviewModel.Rendering;
using ReviewModel.Rendering.Docx;
using ReviewModel.Serialization;
using Xunit;

namespace ReviewModel.Tests.Import.Fidelity;

/// <summary>
/// What we write we read back: for every corpus material, import → render (same format) → import gives an
/// equal document, and so does import → render DOCX → import. Documents are compared as their JSON without
/// source positions (which differ between the file and the rendering by construction).
/// </summary>
public class CorpusRoundTripTests
{
    public static TheoryData<string> Materials()
    {
        var data = new TheoryData<string>();
        foreach (var material in CorpusMaterial.All())
        {
            data.Add(material.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Materials))]
    public void Render_in_the_same_format_then_import_gives_the_same_document(string name)
    {
        var material = CorpusMaterial.Named(name);
        var first = material.Import().Document;
        var options = ImportOptions.Default.WithFile("rendered." + material.Format);
        var second = material.Format switch
        {
            "md" => ReviewImporter.Import(new MarkdownRenderer().Render(first), options.WithFormat(ImportFormat.Markdown)).Document,
            "txt" => ReviewImporter.Import(new TextRenderer().Render(first), options.WithFormat(ImportFormat.PlainText)).Document,
            _ => ImportDocx(first, options),
        };
        AssertSame(first, second);
    }

    [Theory]
    [MemberData(nameof(Materials))]
    public void Render_as_docx_then_import_gives_the_same_document(string name)
    {
        var first = CorpusMaterial.Named(name).Import().Document;
        AssertSame(first, ImportDocx(first, ImportOptions.Default.WithFile("rendered.docx")));
    }

    private static ReviewDocument ImportDocx(ReviewDocument document, ImportOptions options)
    {
        using var stream = new MemoryStream(DocxRenderer.RenderToBytes(document));
        return ReviewImporter.ImportDocx(stream, options).Document;
    }

    private static void AssertSame(ReviewDocument expected, ReviewDocument actual) =>
        Assert.Equal(Comparable(expected), Comparable(actual));

    /// <summary>The document's JSON without source positions, one property per line.</summary>
    public static string Comparable(ReviewDocument document) => ModelJson.Of(document);
}
