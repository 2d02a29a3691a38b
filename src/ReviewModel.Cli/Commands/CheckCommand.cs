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
/// imports each file (or reads it as a document JSON when it ends in .json; a folder gives the materials
/// under it, see <see cref="CheckInputs"/>), validates it and prints the findings in compiler format (or JSON, or SARIF 2.1.0)
/// with a summary. Exit code: 0 clean, 1 when any finding is an error, 2 when a file cannot be read,
/// has an unsupported format or is empty (one-line error on stderr each), or the settings are wrong.
/// Each file succeeds or fails on its own; the summary counts the failures and the exit code is the worst one.
/// </summary>
internal static class CheckCommand
{
    public const int Clean = 0;
    public const int ErrorsFound = 1;
    public const int BadInput = CommandOutput.BadInput;

    public static Command Create()
    {
        var files = new Argument<string[]>("files") { HelpName = "文件", Arity = ArgumentArity.OneOrMore, Description = "要检查的材料：.txt、.md、.docx 或文档 JSON；目录则递归检查其中的材料 (files to check: .txt, .md, .docx or document JSON; a folder is checked recursively)" };
        var include = new Option<string[]>("--include") { HelpName = "模式", Description = "目录中要检查的文件，如 \"*.md\"、\"2024/**/*.docx\"，可重复；默认 *.txt *.md *.markdown *.docx (files to check in folders; repeatable)", AllowMultipleArgumentsPerToken = false };
        var strict = new Option<bool>("--strict") { Description = "所有警告按错误处理 (treat every warning as an error)" };
        var settings = new Option<string?>("--settings") { HelpName = "文件", Description = "规则严重级别设置文件，每行如“RM0007 = error” (severity settings file, lines like 'RM0007 = error')" };
        var format = new Option<string>("--format") { HelpName = "格式", Description = "输出格式 (output format): text | json | sarif", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var language = new Option<string>("--lang") { HelpName = "语言", Description = "消息语言 (message language): zh | en", DefaultValueFactory = _ => "zh" };
        language.AcceptOnlyFromAmong("zh", "en");
        var command = new Command("check", "导入并检查对照检查材料，按编译器格式输出问题 (check review materials; findings in compiler format)")
        {
            files, strict, settings, format, language, include,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var request = new CheckRequest(
                result.GetValue(files) ?? Array.Empty<string>(),
                result.GetValue(strict),
                result.GetValue(settings),
                result.GetValue(format) ?? "text",
                result.GetValue(language) == "en" ? new CultureInfo("en") : null,
                result.GetValue(include));
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
        var inputs = CheckInputs.Expand(request.Files, request.Includes);
        var progress = new ProgressDisplay(error, inputs.Count, interactive);
        var streaming = request.Format == "text";
        var reports = new List<FileReport>(streaming ? 0 : inputs.Count);
        var summary = new CheckSummary();

        // Files are checked in parallel (one worker per processor, a bounded window of files in flight) and
        // reported in input order as soon as each is done; text output streams, JSON and SARIF are written at the end.
        OrderedParallel.Run(
            inputs.Count,
            Environment.ProcessorCount,
            Environment.ProcessorCount * 4,
            i => CheckFile(inputs[i], validator, options, cancellationToken),
            (i, report) =>
            {
                if (report.Error is not null)
                {
                    progress.Clear();
                    CommandOutput.Fail(error, report.Error);
                }

                if (streaming)
                {
                    progress.Clear();
                    TextReportWriter.WriteFile(output, report);
                }

                else
                {
                    reports.Add(report); // JSON and SARIF are one document: their findings are kept (the documents are not)
                }

                summary.Add(report);
                progress.Show(i, report.Path);
            },
            cancellationToken);

        progress.Clear();
        // In text, the files' lines were streamed above: only the summary is left.
        ReportWriter.Write(output, reports, summary, request.Format, request.Culture, o => TextReportWriter.WriteSummary(o, summary));

        return summary.ExitCode;
    }

    /// <summary>Checks one file; whatever goes wrong with it is reported for that file alone.</summary>
    private static FileReport CheckFile(CheckInput input, ReviewValidator validator, ValidationOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var file = input.Path;
        string? failure = input.Error;
        if (failure is null)
        {
            try
            {
                var loaded = DocumentLoader.Load(file, cancellationToken);
                var result = validator.Validate(loaded.Document, cancellationToken);
                // The importer's diagnostics are catalogue rules too: their severity and language follow the options.
                var diagnostics = loaded.Diagnostics.Select(d => d.Configured(options)).OfType<ImportDiagnostic>().ToList();
                return new FileReport(file, result.Findings, diagnostics, null);
            }
            catch (CommandInputException e)
            {
                failure = e.Message;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failure = CommandOutput.InternalError(file, e);
            }
        }

        return new FileReport(file, Array.Empty<Finding>(), Array.Empty<ImportDiagnostic>(), failure);
    }
}
