using System.Collections.Generic;
using System.IO;
using ReviewModel.Validation;

namespace ReviewModel.Cli.Checking;

/// <summary>Writes findings in compiler format, <c>file(line,col): warning RM0007: message</c>, then a summary line.</summary>
internal static class TextReportWriter
{
    public static void Write(TextWriter output, IReadOnlyList<FileReport> reports, CheckSummary summary)
    {
        foreach (var report in reports)
        {
            WriteFile(output, report);
        }

        WriteSummary(output, summary);
    }

    /// <summary>The lines of one file (none for a file that could not be read: that was reported on stderr when it happened).</summary>
    public static void WriteFile(TextWriter output, FileReport report)
    {
        if (report.Error is not null)
        {
            return;
        }

        foreach (var diagnostic in report.Diagnostics)
        {
            output.WriteLine($"{Where(report.Path, diagnostic.Source?.Line, diagnostic.Source?.Column)}: {Levels.Compiler(diagnostic.Severity)} {diagnostic.Code}: {diagnostic.Message}");
        }

        foreach (var finding in report.Findings)
        {
            var source = finding.Location.Source;
            var waived = finding.Waiver is null ? string.Empty : $" [已豁免 waived: {finding.Waiver.Reason}]";
            var level = finding.IsWaived ? "info" : Levels.Compiler(finding.Severity);
            var path = source is null ? $" [{finding.Location.Path}]" : string.Empty;
            output.WriteLine($"{Where(report.Path, source?.Line, source?.Column)}: {level} {finding.RuleId}: {finding.Message}{path}{waived}");
        }
    }

    /// <summary>The closing summary line.</summary>
    public static void WriteSummary(TextWriter output, CheckSummary summary)
    {
        output.WriteLine(
            $"检查了 {summary.Files} 个文件：{summary.Errors} 个错误，{summary.Warnings} 个警告，{summary.Infos} 个提示" +
            (summary.Unreadable > 0 ? $"，{summary.Unreadable} 个文件无法读取" : string.Empty) +
            $" ({summary.Files} file(s): {summary.Errors} error(s), {summary.Warnings} warning(s), {summary.Infos} info(s)" +
            (summary.Unreadable > 0 ? $", {summary.Unreadable} unreadable" : string.Empty) + ")");
    }

    /// <summary><c>file(line,col)</c> when the position is known, otherwise <c>file</c> (the document path then ends the message).</summary>
    private static string Where(string file, int? line, int? column)
    {
        if (line is int l)
        {
            return column is int c ? $"{file}({l},{c})" : $"{file}({l})";
        }

        return file;
    }
}
