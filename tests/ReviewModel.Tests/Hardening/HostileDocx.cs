using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace ReviewModel.Tests.Hardening;

/// <summary>Builds .docx packages byte by byte (no OpenXml DOM, which could itself overflow on what these hold).</summary>
internal static class HostileDocx
{
    public const string Open = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";

    public const string Close = "</w:body></w:document>";

    private const string ContentTypes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"bin\" ContentType=\"application/octet-stream\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    private const string Rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    public static string Paragraph(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    /// <summary>A material: title, a section heading and <paramref name="paragraphs"/> body paragraphs.</summary>
    public static string Body(int paragraphs = 3, string text = "一是学习不够深入。") =>
        Paragraph("某县委常委班子2024年度民主生活会对照检查材料") + Paragraph("一、存在的问题") + Repeat(Paragraph(text), paragraphs);

    public static string Repeat(string text, int count)
    {
        var builder = new StringBuilder(text.Length * count);
        for (var i = 0; i < count; i++)
        {
            builder.Append(text);
        }

        return builder.ToString();
    }

    /// <summary>A package whose word/document.xml is <paramref name="documentXml"/>, with extra entries.</summary>
    public static byte[] Package(string documentXml, params (string Name, byte[] Content)[] extra) =>
        Package(stream => stream.Write(Encoding.UTF8.GetBytes(documentXml)), extra);

    /// <summary>A package whose word/document.xml is written by <paramref name="writeDocument"/> (for sizes too large to hold as a string).</summary>
    public static byte[] Package(Action<Stream> writeDocument, params (string Name, byte[] Content)[] extra)
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", s => s.Write(Encoding.UTF8.GetBytes(ContentTypes)));
            Entry(zip, "_rels/.rels", s => s.Write(Encoding.UTF8.GetBytes(Rels)));
            Entry(zip, "word/document.xml", writeDocument);
            foreach (var (name, content) in extra)
            {
                Entry(zip, name, s => s.Write(content));
            }
        }

        return output.ToArray();
    }

    /// <summary>A document.xml whose body holds the material inside <paramref name="depth"/> nested <c>w:sdt</c> blocks.</summary>
    public static string NestedSdt(int depth)
    {
        var builder = new StringBuilder(Open);
        for (var i = 0; i < depth; i++)
        {
            builder.Append("<w:sdt><w:sdtContent>");
        }

        builder.Append(Body());
        for (var i = 0; i < depth; i++)
        {
            builder.Append("</w:sdtContent></w:sdt>");
        }

        return builder.Append(Close).ToString();
    }

    /// <summary>A zip bomb: a document.xml with <paramref name="paragraphs"/> identical paragraphs, streamed.</summary>
    public static byte[] Bomb(long paragraphs)
    {
        var paragraph = Encoding.UTF8.GetBytes(Paragraph("一是学习不够深入。" + new string('学', 200)));
        return Package(stream =>
        {
            stream.Write(Encoding.UTF8.GetBytes(Open + Body()));
            for (long i = 0; i < paragraphs; i++)
            {
                stream.Write(paragraph);
            }

            stream.Write(Encoding.UTF8.GetBytes(Close));
        });
    }

    private static void Entry(ZipArchive zip, string name, Action<Stream> write)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        write(stream);
    }
}
