using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReviewModel.Import;

namespace ReviewModel.Tests.Import.Fidelity;

/// <summary>
/// One material of the fidelity corpus (Import/Corpus): the source file (<c>.txt</c>, <c>.md</c>, or
/// <c>.docx.txt</c> — the text of a Word file built here with OpenXml) and its annotation (<c>.json</c>).
/// </summary>
/// <remarks>
/// In a <c>.docx.txt</c> source every line is a paragraph; <c># </c> and <c>## </c> give it the Heading 1/2
/// style, <c>**…**</c> at the start a bold run, and <c>//</c> a line break inside the paragraph (w:br).
/// </remarks>
public sealed class CorpusMaterial
{
    private CorpusMaterial(string name, string sourcePath, string format, JsonElement annotation)
    {
        Name = name;
        SourcePath = sourcePath;
        Format = format;
        Annotation = annotation;
    }

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Import", "Corpus");

    public string Name { get; }

    public string SourcePath { get; }

    /// <summary>txt, md or docx.</summary>
    public string Format { get; }

    public JsonElement Annotation { get; }

    public static IReadOnlyList<CorpusMaterial> All()
    {
        var result = new List<CorpusMaterial>();
        foreach (var json in Directory.GetFiles(Folder, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(json);
            var candidates = new[] { (".txt", "txt"), (".md", "md"), (".docx.txt", "docx") };
            var found = candidates.Select(c => (Path: Path.Combine(Folder, stem + c.Item1), Format: c.Item2)).Where(c => File.Exists(c.Path)).ToList();
            if (found.Count != 1)
            {
                throw new InvalidOperationException($"{stem}: expected exactly one source file next to the annotation, found {found.Count}.");
            }

            using var document = JsonDocument.Parse(File.ReadAllText(json));
            result.Add(new CorpusMaterial(stem, found[0].Path, found[0].Format, document.RootElement.Clone()));
        }

        return result;
    }

    public static CorpusMaterial Named(string name) => All().Single(m => m.Name == name);

    public string FileName => Name + "." + Format;

    public ImportResult Import()
    {
        var options = ImportOptions.Default.WithFile(FileName);
        if (Format == "docx")
        {
            using var stream = new MemoryStream(BuildDocx(File.ReadAllText(SourcePath)));
            return ReviewImporter.ImportDocx(stream, options);
        }

        return ReviewImporter.Import(File.ReadAllText(SourcePath), options.WithFormat(Format == "md" ? ImportFormat.Markdown : ImportFormat.PlainText));
    }

    /// <summary>Builds a Word file from the marked-up text (see the remarks).</summary>
    public static byte[] BuildDocx(string text)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                HeadingStyle("Heading1", "heading 1", 0),
                HeadingStyle("Heading2", "heading 2", 1));
            var body = new Body();
            foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
            {
                if (raw.Trim().Length == 0)
                {
                    continue;
                }

                var line = raw;
                string? style = null;
                if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    style = "Heading2";
                    line = line.Substring(3);
                }
                else if (line.StartsWith("# ", StringComparison.Ordinal))
                {
                    style = "Heading1";
                    line = line.Substring(2);
                }

                var paragraph = new Paragraph();
                if (style is not null)
                {
                    paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
                }

                // **…** pairs are bold runs; // is a line break.
                var bold = false;
                foreach (var segment in line.Split(new[] { "**" }, StringSplitOptions.None))
                {
                    if (segment.Length > 0)
                    {
                        var run = bold ? new Run(new RunProperties(new Bold())) : new Run();
                        var parts = segment.Split(new[] { "//" }, StringSplitOptions.None);
                        for (var i = 0; i < parts.Length; i++)
                        {
                            if (i > 0)
                            {
                                run.Append(new Break());
                            }

                            if (parts[i].Length > 0)
                            {
                                run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
                            }
                        }

                        paragraph.Append(run);
                    }

                    bold = !bold;
                }

                body.Append(paragraph);
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Style HeadingStyle(string id, string name, int outline) =>
        new(new StyleName { Val = name }, new StyleParagraphProperties(new OutlineLevel { Val = outline })) { Type = StyleValues.Paragraph, StyleId = id };

    public override string ToString() => Name;
}
