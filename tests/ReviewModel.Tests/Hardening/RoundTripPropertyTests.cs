using System;
using System.IO;
using System.Linq;
using CsCheck;
using ReviewModel.Import;
using ReviewModel.Model;
using ReviewModel.Rendering;
using ReviewModel.Rendering.Docx;
using ReviewModel.Serialization;
using ReviewModel.Tests.Import;
using Xunit;

namespace ReviewModel.Tests.Hardening;

/// <summary>
/// Issue 10, "Done when": over random documents, import → JSON → import and render → import never throw
/// anything but the documented exceptions (<see cref="ReviewImportException"/>, <see cref="ReviewJsonException"/>),
/// and the JSON round trip gives an equal document.
/// </summary>
public sealed class RoundTripPropertyTests
{
    private const string Alphabet = "一二三四五六七八九十是、。，；：（）()【】“”\"#*_>-. 　\n\n\r\t1234567890１２３４xX×比如例方面在带头问题原因措施整改责任人完成时限长期坚持年月日总之现状案例剖析准备情况上年度查摆党支部<>&`[]!|abc\u2028\u0085\uFEFF\u200B";

    private static readonly string[] Documents =
    {
        Fixture.Text("sample.md"), Fixture.Text("Import/team-2024.txt"), Fixture.Text("Import/pdf-pasted.txt"), Fixture.Text("Import/markdown-bold.md"),
        Fixture.Text("Import/individual-orglife-2023.txt"), Fixture.Text("Import/branch-status.txt"), Fixture.Text("Import/owner-deadline.txt"),
        Fixture.Text("Import/numbered-items.txt"), Fixture.Text("Import/headings-as-sections.txt"),
    };

    /// <summary>A real material with random edits: pieces cut out, random text spliced in, lines repeated.</summary>
    internal static readonly Gen<(string Text, bool Markdown)> Materials =
        Gen.Select(
            Gen.Int[0, Documents.Length - 1],
            Gen.Select(Gen.Int[0, 2], Gen.Double[0, 1], Gen.Int[0, 200], Gen.String[Gen.Char[Alphabet], 0, 40]).Array[0, 12],
            Gen.Bool)
        .Select((index, edits, markdown) =>
        {
            var text = Documents[index];
            foreach (var (kind, where, length, insert) in edits)
            {
                var at = (int)(where * text.Length);
                var cut = Math.Min(length, text.Length - at);
                text = kind switch
                {
                    0 => text.Remove(at, cut),
                    1 => text.Insert(at, insert),
                    _ => text.Insert(at, text.Substring(at, cut)),
                };
            }

            return (text, markdown);
        });

    private static ImportResult? TryImport(Func<ImportResult> import)
    {
        try
        {
            return import();
        }
        catch (ReviewImportException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Reason));
            return null;
        }
    }

    /// <summary>Document → JSON → document is exact; rendering and importing the rendering throw only documented exceptions.</summary>
    internal static void RoundTrips(ReviewDocument document)
    {
        var json = ReviewJson.Serialize(document);
        var back = ReviewJson.Deserialize(json);
        Assert.Equal(document, back);
        Assert.Equal(json, ReviewJson.Serialize(back));

        foreach (var text in new[] { new MarkdownRenderer().Render(document), new TextRenderer().Render(document) })
        {
            var again = TryImport(() => ReviewImporter.Import(text));
            if (again is not null)
            {
                Assert.Equal(again.Document, ReviewJson.Deserialize(ReviewJson.Serialize(again.Document)));
            }
        }

        using var docx = new MemoryStream();
        DocxRenderer.Render(document, docx);
        docx.Position = 0;
        TryImport(() => ReviewImporter.ImportDocx(docx));
    }

    [Fact]
    public void Imported_random_materials_round_trip_through_json_and_rendering()
    {
        Materials.Sample((text, markdown) =>
        {
            var imported = TryImport(() => ReviewImporter.Import(text, ImportOptions.Default.WithFormat(markdown ? ImportFormat.Markdown : ImportFormat.PlainText)));
            if (imported is not null)
            {
                RoundTrips(imported.Document);
            }
        }, iter: 150, threads: 1);
    }

    [Fact]
    public void Random_json_edits_give_a_document_or_a_json_error()
    {
        var json = ReviewJson.Serialize(ReviewModel.Tests.Serialization.ReviewJsonTests.RichDocument());
        Gen.Select(Gen.Double[0, 1], Gen.Int[0, 30], Gen.String[Gen.Char["{}[],:\"0123456789-.eE truefalsnul$\\u00"], 0, 12]).Array[1, 4].Sample(edits =>
        {
            var text = json;
            foreach (var (where, cut, insert) in edits)
            {
                var at = (int)(where * text.Length);
                text = text.Remove(at, Math.Min(cut, text.Length - at)).Insert(at, insert);
            }

            try
            {
                RoundTrips(ReviewJson.Deserialize(text));
            }
            catch (ReviewJsonException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Message));
                Assert.NotNull(e.JsonPath ?? e.Message);
            }
        }, iter: 2000);
    }
}
