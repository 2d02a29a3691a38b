using System;

namespace ReviewModel.Similarity;

/// <summary>
/// How texts are compared: character n-gram size, MinHash signature length and LSH bands, the similarity a
/// match needs, the shortest paragraph considered, and when a shingle counts as a stock phrase of the genre.
/// Immutable; derive with the <c>With…</c> methods.
/// </summary>
public sealed class SimilarityOptions
{
    private SimilarityOptions(int shingleSize, int bands, int rows, double threshold, int minimumLength, double stockShare)
    {
        ShingleSize = shingleSize;
        Bands = bands;
        Rows = rows;
        Threshold = threshold;
        MinimumLength = minimumLength;
        StockShare = stockShare;
    }

    /// <summary>
    /// For copy detection (查重): 3-character shingles, 32 bands × 2 rows (a pair with similarity 0.3 becomes a candidate
    /// with probability 0.95, one with 0.05 with probability 0.08), a match from 0.2, paragraphs from 20 characters.
    /// </summary>
    public static SimilarityOptions Default { get; } = new(3, 32, 2, 0.2, 20, 0.02);

    /// <summary>For recurring problems (年年提): 2-character shingles, so paraphrases with the same substance still match, from 0.15; a shingle in more than 15% of the problems compared is a stock phrase.</summary>
    public static SimilarityOptions Recurrence { get; } = new(2, 16, 4, 0.15, 8, 0.15);

    /// <summary>A shingle is a stock phrase by frequency only once it is found in at least this many paragraphs, so that a small
    /// corpus (a team's eight members) does not mistake a template several of them copied for a stock phrase.</summary>
    public const int MinimumStockCount = 10;

    /// <summary>Characters per shingle (n-gram size), 1–8.</summary>
    public int ShingleSize { get; }

    /// <summary>LSH bands.</summary>
    public int Bands { get; }

    /// <summary>Signature rows per band; the signature has <see cref="Bands"/> × <see cref="Rows"/> hashes.</summary>
    public int Rows { get; }

    /// <summary>The weighted similarity (0–1) from which two paragraphs match.</summary>
    public double Threshold { get; }

    /// <summary>Paragraphs shorter than this (after normalisation) are not compared.</summary>
    public int MinimumLength { get; }

    /// <summary>A shingle found in more than this share of a corpus's paragraphs (and in at least <see cref="MinimumStockCount"/>) is a stock phrase and carries no weight.</summary>
    public double StockShare { get; }

    /// <summary>The signature length.</summary>
    public int HashCount => Bands * Rows;

    /// <summary>Options with another threshold.</summary>
    /// <param name="threshold">0–1.</param>
    public SimilarityOptions WithThreshold(double threshold) =>
        threshold is >= 0 and <= 1 ? new(ShingleSize, Bands, Rows, threshold, MinimumLength, StockShare)
            : throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "阈值须在 0 到 1 之间 (0–1).");

    /// <summary>Options with another shingle size.</summary>
    /// <param name="size">1–8 characters.</param>
    public SimilarityOptions WithShingleSize(int size) =>
        size is >= 1 and <= 8 ? new(size, Bands, Rows, Threshold, MinimumLength, StockShare)
            : throw new ArgumentOutOfRangeException(nameof(size), size, "n 须在 1 到 8 之间 (1–8).");

    /// <summary>Options with another LSH layout.</summary>
    /// <param name="bands">Bands, 1–64.</param>
    /// <param name="rows">Rows per band, 1–16.</param>
    public SimilarityOptions WithBands(int bands, int rows) =>
        bands is >= 1 and <= 64 && rows is >= 1 and <= 16 ? new(ShingleSize, bands, rows, Threshold, MinimumLength, StockShare)
            : throw new ArgumentOutOfRangeException(nameof(bands), "bands 1–64, rows 1–16.");

    /// <summary>Options with another shortest paragraph.</summary>
    /// <param name="length">Characters, 1 or more.</param>
    public SimilarityOptions WithMinimumLength(int length) =>
        length >= 1 ? new(ShingleSize, Bands, Rows, Threshold, length, StockShare) : throw new ArgumentOutOfRangeException(nameof(length));

    /// <summary>Options with another stock-phrase share.</summary>
    /// <param name="share">0–1.</param>
    public SimilarityOptions WithStockShare(double share) =>
        share is > 0 and <= 1 ? new(ShingleSize, Bands, Rows, Threshold, MinimumLength, share) : throw new ArgumentOutOfRangeException(nameof(share));
}
