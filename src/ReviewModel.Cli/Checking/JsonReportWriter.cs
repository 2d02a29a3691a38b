using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReviewModel.Cli.Checking;

/// <summary>Writes the findings of every file as one JSON document (UTF-8, Chinese unescaped).</summary>
internal static class JsonReportWriter
{
    public static void Write(TextWriter output, IReadOnlyList<FileReport> reports, CheckSummary summary)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("files");
            foreach (var report in reports)
            {
                json.WriteStartObject();
                json.WriteString("path", report.Path);
                if (report.Error is not null)
                {
                    json.WriteString("error", report.Error);
                }

                json.WriteStartArray("findings");
                foreach (var finding in report.Findings)
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", finding.RuleId);
                    json.WriteString("severity", Levels.Compiler(finding.Severity));
                    json.WriteString("message", finding.Message);
                    json.WriteString("path", finding.Location.Path);
                    if (finding.Location.ElementId is not null)
                    {
                        json.WriteString("elementId", finding.Location.ElementId);
                    }

                    if (finding.Location.Source is { } source)
                    {
                        json.WriteNumber("line", source.Line);
                        json.WriteNumber("column", source.Column);
                    }

                    json.WriteBoolean("waived", finding.IsWaived);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("importDiagnostics");
                foreach (var diagnostic in report.Diagnostics)
                {
                    json.WriteStartObject();
                    json.WriteString("code", diagnostic.Code);
                    json.WriteString("severity", Levels.Compiler(diagnostic.Severity));
                    json.WriteString("message", diagnostic.Message);
                    if (diagnostic.Source is { } source)
                    {
                        json.WriteNumber("line", source.Line);
                        json.WriteNumber("column", source.Column);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", summary.Files);
            json.WriteNumber("errors", summary.Errors);
            json.WriteNumber("warnings", summary.Warnings);
            json.WriteNumber("infos", summary.Infos);
            json.WriteNumber("waived", summary.Waived);
            json.WriteNumber("unreadable", summary.Unreadable);
            json.WriteNumber("exitCode", summary.ExitCode);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
