using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ReviewModel.Cli.Checking;
using ReviewModel.Cli.Loading;
using ReviewModel.Import;
using ReviewModel.Validation;

namespace ReviewModel.Cli.Commands;

/// <summary>
/// <c>reviewmodel check FILE… [--strict] [--settings FILE] [--format text|json|sarif] [--lang zh|en]</c>:
/// imports each file (or reads it as a document JSON when it ends in .json), validates it and prints the findings in compiler format (or JSON, or SARIF 2.1.0)
/// with a summary. Exit code: 0 clean, 1 when any finding is an error, 2 when a file cannot be read,
/// has an unsupported format or is empty (one-line error on stderr each), or the settings are wrong.
/// </summary>
internal static class CheckCommand
{
    public const int Clean = 0;
    public const int ErrorsFound = 1;
    public const int BadInput = CommandOutput.BadInput;

    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "要检查的材料：.txt、.md、.docx 或文档 JSON (files to check: .txt, .md, .docx or document JSON)" };
        var strict = new Option<bool>("--strict") { Description = "所有警告按错误处理 (treat every warning as an error)" };
        var settings = new Option<string?>("--settings") { Description = "规则严重级别设置文件，每行如“RM0007 = error” (severity settings file, lines like 'RM0007 = error')" };
        var format = new Option<string>("--format") { Description = "输出格式 (output format): text | json | sarif", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var language = new Option<string>("--lang") { Description = "消息语言 (message language): zh | en", DefaultValueFactory = _ => "zh" };
        language.AcceptOnlyFromAmong("zh", "en");
        var command = new Command("check", "导入并检查对照检查材料，按编译器格式输出问题 (check review materials; findings in compiler format)")
        {
            files, strict, settings, format, language,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var request = new CheckRequest(
                result.GetValue(files) ?? Array.Empty<string>(),
                result.GetValue(strict),
                result.GetValue(settings),
                result.GetValue(format) ?? "text",
                result.GetValue(language) == "en" ? new CultureInfo("en") : null);
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
            return Task.FromResult(Execute(request, output, error, interactive, cancellationToken));
        });
        return command;
    }

    /// <summary>Runs the check; returns the exit code.</summary>
    public static int Execute(CheckRequest request, TextWriter output, TextWriter error, bool interactive, CancellationToken cancellationToken = default)
    {
        var options = ValidationOptions.Default.WithCulture(request.Culture);
        if (request.SettingsFile is not null)
        {
            try
            {
                options = CheckSettings.Apply(request.SettingsFile, options);
            }
            catch (CheckSettingsException e)
            {
                return CommandOutput.Fail(error, e.Message);
            }
        }

        if (request.Strict)
        {
            options = options.Strict();
        }

        var validator = new ReviewValidator(options);
        var progress = new ProgressDisplay(error, request.Files.Count, interactive);
        var reports = new List<FileReport>();
        for (var i = 0; i < request.Files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = request.Files[i];
            progress.Show(i, file);
            try
            {
                var loaded = DocumentLoader.Load(file, cancellationToken);
                var result = validator.Validate(loaded.Document, cancellationToken);
                // The importer's diagnostics are catalogue rules too: their severity and language follow the options.
                var diagnostics = loaded.Diagnostics.Select(d => d.Configured(options)).OfType<ImportDiagnostic>().ToList();
                reports.Add(new FileReport(file, result.Findings, diagnostics, null));
            }
            catch (CommandInputException e)
            {
                progress.Clear();
                CommandOutput.Fail(error, e.Message);
                reports.Add(new FileReport(file, Array.Empty<Finding>(), Array.Empty<ImportDiagnostic>(), e.Message));
            }
        }

        progress.Clear();
        var summary = new CheckSummary(reports);
        switch (request.Format)
        {
            case "json":
                JsonReportWriter.Write(output, reports, summary);
                break;
            case "sarif":
                SarifReportWriter.Write(output, reports, summary, request.Culture);
                break;
            default:
                TextReportWriter.Write(output, reports, summary);
                break;
        }

        return summary.ExitCode;
    }
}
