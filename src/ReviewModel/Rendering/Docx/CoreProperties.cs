using System.IO;
using System.Text;
using System.Xml;
using NodaTime;
using NodaTime.Text;

namespace ReviewModel.Rendering.Docx;

/// <summary>Writes an OPC core-properties part (docProps/core.xml): title, subject, author, language, created and modified time.</summary>
internal static class CoreProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(Stream stream, DocxMetadata metadata, Instant written)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false };
        using var xml = XmlWriter.Create(stream, settings);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        Optional(xml, "dc", "title", Dc, metadata.Title);
        Optional(xml, "dc", "subject", Dc, metadata.Subject);
        Optional(xml, "dc", "creator", Dc, metadata.Author);
        Optional(xml, "cp", "lastModifiedBy", Cp, metadata.Author);
        xml.WriteElementString("dc", "language", Dc, "zh-CN");
        var time = InstantPattern.General.Format(Instant.FromUnixTimeSeconds(written.ToUnixTimeSeconds()));
        foreach (var name in new[] { "created", "modified" })
        {
            xml.WriteStartElement("dcterms", name, DcTerms);
            xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
            xml.WriteString(time);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Optional(XmlWriter xml, string prefix, string name, string ns, string? value)
    {
        if (value is { Length: > 0 })
        {
            xml.WriteElementString(prefix, name, ns, DocxPackage.XmlSafe(value!)); // netstandard2.0 does not annotate IsNullOrEmpty
        }
    }
}
