using System;

namespace ReviewModel.Import;

/// <summary>
/// The input cannot be imported at all: the file cannot be read, its format is not supported, it is
/// empty, or it is not text. The message says what and where (file and, when known, line).
/// Anything that can be read is imported, however irregular; problems with its structure are
/// reported as <see cref="ImportDiagnostic"/>s instead. An input over one of the <see cref="ImportLimits"/>
/// gives the derived <see cref="ImportLimitExceededException"/>.
/// </summary>
public class ReviewImportException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What is wrong, in Chinese with English in parentheses.</param>
    /// <param name="file">The file, or null.</param>
    /// <param name="line">The 1-based line (for DOCX the paragraph), or null.</param>
    /// <param name="innerException">The underlying error, or null.</param>
    public ReviewImportException(string reason, string? file = null, int? line = null, Exception? innerException = null)
        : base(Format(reason, file, line), innerException)
    {
        Reason = reason;
        File = file;
        Line = line;
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>The file, or null.</summary>
    public string? File { get; }

    /// <summary>The 1-based line (for DOCX the paragraph), or null.</summary>
    public int? Line { get; }

    /// <summary>
    /// The catalogue resource (RuleResources) that says <see cref="Reason"/> in one language, for RM0100 at build
    /// (e.g. <c>RM0100_Reason_Empty</c>); null when the reason has none.
    /// </summary>
    internal string? ReasonResource { get; init; }

    private static string Format(string reason, string? file, int? line)
    {
        if (file is null)
        {
            return line is int l ? $"({l}): {reason}" : reason;
        }

        return line is int n ? $"{file}({n}): {reason}" : $"{file}: {reason}";
    }
}
