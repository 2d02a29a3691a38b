using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Tasks;
using ReviewModel.Cli.Checking;
using ReviewModel.Cli.Loading;
using ReviewModel.Similarity;

namespace ReviewModel.Cli.Commands;

/// <summary>
/// <c>reviewmodel similar DIR… [--corpus INDEX] [--save-index PATH] [--threshold X] [--format md|json|sarif] [--out PATH]</c>:
/// 查重 over a set of materials (a team's members, a county's teams), optionally against a saved corpus index (public
/// templates): for each material the duplication ratio and each matching paragraph with its source and span, as a
/// Markdown report (CNKI style), JSON, or SARIF (RM0025). Progress goes to stderr when it is a terminal.
/// Exit 0, or 2 when a file or the index cannot be read.
/// </summary>
internal static class SimilarCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "材料文件夹或文件 (folders or files of materials)" };
        var corpus = new Option<string?>("--corpus") { Description = "已保存的语料索引（如网上范文），一并比对 (a saved corpus index to compare against as well)" };
        var save = new Option<string?>("--save-index") { Description = "把本次材料（及语料）的索引保存到此文件以便复用 (save the index for reuse)" };
        var threshold = new Option<double?>("--threshold") { Description = "相似度阈值 0–1，默认 0.2 (similarity threshold)" };
        var format = new Option<string>("--format") { Description = "输出格式 (output format): md | json | sarif", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "json", "sarif");
        var output = CommandParts.Out("报告文件；省略时写到标准输出 (report file; default standard output)");
        var command = new Command("similar", "多份材料查重：复制比和雷同段落（来源与位置） (copy detection over materials)") { paths, corpus, save, threshold, format, output };
        command.SetAction((r, token) =>
        {
            var error = r.InvocationConfiguration.Error;
            try
            {
                var files = MaterialLoader.Files(r.GetValue(paths) ?? Array.Empty<string>());
                if (files.Count == 0)
                {
                    throw new CommandInputException($"{string.Join(" ", r.GetValue(paths) ?? Array.Empty<string>())}: 没有可比对的材料 (.txt/.md/.docx/.json) (no materials found).");
                }

                var documents = files.Select(f => (File: f, Document: MaterialLoader.Load(f, token))).ToList();
                var materials = documents.Select(d => SimilarityMaterial.FromDocument(Path.GetFileName(d.File), d.Document)).ToList();
                SimilarityIndex index;
                var inputs = new List<string>(files);
                if (r.GetValue(corpus) is { } corpusPath)
                {
                    inputs.Add(corpusPath);
                    try
                    {
                        using var stream = File.OpenRead(corpusPath);
                        index = SimilarityIndex.Load(stream);
                    }
                    catch (SimilarityIndexException e)
                    {
                        throw new CommandInputException($"{corpusPath}: {e.Message}", e);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        throw new CommandInputException($"{corpusPath}: 无法读取文件：{e.Message} (cannot read the file).", e);
                    }

                    if (r.GetValue(threshold) is not null)
                    {
                        throw new CommandInputException("--threshold: 使用 --corpus 时阈值取自索引 (with --corpus the threshold is the index's).");
                    }
                }
                else
                {
                    var options = SimilarityOptions.Default;
                    if (r.GetValue(threshold) is { } t)
                    {
                        options = t is >= 0 and <= 1 ? options.WithThreshold(t) : throw new CommandInputException($"--threshold: 阈值须在 0 到 1 之间 ({t}) (0–1).");
                    }

                    index = new SimilarityIndex(options);
                }

                var interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
                var display = new ProgressDisplay(error, materials.Count, interactive);
                var progress = new Progress(p => display.Show(p.Done - 1, $"{p.Stage} {p.Done}/{p.Total}"));
                for (var i = 0; i < materials.Count; i++)
                {
                    token.ThrowIfCancellationRequested();
                    index.Add(materials[i]);
                    progress.Report(new SimilarityProgress("索引", i + 1, materials.Count));
                }

                var reports = index.CheckAll(materials, progress, token);
                display.Clear();
                if (r.GetValue(save) is { } savePath)
                {
                    SafeOutput.Write(savePath, index.Save, error, inputs.ToArray());
                }

                var text = r.GetValue(format) switch
                {
                    "json" => Json(reports),
                    "sarif" => Sarif(reports, documents.Select(d => d.Document).ToList(), files),
                    _ => Markdown(reports, materials),
                };
                SafeOutput.WriteText(r.GetValue(output), text, r.InvocationConfiguration.Output, inputs.ToArray());
                return Task.FromResult(0);
            }
            catch (CommandInputException e)
            {
                return Task.FromResult(CommandOutput.Fail(error, e.Message));
            }
        });
        return command;
    }

    private static string Markdown(IReadOnlyList<DuplicationReport> reports, IReadOnlyList<SimilarityMaterial> materials)
    {
        var text = new StringBuilder("# 查重报告 (similarity report)\n\n| 材料 | 总文字复制比 | 雷同段落 |\n| --- | --- | --- |\n");
        foreach (var report in reports)
        {
            text.Append($"| {report.Source} | {report.Ratio.ToString("0.0%", CultureInfo.InvariantCulture)} | {report.Matches.Select(m => m.Path).Distinct().Count()} |\n");
        }

        foreach (var (report, material) in reports.Zip(materials, (a, b) => (a, b)).Where(x => x.a.Matches.Count > 0))
        {
            text.Append($"\n## {report.Source}（复制比 {report.Ratio.ToString("0.0%", CultureInfo.InvariantCulture)}）\n\n| 段落 | 位置 | 来源 | 来源段落 | 相似度 | 雷同片段 |\n| --- | --- | --- | --- | --- | --- |\n");
            foreach (var m in report.Matches)
            {
                var unit = material.Units.First(u => u.Path == m.Path);
                var excerpt = unit.Text.Substring(m.Span.Start, Math.Min(m.Span.Length, 60)).Replace("|", "\\|");
                text.Append($"| {m.Path} | {m.Span} | {m.Source} | {m.SourcePath} | {m.Similarity.ToString("0%", CultureInfo.InvariantCulture)} | {excerpt}{(m.Span.Length > 60 ? "…" : string.Empty)} |\n");
            }
        }

        return text.ToString();
    }

    private static string Json(IReadOnlyList<DuplicationReport> reports)
    {
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
        var shape = reports.Select(r => new
        {
            source = r.Source,
            ratio = Math.Round(r.Ratio, 4),
            characters = r.Characters,
            duplicatedCharacters = r.DuplicatedCharacters,
            matches = r.Matches.Select(m => new
            {
                path = m.Path,
                start = m.Span.Start,
                length = m.Span.Length,
                source = m.Source,
                sourcePath = m.SourcePath,
                sourceStart = m.SourceSpan.Start,
                sourceLength = m.SourceSpan.Length,
                similarity = Math.Round(m.Similarity, 4),
                sharedPhrases = m.SharedPhrases,
            }),
        });
        return JsonSerializer.Serialize(shape, options) + "\n";
    }

    private static string Sarif(IReadOnlyList<DuplicationReport> reports, IReadOnlyList<Model.ReviewDocument> documents, IReadOnlyList<string> files)
    {
        var fileReports = reports.Select((r, i) => new FileReport(files[i], r.ToFindings(documents[i]).Findings, Array.Empty<Import.ImportDiagnostic>(), null)).ToList();
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        SarifReportWriter.Write(writer, fileReports, new CheckSummary(fileReports), null);
        return writer.ToString();
    }

    private sealed class Progress : IProgress<SimilarityProgress>
    {
        private readonly Action<SimilarityProgress> _report;

        public Progress(Action<SimilarityProgress> report) => _report = report;

        public void Report(SimilarityProgress value) => _report(value);
    }
}
