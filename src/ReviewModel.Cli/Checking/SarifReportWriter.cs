using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReviewModel.Validation;

namespace ReviewModel.Cli.Checking;

/// <summary>
/// Writes SARIF 2.1.0 (the static-analysis interchange format code hosts and editors read): one run,
/// the rule catalogue as <c>tool.driver.rules</c> (ID, title, description, help URI, default level),
/// each finding as a result with its physical location (file URI, start line and column) and its
/// document path as a logical location; waived findings carry a suppression. Files that could not be
/// read (RM0100) and import diagnostics (RMI…) are tool execution notifications naming their catalogue rule.
/// </summary>
internal static class SarifReportWriter
{
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(TextWriter output, IReadOnlyList<FileReport> reports, CheckSummary summary, CultureInfo? culture)
    {
        var rules = RuleCatalogue.All;
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.OrdinalIgnoreCase);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", Schema);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "reviewmodel");
            json.WriteString("semanticVersion", typeof(RuleCatalogue).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            json.WriteString("informationUri", "https://github.com/reviewmodel/reviewmodel");
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("name", rule.Id);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Title(culture));
                json.WriteEndObject();
                json.WriteStartObject("fullDescription");
                json.WriteString("text", rule.Description(culture));
                json.WriteEndObject();
                json.WriteStartObject("messageStrings");
                json.WriteStartObject("default");
                json.WriteString("text", rule.MessageFormat(culture));
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteString("helpUri", rule.HelpUri);
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Levels.Sarif(rule.DefaultSeverity));
                json.WriteBoolean("enabled", rule.IsEnabledByDefault);
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("category", rule.Category);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", summary.Unreadable == 0);
            json.WriteNumber("exitCode", summary.ExitCode);
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var report in reports)
            {
                if (report.Error is not null)
                {
                    // RM0100 (formerly RMI000 here): the file could not be read or imported. Always an error for the
                    // command line, which exits with 2 for it.
                    Notification(json, ruleIndex, "error", RuleCatalogue.DocumentNotImported.Id, report.Error, report.Path, null, null);
                }

                foreach (var diagnostic in report.Diagnostics)
                {
                    Notification(json, ruleIndex, Levels.Sarif(diagnostic.Severity), diagnostic.Code, diagnostic.Message, report.Path, diagnostic.Source?.Line, diagnostic.Source?.Column);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();

            json.WriteStartArray("results");
            foreach (var report in reports)
            {
                foreach (var finding in report.Findings)
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", finding.RuleId);
                    json.WriteNumber("ruleIndex", ruleIndex[finding.RuleId]);
                    json.WriteString("level", Levels.Sarif(finding.Severity));
                    json.WriteStartObject("message");
                    json.WriteString("text", finding.Message);
                    json.WriteEndObject();
                    json.WriteStartArray("locations");
                    json.WriteStartObject();
                    PhysicalLocation(json, report.Path, finding.Location.Source?.Line, finding.Location.Source?.Column);
                    json.WriteStartArray("logicalLocations");
                    json.WriteStartObject();
                    json.WriteString("fullyQualifiedName", finding.Location.Path);
                    if (finding.Location.ElementId is not null)
                    {
                        json.WriteString("name", finding.Location.ElementId);
                    }

                    json.WriteEndObject();
                    json.WriteEndArray();
                    json.WriteEndObject();
                    json.WriteEndArray();
                    if (finding.Waiver is { } waiver)
                    {
                        json.WriteStartArray("suppressions");
                        json.WriteStartObject();
                        json.WriteString("kind", "inSource");
                        json.WriteString("justification", waiver.Reason);
                        json.WriteEndObject();
                        json.WriteEndArray();
                    }

                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>A file path as a URI reference: relative paths stay relative (forward slashes, escaped), rooted ones become file URIs.</summary>
    public static string ToUri(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        }

        var segments = path.Replace('\\', '/').Split('/');
        return string.Join("/", segments.Select(Uri.EscapeDataString));
    }

    private static void PhysicalLocation(Utf8JsonWriter json, string file, int? line, int? column)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ToUri(file));
        json.WriteEndObject();
        if (line is int l)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", l);
            if (column is int c)
            {
                json.WriteNumber("startColumn", c);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void Notification(Utf8JsonWriter json, Dictionary<string, int> ruleIndex, string level, string code, string message, string file, int? line, int? column)
    {
        json.WriteStartObject();
        json.WriteStartObject("descriptor");
        json.WriteString("id", code);
        json.WriteEndObject();
        if (ruleIndex.TryGetValue(code, out var index))
        {
            // The catalogue entry (tool.driver.rules) the notification is about.
            json.WriteStartObject("associatedRule");
            json.WriteString("id", code);
            json.WriteNumber("index", index);
            json.WriteEndObject();
        }

        json.WriteString("level", level);
        json.WriteStartObject("message");
        json.WriteString("text", message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        PhysicalLocation(json, file, line, column);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
