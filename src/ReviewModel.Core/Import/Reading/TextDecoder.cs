using System;
using System.IO;
using System.Text;

namespace ReviewModel.Import;

/// <summary>Decodes a text file: UTF-8 (with or without BOM) or UTF-16 with BOM; otherwise GB18030 where the
/// platform has it (many Chinese materials are saved that way), or Big5 when the bytes read as common
/// Chinese characters in Big5 and as rare ones in GB18030 (almost every Big5 byte pair is also a valid
/// GB18030 one, so only the characters tell them apart).</summary>
internal static class TextDecoder
{
    public const string Gb18030 = "GB18030";

    public const string Big5 = "Big5";

    /// <summary>The text, and the legacy encoding it was read in (<see cref="Gb18030"/>, <see cref="Big5"/>) or null for Unicode.</summary>
    public static (string Text, string? Legacy) Decode(byte[] bytes, string? file)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.Unicode, detectEncodingFromByteOrderMarks: true);
            return (reader.ReadToEnd(), null);
        }

        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
            return (strict.GetString(bytes, offset, bytes.Length - offset), null);
        }
        catch (DecoderFallbackException)
        {
            var gb = Legacy(Gb18030);
            if (gb is null)
            {
                throw new ReviewImportException("文件不是 UTF-8 编码的文本 (the file is not UTF-8 text).", file);
            }

            var text = gb.GetString(bytes);
            var big5 = Legacy(Big5);
            if (big5 is not null)
            {
                var asBig5 = big5.GetString(bytes);
                if (CommonShare(asBig5) > ImportThresholds.Big5CommonShare && CommonShare(asBig5) > ImportThresholds.Big5OverGbFactor * CommonShare(text))
                {
                    return (asBig5, Big5);
                }
            }

            return (text, Gb18030);
        }
    }

    /// <summary>
    /// The share of the CJK characters in <paramref name="text"/> that are among the most frequent ones of
    /// these materials, in simplified or traditional form. Real Chinese text scores 0.3 to 0.6; Chinese
    /// decoded with the wrong double-byte encoding lands on rare characters and scores under 0.1.
    /// </summary>
    internal static double CommonShare(string text)
    {
        int cjk = 0, common = 0;
        foreach (var c in text)
        {
            if (c >= '\u4E00' && c <= '\u9FFF')
            {
                cjk++;
                if (Common.IndexOf(c) >= 0)
                {
                    common++;
                }
            }
        }

        return cjk == 0 ? 0 : (double)common / cjk;
    }

    private const string Common =
        "的一是不了在人有我他中大上为為来來个個们們到说說国國和地也子时時道出而要于於就下得可你年生自会會那后後能对對着著事其里裡所去行过過家十用发發天如然作方成者多日都三小军軍二无無同么麼经經法当當起与與好看学學进進种種将將还還分此心前面又定见見只主没沒公从從部" +
        "党黨委员員领領导導班组組织織问問题題思想政治理论論习習作风風整改措施责責任落实實建设設工制度干幹群众眾意见見批评評自我查摆擺根源剖析决決全面严嚴格深刻认認识識加强強提高坚堅持担擔当當廉洁潔纪紀律规規矩" +
        "会議议要求开開展会议議情况況存在方面不足够夠深入推动動贯貫彻徹系统統常态態长長效机機各项項重点點年度民主生活对對照检檢材料";

    private static Encoding? Legacy(string name)
    {
#if NET
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
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
