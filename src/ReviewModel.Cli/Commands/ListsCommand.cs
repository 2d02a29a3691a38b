using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ReviewModel.Cli.Loading;
using ReviewModel.Rendering.Lists;

namespace ReviewModel.Cli.Commands;

/// <summary>
/// <c>reviewmodel lists FILE [--to md|csv|docx] [--view rectification|problems|tasks|responsibilities|all] [--out PATH]</c>:
/// builds the 整改清单 (default view) or the 问题/任务/责任清单 of a document JSON or an imported material.
/// Markdown (the default) and CSV (UTF-8 with a byte-order mark, for Excel) go to PATH or standard output;
/// a DOCX is always a file: PATH, or <c>FILE-整改清单.docx</c> (named after the view) next to FILE.
/// <c>--view all</c> writes the four views one after the other (Markdown, DOCX); CSV holds one view only.
/// Exit code 0, or 2 when the file cannot be read or CSV is asked for all views.
/// </summary>
internal static class ListsCommand
{
    public static Command Create()
    {
        var file = CommandParts.File(CommandParts.DocumentOrMaterial);
        var to = CommandParts.To("md", "csv", "docx");
        var view = new Option<string>("--view") { HelpName = "清单", Description = "清单 (list): rectification 整改清单 | problems 问题清单 | tasks 任务清单 | responsibilities 责任清单 | all", DefaultValueFactory = _ => "rectification" };
        view.AcceptOnlyFromAmong("rectification", "problems", "tasks", "responsibilities", "all");
        var output = CommandParts.Out("输出文件；md/csv 省略时写到标准输出，docx 省略时为“FILE-整改清单.docx” (output file; md/csv default to standard output)");
        var command = new Command("lists", "生成整改清单及问题、任务、责任清单 (write the rectification list and its views)")
        {
            file, to, view, output,
        };
        command.SetAction((result, cancellationToken) => Task.FromResult(Execute(
            result.GetValue(file)!,
            result.GetValue(to) ?? "md",
            result.GetValue(view) ?? "rectification",
            result.GetValue(output),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error,
            cancellationToken)));
        return command;
    }

    /// <summary>The views <paramref name="view"/> names, in order.</summary>
    public static IReadOnlyList<ListView> Views(string view) => view switch
    {
        "problems" => new[] { ListView.Problems },
        "tasks" => new[] { ListView.Tasks },
        "responsibilities" => new[] { ListView.Responsibilities },
        "all" => new[] { ListView.Rectification, ListView.Problems, ListView.Tasks, ListView.Responsibilities },
        _ => new[] { ListView.Rectification },
    };

    /// <summary>The Chinese name of the list, used in default file names.</summary>
    public static string ListName(string view) => view switch
    {
        "problems" => "问题清单",
        "tasks" => "任务清单",
        "responsibilities" => "责任清单",
        "all" => "清单",
        _ => "整改清单",
    };

    /// <summary>The DOCX written when no <c>--out</c> is given: <c>FILE-整改清单.docx</c> next to FILE.</summary>
    public static string DefaultDocxPath(string file, string view) =>
        Path.Combine(Path.GetDirectoryName(file) ?? string.Empty, $"{Path.GetFileNameWithoutExtension(file)}-{ListName(view)}.docx");

    /// <summary>Writes the lists; returns the exit code.</summary>
    public static int Execute(string file, string to, string view, string? outPath, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var views = Views(view);
        if (to == "csv" && views.Count > 1)
        {
            return CommandOutput.Fail(error, $"{file}: CSV 只能容纳一个清单，请用 --view 选择一个，或用 md/docx (CSV holds one list: choose one --view, or use md/docx).");
        }

        try
        {
            CommandOutput.RefuseInput(to == "docx" ? outPath ?? DefaultDocxPath(file, view) : outPath, file);
            var list = RectificationList.From(DocumentLoader.Load(file, cancellationToken).Document, cancellationToken);
            switch (to)
            {
                case "csv":
                    var csv = new MemoryStream();
                    RectificationListWriter.WriteCsv(list, csv, views[0]);
                    if (outPath is null)
                    {
                        output.Write(new UTF8Encoding(false).GetString(csv.ToArray())); // keeps the byte-order mark as U+FEFF
                    }
                    else
                    {
                        CommandOutput.WriteFile(outPath, stream => csv.WriteTo(stream), output);
                    }

                    break;
                case "docx":
                    CommandOutput.WriteFile(outPath ?? DefaultDocxPath(file, view), stream => RectificationListWriter.WriteDocx(list, stream, views, null, cancellationToken), output);
                    break;
                default:
                    var markdown = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
                    RectificationListWriter.WriteMarkdown(list, markdown, views, cancellationToken);
                    CommandOutput.WriteText(outPath, markdown.ToString(), output);
                    break;
            }

            return 0;
        }
        catch (CommandInputException e)
        {
            return CommandOutput.Fail(error, e.Message);
        }
    }
}
