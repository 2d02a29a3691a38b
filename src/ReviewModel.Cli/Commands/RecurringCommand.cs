using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ReviewModel.Cli.Checking;
using ReviewModel.Cli.Loading;
using ReviewModel.Similarity;

namespace ReviewModel.Cli.Commands;

/// <summary>
/// <c>reviewmodel recurring THIS --previous FILES… [--threshold X] [--format text|json|sarif]</c>: compares each
/// problem of THIS with the problems of earlier materials or ledgers (labelled by the year in their file names) and
/// reports RM0024 for each recurrence, with the similarity and the shared wording. Exit 0 (recurrences are warnings),
/// 2 when a file cannot be read.
/// </summary>
internal static class RecurringCommand
{
    public static Command Create()
    {
        var file = CommandParts.File("本年度材料 (this year's material)");
        var previous = new Option<string[]>("--previous") { Description = "往年材料或台账 JSON (earlier materials or ledgers)", Required = true, AllowMultipleArgumentsPerToken = true };
        var threshold = new Option<double?>("--threshold") { Description = "相似度阈值 0–1，默认 0.15 (similarity threshold)" };
        var format = new Option<string>("--format") { Description = "输出格式 (output format): text | json | sarif", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var command = new Command("recurring", "查找与往年材料实质相同的问题（年年提） (find problems that recur year after year)") { file, previous, threshold, format };
        command.SetAction((r, token) =>
        {
            var error = r.InvocationConfiguration.Error;
            try
            {
                var path = r.GetValue(file)!;
                var options = SimilarityOptions.Recurrence;
                if (r.GetValue(threshold) is { } t)
                {
                    options = t is >= 0 and <= 1 ? options.WithThreshold(t) : throw new CommandInputException($"--threshold: 阈值须在 0 到 1 之间 ({t}) (0–1).");
                }

                var current = MaterialLoader.Load(path, token);
                var earlier = (r.GetValue(previous) ?? Array.Empty<string>()).Select(p => new PreviousMaterial(MaterialLoader.Label(p), MaterialLoader.Load(p, token))).ToList();
                var recurrences = RecurringProblems.Find(current, earlier, options, token);
                var result = RecurringProblems.ToFindings(recurrences, current);
                var reports = new[] { new FileReport(path, result.Findings, Array.Empty<Import.ImportDiagnostic>(), null) };
                var summary = new CheckSummary(reports);
                var output = r.InvocationConfiguration.Output;
                ReportWriter.Write(output, reports, summary, r.GetValue(format));

                return Task.FromResult(summary.ExitCode);
            }
            catch (CommandInputException e)
            {
                return Task.FromResult(CommandOutput.Fail(error, e.Message));
            }
        });
        return command;
    }
}
