namespace ReviewModel.Import;

/// <summary>
/// The IDs the importer gives elements (P2.3, C1, M4), made once and shared: every import of a material numbers its
/// elements from 1, so the same few dozen strings would be formatted again for each file. IDs beyond the cached range
/// are formatted when asked for. Strings are immutable, so sharing them between documents and threads is safe; a race
/// fills an entry twice with equal strings.
/// </summary>
internal static class ElementIds
{
    /// <summary>Aspect groups with cached problem IDs (P1.x … P16.x).</summary>
    private const int CachedGroups = 1 << 4;

    /// <summary>Problems per group, causes and measures with cached IDs.</summary>
    private const int CachedNumbers = 1 << 5;

    private static readonly string?[] Problems = new string?[CachedGroups * CachedNumbers];
    private static readonly string?[] Causes = new string?[CachedNumbers];
    private static readonly string?[] Measures = new string?[CachedNumbers];

    /// <summary>The ID of problem <paramref name="number"/> (from 1) of group <paramref name="group"/> (from 1): P2.3.</summary>
    public static string Problem(int group, int number) =>
        group is >= 1 and <= CachedGroups && number is >= 1 and <= CachedNumbers
            ? Problems[((group - 1) * CachedNumbers) + number - 1] ??= Format(group, number)
            : Format(group, number);

    /// <summary>The ID of cause <paramref name="number"/> (from 1): C1.</summary>
    public static string Cause(int number) => Numbered(Causes, "C", number);

    /// <summary>The ID of measure <paramref name="number"/> (from 1): M1.</summary>
    public static string Measure(int number) => Numbered(Measures, "M", number);

    private static string Numbered(string?[] cache, string prefix, int number) =>
        number is >= 1 and <= CachedNumbers ? cache[number - 1] ??= prefix + number.ToString(System.Globalization.CultureInfo.InvariantCulture) : prefix + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Format(int group, int number) =>
        "P" + group.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
