using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using ReviewModel.Import;
using ReviewModel.Model;
using ReviewModel.Serialization;
using Xunit;

namespace ReviewModel.Tests.Import.Docx.Corpus;

/// <summary>
/// Every file of the DOCX corpus imports to the same document as its content typed with literal numbers (the model
/// compared whole, through its JSON, leaving out source locations and the comments the typed text cannot have), and
/// so does the same file after a round trip through LibreOffice (converted once, committed under LibreOffice/).
/// </summary>
public class DocxCorpusTests
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in DocxCorpus.All)
        {
            data.Add(c.Name);
        }

        return data;
    }

    private static DocxCorpus.Case Find(string name) => DocxCorpus.All.Single(c => c.Name == name);

    /// <summary>The document as JSON without positions or comments: what the Word file and the typed text must agree on.</summary>
    internal static string Model(ReviewDocument document) => ModelJson.Of(document, "comments");

    private static ImportResult Typed(DocxCorpus.Case c) =>
        ReviewImporter.Import(c.Typed, ImportOptions.Default.WithFile("material.md").WithFormat(ImportFormat.Markdown));

    [Fact]
    public void The_corpus_has_at_least_20_files()
    {
        Assert.True(DocxCorpus.All.Count >= 20, $"{DocxCorpus.All.Count} files");
        Assert.Equal(DocxCorpus.All.Count, DocxCorpus.All.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_corpus_file_imports_to_the_same_document_as_its_content_typed(string name)
    {
        var c = Find(name);
        var fromWord = c.Build().Import();
        var typed = Typed(c);
        Assert.NotEmpty(typed.Document.AllProblems);
        Assert.NotEmpty(typed.Document.AllMeasures);
        Assert.Equal(Model(typed.Document), Model(fromWord.Document));
        c.Check?.Invoke(fromWord);
    }

    /// <summary>The file after LibreOffice opened and saved it (<c>soffice --headless --convert-to docx</c>), committed.</summary>
    [Theory]
    [MemberData(nameof(Names))]
    public void A_corpus_file_saved_by_LibreOffice_imports_to_the_same_document(string name)
    {
        var c = Find(name);
        var path = Path.Combine(AppContext.BaseDirectory, "Import", "Docx", "Corpus", "LibreOffice", name + ".docx");
        Assert.True(File.Exists(path), $"missing {path}: run tools/docx-corpus.sh");
        var fromLibreOffice = ReviewImporter.ImportFile(path, ImportOptions.Default.WithFile("material.docx"));
        var typed = Typed(c).Document;
        if (c.LibreOfficeDiffers == DocxCorpus.BlockControlRepeated)
        {
            // LibreOffice's own loss, read faithfully: the opening paragraph four times over; everything else the same.
            var preamble = fromLibreOffice.Document.Preamble.Single().Text;
            Assert.Equal(string.Concat(Enumerable.Repeat(DocxCorpus.Preamble, 4)), preamble);
            var rest = new ReviewDocument(fromLibreOffice.Document.Header, typed.Preamble, fromLibreOffice.Document.Sections, fromLibreOffice.Document.Waivers);
            Assert.Equal(Model(typed), Model(rest));
        }
        else
        {
            Assert.Equal(Model(typed), Model(fromLibreOffice.Document));
        }

        c.Check?.Invoke(fromLibreOffice);
    }

    /// <summary>Writes the corpus's .docx files to <c>REVIEWMODEL_DOCX_CORPUS_OUT</c> (for the LibreOffice conversion), or to a
    /// temporary folder; each written file opens again as the same document.</summary>
    [Fact]
    public void The_corpus_files_can_be_written_for_conversion()
    {
        var target = Environment.GetEnvironmentVariable("REVIEWMODEL_DOCX_CORPUS_OUT");
        var directory = target ?? Directory.CreateTempSubdirectory("rm-docx-corpus-").FullName;
        try
        {
            Directory.CreateDirectory(directory);
            foreach (var c in DocxCorpus.All)
            {
                var path = Path.Combine(directory, c.Name + ".docx");
                using (var stream = c.Build().Save())
                {
                    File.WriteAllBytes(path, stream.ToArray());
                }

                Assert.Equal(Model(c.Build().Import().Document), Model(ReviewImporter.ImportFile(path, ImportOptions.Default.WithFile("material.docx")).Document));
            }
        }
        finally
        {
            if (target is null)
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
