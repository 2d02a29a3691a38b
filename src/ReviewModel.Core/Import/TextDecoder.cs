using System;
using System.IO;
using System.Text;

namespace ReviewModel.Import;

/// <summary>Decodes a text file: UTF-8 (with or without BOM) or UTF-16 with BOM; otherwise GB18030 where the
/// platform has it (many Chinese materials are saved that way).</summary>
internal static class TextDecoder
{
    public static (string Text, bool Legacy) Decode(byte[] bytes, string? file)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.Unicode, detectEncodingFromByteOrderMarks: true);
            return (reader.ReadToEnd(), false);
        }

        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
            return (strict.GetString(bytes, offset, bytes.Length - offset), false);
        }
        catch (DecoderFallbackException)
        {
            var legacy = Legacy();
            if (legacy is null)
            {
                throw new ReviewImportException("文件不是 UTF-8 编码的文本 (the file is not UTF-8 text).", file);
            }

            return (legacy.GetString(bytes), true);
        }
    }

    private static Encoding? Legacy()
    {
#if NET
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            return Encoding.GetEncoding("GB18030", EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
#else
        return null;
#endif
    }
}
