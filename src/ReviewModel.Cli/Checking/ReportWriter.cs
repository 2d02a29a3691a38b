using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace ReviewModel.Cli.Checking;

/// <summary>Writes findings in the format a command was asked for (<c>--format text|json|sarif</c>): one switch for every command that reports findings.</summary>
internal static class ReportWriter
{
    /// <summary>Writes <paramref name="reports"/> as JSON or SARIF, or as text through <paramref name="text"/> (default: every file's lines and the summary).</summary>
    public static void Write(TextWriter output, IReadOnlyList<FileReport> reports, CheckSummary summary, string? format, CultureInfo? culture = null, Action<TextWriter>? text = null)
    {
        switch (format)
        {
            case "json":
                JsonReportWriter.Write(output, reports, summary);
                break;
            case "sarif":
                SarifReportWriter.Write(output, reports, summary, culture);
                break;
            default:
                if (text is null)
                {
                    TextReportWriter.Write(output, reports, summary);
                }
                else
                {
                    text(output);
                }

                break;
        }
    }
}
