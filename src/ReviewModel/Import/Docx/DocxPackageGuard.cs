using System;
using System.IO;
using System.IO.Compression;
using System.Threading;
using System.Xml;

namespace ReviewModel.Import;

/// <summary>
/// Inspects a .docx package before OpenXml opens it, so that a hostile file fails with an
/// <see cref="ImportLimitExceededException"/> instead of exhausting memory or the stack: it streams
/// every zip entry once (bounded memory), counting the bytes actually decompressed (declared sizes can
/// lie) against <see cref="ImportLimits.MaxUncompressedBytes"/>, <see cref="ImportLimits.MaxXmlPartBytes"/>
/// and <see cref="ImportLimits.MaxCompressionRatio"/>, and reads every XML entry (whatever its name: the
/// package's relationships decide which part is the document) with a forward-only
/// <see cref="XmlReader"/>, checking the element depth against <see cref="ImportLimits.MaxNestingDepth"/>
/// and counting WordprocessingML paragraphs and text against <see cref="ImportLimits.MaxParagraphs"/> and
/// <see cref="ImportLimits.MaxTextLength"/> (text in nested paragraphs counted as often as the reader
/// will read it, so what the reader builds is bounded too). Malformed XML is left to OpenXml to report: the reader stops
/// there as OpenXml's would. Time is linear in the uncompressed size.
/// </summary>
internal static class DocxPackageGuard
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Below this size an entry's compression ratio is not checked: small XML compresses well.</summary>
    private const long RatioFloor = 1L << 20;

    /// <summary>Checks the package in <paramref name="stream"/> (seekable; read from its current position, which is restored).</summary>
    /// <exception cref="ImportLimitExceededException">A limit is exceeded.</exception>
    /// <exception cref="ReviewImportException">The stream is not a zip archive.</exception>
    public static void Check(Stream stream, ImportLimits limits, string? file, CancellationToken cancellationToken)
    {
        var start = stream.Position;
        try
        {
            ZipArchive archive;
            try
            {
                archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            }
            catch (InvalidDataException e)
            {
                throw new ReviewImportException($"无法读取 DOCX 文件：{e.Message} (not a readable .docx file).", file, null, e);
            }

            using (archive)
            {
                if (archive.Entries.Count > limits.MaxZipEntries)
                {
                    throw new ImportLimitExceededException(nameof(ImportLimits.MaxZipEntries), limits.MaxZipEntries, $"DOCX 含 {archive.Entries.Count} 个压缩项 (the .docx has {archive.Entries.Count} zip entries)", file);
                }

                var counts = new Counts(limits, file);
                foreach (var entry in archive.Entries)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    CheckEntry(entry, counts, cancellationToken);
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            // A corrupt entry (bad deflate data, a lying header): the package is not readable.
            throw new ReviewImportException($"无法读取 DOCX 文件：{e.Message} (not a readable .docx file).", file, null, e);
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static void CheckEntry(ZipArchiveEntry entry, Counts counts, CancellationToken cancellationToken)
    {
        bool isXml;
        using (var peek = entry.Open())
        {
            isXml = LooksLikeXml(peek);
        }

        using var raw = entry.Open();
        using var counted = new CountingStream(raw, entry.FullName, entry.CompressedLength, isXml, counts);
        if (!isXml)
        {
            var buffer = new byte[81920];
            while (counted.Read(buffer, 0, buffer.Length) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            return;
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };
        try
        {
            using var reader = XmlReader.Create(counted, settings);
            var inText = false;
            var openParagraphs = 0;
            var nodes = 0;
            while (reader.Read())
            {
                if ((++nodes & 4095) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (reader.Depth >= counts.Limits.MaxNestingDepth)
                        {
                            throw new ImportLimitExceededException(nameof(ImportLimits.MaxNestingDepth), counts.Limits.MaxNestingDepth, $"DOCX 部件 {entry.FullName} 中 XML 元素嵌套过深 (XML elements in the .docx part {entry.FullName} are nested too deeply)", counts.File);
                        }

                        if (reader.NamespaceURI == WordNamespace)
                        {
                            var name = reader.LocalName;
                            if (name == "p")
                            {
                                counts.AddParagraph();
                                if (!reader.IsEmptyElement)
                                {
                                    openParagraphs++;
                                }
                            }
                            else if (name is "tab" or "br" or "cr")
                            {
                                counts.AddText(Math.Max(1, openParagraphs));
                            }

                            inText = (name == "t" || name == "delText" || name == "instrText") && !reader.IsEmptyElement;
                        }
                        else
                        {
                            inText = false;
                        }

                        break;
                    case XmlNodeType.EndElement:
                        inText = false;
                        if (reader.LocalName == "p" && reader.NamespaceURI == WordNamespace && openParagraphs > 0)
                        {
                            openParagraphs--;
                        }

                        break;
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                    case XmlNodeType.SignificantWhitespace:
                    case XmlNodeType.Whitespace:
                        if (inText)
                        {
                            // Text in a paragraph nested in another (a text box) is read once for each enclosing paragraph.
                            counts.AddText((long)reader.Value.Length * Math.Max(1, openParagraphs));
                        }

                        break;
                }
            }
        }
        catch (XmlException)
        {
            // Malformed XML: OpenXml reports it if the part is one it reads. Count the rest of the entry's bytes.
            var buffer = new byte[81920];
            while (counted.Read(buffer, 0, buffer.Length) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    /// <summary>Whether the entry starts like XML: '&lt;' after an optional byte-order mark and white space (UTF-8 or UTF-16).</summary>
    private static bool LooksLikeXml(Stream stream)
    {
        var buffer = new byte[64];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0)
        {
            read += n;
        }

        var i = 0;
        if (read >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF)))
        {
            return true;
        }

        if (read >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
        {
            i = 3;
        }

        while (i < read && (buffer[i] == ' ' || buffer[i] == '\t' || buffer[i] == '\r' || buffer[i] == '\n' || buffer[i] == 0))
        {
            i++;
        }

        return i < read && buffer[i] == '<';
    }

    /// <summary>The running totals over the whole package.</summary>
    private sealed class Counts
    {
        public Counts(ImportLimits limits, string? file)
        {
            Limits = limits;
            File = file;
        }

        public ImportLimits Limits { get; }

        public string? File { get; }

        public long TotalBytes { get; private set; }

        public int Paragraphs { get; private set; }

        public long TextLength { get; private set; }

        public void AddBytes(int count)
        {
            TotalBytes += count;
            if (TotalBytes > Limits.MaxUncompressedBytes)
            {
                throw new ImportLimitExceededException(nameof(ImportLimits.MaxUncompressedBytes), Limits.MaxUncompressedBytes, $"DOCX 解压后超过 {Limits.MaxUncompressedBytes} 字节 (the .docx uncompresses to more than {Limits.MaxUncompressedBytes} bytes)", File);
            }
        }

        public void AddParagraph()
        {
            Paragraphs++;
            if (Paragraphs > Limits.MaxParagraphs)
            {
                throw new ImportLimitExceededException(nameof(ImportLimits.MaxParagraphs), Limits.MaxParagraphs, $"DOCX 段落超过 {Limits.MaxParagraphs} 个 (the .docx has more than {Limits.MaxParagraphs} paragraphs)", File);
            }
        }

        public void AddText(long length)
        {
            TextLength += length;
            if (TextLength > Limits.MaxTextLength)
            {
                throw new ImportLimitExceededException(nameof(ImportLimits.MaxTextLength), Limits.MaxTextLength, $"DOCX 文字超过 {Limits.MaxTextLength} 个字符 (the .docx holds more than {Limits.MaxTextLength} characters of text)", File);
            }
        }
    }

    /// <summary>Counts what one entry decompresses to, and stops it at the limits.</summary>
    private sealed class CountingStream : Stream
    {
        private readonly Stream _inner;
        private readonly string _name;
        private readonly long _compressed;
        private readonly bool _isXml;
        private readonly Counts _counts;
        private long _bytes;

        public CountingStream(Stream inner, string name, long compressed, bool isXml, Counts counts)
        {
            _inner = inner;
            _name = name;
            _compressed = compressed;
            _isXml = isXml;
            _counts = counts;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _bytes; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = _inner.Read(buffer, offset, count);
            if (read <= 0)
            {
                return read;
            }

            _bytes += read;
            _counts.AddBytes(read);
            var limits = _counts.Limits;
            if (_isXml && _bytes > limits.MaxXmlPartBytes)
            {
                throw new ImportLimitExceededException(nameof(ImportLimits.MaxXmlPartBytes), limits.MaxXmlPartBytes, $"DOCX 部件 {_name} 解压后超过 {limits.MaxXmlPartBytes} 字节 (the .docx part {_name} uncompresses to more than {limits.MaxXmlPartBytes} bytes)", _counts.File);
            }

            if (_bytes > RatioFloor && _bytes > (double)limits.MaxCompressionRatio * Math.Max(1, _compressed))
            {
                throw new ImportLimitExceededException(nameof(ImportLimits.MaxCompressionRatio), limits.MaxCompressionRatio, $"DOCX 部件 {_name} 的压缩比过高 (the .docx part {_name} is compressed too much)", _counts.File);
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
