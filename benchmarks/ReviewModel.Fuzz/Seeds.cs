using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using ReviewModel.Import;
using ReviewModel.Model;
using ReviewModel.Rendering.Docx;
using ReviewModel.Samples;
using ReviewModel.Serialization;

namespace ReviewModel.Fuzz;

/// <summary>The inputs mutations start from: the test fixtures (text), their documents as JSON, and as DOCX.</summary>
internal sealed class Seeds
{
    private Seeds(string[] texts, string[] json, (byte[] Package, string DocumentXml)[] docx)
    {
        Texts = texts;
        Json = json;
        Docx = docx;
    }

    public string[] Texts { get; }

    public string[] Json { get; }

    /// <summary>DOCX packages, each with its word/document.xml as text for XML-level mutation.</summary>
    public (byte[] Package, string DocumentXml)[] Docx { get; }

    public static Seeds Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Seeds");
        var texts = Directory.GetFiles(folder, "*.*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var documents = new List<ReviewDocument> { PartyHistory2021Sample.Build() };
        foreach (var text in texts)
        {
            try
            {
                documents.Add(ReviewImporter.Import(text).Document);
            }
            catch (ReviewImportException)
            {
            }
        }

        var json = documents.Select(ReviewJson.Serialize).ToArray();
        var docx = documents.Take(4).Select(d =>
        {
            using var stream = new MemoryStream();
            DocxRenderer.Render(d, stream);
            var package = stream.ToArray();
            return (package, ReadEntry(package, "word/document.xml"));
        }).ToArray();
        return new Seeds(texts.ToArray(), json, docx);
    }

    public static string ReadEntry(byte[] package, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The package with word/document.xml replaced.</summary>
    public static byte[] WithDocumentXml(byte[] package, string documentXml)
    {
        var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var write = target.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                if (entry.FullName == "word/document.xml")
                {
                    var bytes = Encoding.UTF8.GetBytes(documentXml);
                    write.Write(bytes, 0, bytes.Length);
                }
                else
                {
                    using var read = entry.Open();
                    read.CopyTo(write);
                }
            }
        }

        return output.ToArray();
    }
}
