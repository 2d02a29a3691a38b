using System;

namespace ReviewModel.Import;

/// <summary>
/// The input is larger, deeper or more compressed than an <see cref="ImportLimits"/> value allows.
/// A <see cref="ReviewImportException"/> like every other input that cannot be imported; its message
/// names the limit (<c>MaxUncompressedBytes</c> …) so that a caller who trusts the file can raise it.
/// </summary>
public sealed class ImportLimitExceededException : ReviewImportException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="limit">The name of the <see cref="ImportLimits"/> property, e.g. <c>MaxTextLength</c>.</param>
    /// <param name="value">The limit's value.</param>
    /// <param name="what">What exceeded it, in Chinese with English in parentheses.</param>
    /// <param name="file">The file, or null.</param>
    /// <param name="line">The 1-based line (for DOCX the paragraph), or null.</param>
    public ImportLimitExceededException(string limit, long value, string what, string? file = null, int? line = null)
        : base($"{what}：超过导入限值 {limit} = {value} (import limit {limit} = {value} exceeded; raise it with ImportOptions.WithLimits if the file is trusted).", file, line)
    {
        Limit = limit;
        Value = value;
    }

    /// <summary>The name of the <see cref="ImportLimits"/> property that was exceeded.</summary>
    public string Limit { get; }

    /// <summary>The limit's value.</summary>
    public long Value { get; }
}
