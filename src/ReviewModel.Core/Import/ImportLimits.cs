using System;

namespace ReviewModel.Import;

/// <summary>
/// Bounds on what one import may read, so that a hostile or broken file (a zip bomb, a deeply nested
/// .docx, <c>/dev/zero</c>) fails with a <see cref="ImportLimitExceededException"/> naming the limit
/// instead of exhausting memory, the stack or time. The defaults fit any real material many times
/// over (a long 对照检查材料 is some 30,000 characters in 300 paragraphs; a .docx with photos a few
/// megabytes). Immutable; derive changed limits with the <c>With…</c> methods.
/// </summary>
public sealed class ImportLimits
{
    private ImportLimits(long maxFileBytes, int maxTextLength, int maxParagraphs, long maxUncompressedBytes, long maxXmlPartBytes, int maxCompressionRatio, int maxNestingDepth, int maxZipEntries)
    {
        MaxFileBytes = maxFileBytes;
        MaxTextLength = maxTextLength;
        MaxParagraphs = maxParagraphs;
        MaxUncompressedBytes = maxUncompressedBytes;
        MaxXmlPartBytes = maxXmlPartBytes;
        MaxCompressionRatio = maxCompressionRatio;
        MaxNestingDepth = maxNestingDepth;
        MaxZipEntries = maxZipEntries;
    }

    /// <summary>
    /// The defaults: files up to 256 MiB, 16 million characters of text, 1 million paragraphs (lines),
    /// 512 MiB uncompressed in a .docx of which 64 MiB in one XML part, a compression ratio up to 200
    /// (for parts over 1 MiB), XML nested 256 elements deep, 10,000 zip entries.
    /// </summary>
    public static ImportLimits Default { get; } = new(256L << 20, 16_000_000, 1_000_000, 512L << 20, 64L << 20, 200, 256, 10_000);

    /// <summary>The largest file <c>ReviewImporter.ImportFile</c> reads, in bytes (limit name <c>MaxFileBytes</c>).</summary>
    public long MaxFileBytes { get; }

    /// <summary>The most characters of text an import reads (limit name <c>MaxTextLength</c>).</summary>
    public int MaxTextLength { get; }

    /// <summary>The most paragraphs (lines of text, paragraphs of a .docx) an import reads (limit name <c>MaxParagraphs</c>).</summary>
    public int MaxParagraphs { get; }

    /// <summary>The most bytes all entries of a .docx may hold uncompressed (limit name <c>MaxUncompressedBytes</c>).</summary>
    public long MaxUncompressedBytes { get; }

    /// <summary>The most bytes one XML part of a .docx may hold uncompressed (limit name <c>MaxXmlPartBytes</c>).</summary>
    public long MaxXmlPartBytes { get; }

    /// <summary>The highest ratio of uncompressed to compressed size of a .docx entry over 1 MiB (limit name <c>MaxCompressionRatio</c>).</summary>
    public int MaxCompressionRatio { get; }

    /// <summary>The deepest nesting of XML elements in a .docx part (limit name <c>MaxNestingDepth</c>).</summary>
    public int MaxNestingDepth { get; }

    /// <summary>The most entries a .docx (a zip archive) may have (limit name <c>MaxZipEntries</c>).</summary>
    public int MaxZipEntries { get; }

    /// <summary>Limits with another <see cref="MaxFileBytes"/>.</summary>
    /// <param name="bytes">A positive number of bytes.</param>
    /// <exception cref="ArgumentOutOfRangeException">Not positive.</exception>
    public ImportLimits WithMaxFileBytes(long bytes) =>
        new(Positive(bytes, nameof(bytes)), MaxTextLength, MaxParagraphs, MaxUncompressedBytes, MaxXmlPartBytes, MaxCompressionRatio, MaxNestingDepth, MaxZipEntries);

    /// <summary>Limits with another <see cref="MaxTextLength"/>.</summary>
    /// <param name="characters">A positive number of characters.</param>
    /// <exception cref="ArgumentOutOfRangeException">Not positive.</exception>
    public ImportLimits WithMaxTextLength(int characters) =>
        new(MaxFileBytes, (int)Positive(characters, nameof(characters)), MaxParagraphs, MaxUncompressedBytes, MaxXmlPartBytes, MaxCompressionRatio, MaxNestingDepth, MaxZipEntries);

    /// <summary>Limits with another <see cref="MaxParagraphs"/>.</summary>
    /// <param name="paragraphs">A positive number of paragraphs.</param>
    /// <exception cref="ArgumentOutOfRangeException">Not positive.</exception>
    public ImportLimits WithMaxParagraphs(int paragraphs) =>
        new(MaxFileBytes, MaxTextLength, (int)Positive(paragraphs, nameof(paragraphs)), MaxUncompressedBytes, MaxXmlPartBytes, MaxCompressionRatio, MaxNestingDepth, MaxZipEntries);

    /// <summary>Limits with another <see cref="MaxUncompressedBytes"/>.</summary>
    /// <param name="bytes">A positive number of bytes.</param>
    /// <exception cref="ArgumentOutOfRangeException">Not positive.</exception>
    public ImportLimits WithMaxUncompressedBytes(long bytes) =>
        new(MaxFileBytes, MaxTextLength, MaxParagraphs, Positive(bytes, nameof(bytes)), MaxXmlPartBytes, MaxCompressionRatio, MaxNestingDepth, MaxZipEntries);

    /// <summary>Limits with another <see cref="MaxXmlPartBytes"/>.</summary>
    /// <param name="bytes">A positive number of bytes.</param>
    /// <exception cref="ArgumentOutOfRangeException">Not positive.</exception>
    public ImportLimits WithMaxXmlPartBytes(long bytes) =>
        new(MaxFileBytes, MaxTextLength, MaxParagraphs, MaxUncompressedBytes, Positive(bytes, nameof(bytes)), MaxCompressionRatio, MaxNestingDepth, MaxZipEntries);

    /// <summary>Limits with another <see cref="MaxCompressionRatio"/>.</summary>
    /// <param name="ratio">A positive ratio.</param>
    /// <exception cref="ArgumentOutOfRangeException">Not positive.</exception>
    public ImportLimits WithMaxCompressionRatio(int ratio) =>
        new(MaxFileBytes, MaxTextLength, MaxParagraphs, MaxUncompressedBytes, MaxXmlPartBytes, (int)Positive(ratio, nameof(ratio)), MaxNestingDepth, MaxZipEntries);

    /// <summary>Limits with another <see cref="MaxNestingDepth"/>.</summary>
    /// <param name="depth">A depth from 8 to 10,000 (a .docx needs some 8 levels; deeper than 10,000 risks the stack).</param>
    /// <exception cref="ArgumentOutOfRangeException">Out of range.</exception>
    public ImportLimits WithMaxNestingDepth(int depth) => depth is < 8 or > 10_000
        ? throw new ArgumentOutOfRangeException(nameof(depth), depth, "嵌套层数须在 8 到 10000 之间 (the depth must be from 8 to 10,000).")
        : new(MaxFileBytes, MaxTextLength, MaxParagraphs, MaxUncompressedBytes, MaxXmlPartBytes, MaxCompressionRatio, depth, MaxZipEntries);

    /// <summary>Limits with another <see cref="MaxZipEntries"/>.</summary>
    /// <param name="entries">A positive number of entries.</param>
    /// <exception cref="ArgumentOutOfRangeException">Not positive.</exception>
    public ImportLimits WithMaxZipEntries(int entries) =>
        new(MaxFileBytes, MaxTextLength, MaxParagraphs, MaxUncompressedBytes, MaxXmlPartBytes, MaxCompressionRatio, MaxNestingDepth, (int)Positive(entries, nameof(entries)));

    private static long Positive(long value, string name) => value > 0
        ? value
        : throw new ArgumentOutOfRangeException(name, value, "限值须为正数 (a limit must be positive).");
}
