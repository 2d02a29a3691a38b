using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using NodaTime.Text;
using ReviewModel.Cli.Checking;
using ReviewModel.Cli.Loading;
using ReviewModel.Ledger;
using ReviewModel.Ledger.Persistence;
using ReviewModel.Model;
using ReviewModel.Serialization;
using ReviewModel.Validation;

namespace ReviewModel.Cli.Commands;

/// <summary>
/// <c>reviewmodel ledger init|status|update|export|import|carry-forward</c>: the rectification ledger (整改台账) kept
/// as JSON. <c>init MATERIAL</c> creates it; <c>status</c> prints the counts and RM0020–RM0023 findings;
/// <c>update</c> records one change; <c>export</c> writes the .xlsx workbook; <c>import</c> merges a filled-in
/// workbook; <c>carry-forward</c> writes next year's 上年度整改落实情况 section. Outputs are UTF-8 and written
/// atomically; a command never overwrites its inputs (<c>update</c> and <c>import</c> need <c>--out</c>).
/// Exit codes: 0 success, 1 <c>status</c> found errors, 2 bad input (one line per problem on stderr).
/// </summary>
internal static class LedgerCommand
{
    public static Command Create()
    {
        var command = new Command("ledger", "整改台账：建立、查看、更新、导出/导入 xlsx、生成下一年度整改落实情况 (the rectification ledger)");
        command.Subcommands.Add(Init());
        command.Subcommands.Add(Status());
        command.Subcommands.Add(Update());
        command.Subcommands.Add(Export());
        command.Subcommands.Add(Import());
        command.Subcommands.Add(CarryForward());
        return command;
    }

    private static Argument<string> LedgerFile() => new("ledger") { Description = "台账 JSON (the ledger JSON)" };

    private static Command Init()
    {
        var file = CommandParts.File(CommandParts.DocumentOrMaterial);
        var output = CommandParts.Out("台账 JSON；省略时为“FILE-台账.json” (the ledger JSON; default FILE-台账.json next to FILE)");
        var command = new Command("init", "由材料建立整改台账 (create the ledger of a material)") { file, output };
        command.SetAction((r, token) => Run(r, error =>
        {
            var path = r.GetValue(file)!;
            var ledger = RectificationLedger.Create(DocumentLoader.Load(path, token).Document, token);
            var target = r.GetValue(output) ?? Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, Path.GetFileNameWithoutExtension(path) + "-台账.json");
            SafeOutput.WriteText(target, LedgerJson.Serialize(ledger), r.InvocationConfiguration.Output, path);
            return 0;
        }));
        return command;
    }

    private static Command Status()
    {
        var file = LedgerFile();
        var today = new Option<string?>("--today") { Description = "按此日期计算逾期（YYYY-MM-DD），默认今天（Asia/Shanghai） (the date to check against; default today)" };
        var dueSoon = new Option<int>("--due-soon") { Description = "RM0021 的天数 (days for RM0021)", DefaultValueFactory = _ => 14 };
        var format = new Option<string>("--format") { Description = "输出格式 (output format): text | json | sarif", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var command = new Command("status", "台账状态统计与逾期、即将到期、无佐证、时限调整检查 (status counts and RM0020–RM0023)") { file, today, dueSoon, format };
        command.SetAction((r, token) => Run(r, error =>
        {
            var path = r.GetValue(file)!;
            var (ledger, unknown) = LedgerLoader.Load(path);
            Warn(error, path, unknown);
            var clock = r.GetValue(today) is { } text ? Clock(text) : SystemClock.Instance;
            var days = r.GetValue(dueSoon);
            if (days < 0)
            {
                throw new CommandInputException($"--due-soon: 天数不能为负 ({days}) (days must not be negative).");
            }

            var result = new LedgerValidator(clock, LedgerCheckOptions.Default.WithDueSoonDays(days)).Validate(ledger, token);
            var reports = new[] { new FileReport(path, result.Findings, Array.Empty<Import.ImportDiagnostic>(), null) };
            var summary = new CheckSummary(reports);
            var output = r.InvocationConfiguration.Output;
            ReportWriter.Write(output, reports, summary, r.GetValue(format), text: o =>
            {
                o.WriteLine($"{ledger.Title}：共 {ledger.Entries.Count} 项整改事项 (entries)，截至 {ReviewModel.Text.ChineseText.FormatDate(RectificationLedger.Today(clock))}");
                foreach (var status in RectificationStatuses.All)
                {
                    o.WriteLine($"  {status.Name()}：{ledger.Entries.Count(e => e.Status == status)}");
                }

                var today = RectificationLedger.Today(clock);
                foreach (var overdue in ledger.Overdue(clock))
                {
                    o.WriteLine($"  已逾期 (overdue) {overdue.Key}：逾期 {LedgerText.Days(-(overdue.DaysUntilDue(today) ?? 0))}");
                }

                var flagged = ledger.Entries.Count(e => e.IsFlagged);
                if (flagged > 0)
                {
                    o.WriteLine($"  需关注（无措施或无对应问题）(flagged)：{flagged}");
                }

                TextReportWriter.Write(o, reports, summary);
            });

            return summary.ExitCode;
        }));
        return command;
    }

    private static Command Update()
    {
        var file = LedgerFile();
        var entry = new Option<string>("--entry") { Description = "事项编号，如 P1.1/M1 (entry key)", Required = true };
        var status = new Option<string?>("--status") { Description = "新状态 (new status): 未启动 | 推进中 | 已完成 | 长期坚持 | 已销号" };
        var date = new Option<string>("--date") { Description = "日期 YYYY-MM-DD 或 2025年6月30日 (the date)", Required = true };
        var by = new Option<string>("--by") { Description = "填报人；销号时为审批人 (who; the approver when closing)", DefaultValueFactory = _ => string.Empty };
        var note = new Option<string?>("--note") { Description = "进展情况 (what was done)" };
        var evidence = new Option<string[]>("--evidence") { Description = "佐证材料，可多次给出 (evidence; repeat for more)", AllowMultipleArgumentsPerToken = true };
        var deadline = new Option<string?>("--deadline") { Description = "新的完成时限（日期或“长期坚持”），--note 为理由 (a new deadline; --note is the reason)" };
        var output = CommandParts.Out("更新后的台账 JSON，须与输入不同 (the updated ledger JSON; must differ from the input)");
        output.Required = true;
        var command = new Command("update", "记录一项整改事项的进展、状态变更、销号或时限调整 (record progress, a status change, closing or a new deadline)")
        {
            file, entry, status, date, by, note, evidence, deadline, output,
        };
        command.SetAction((r, token) => Run(r, error =>
        {
            var path = r.GetValue(file)!;
            var (ledger, unknown) = LedgerLoader.Load(path);
            Warn(error, path, unknown);
            var when = Date(r.GetValue(date)!, "--date");
            var who = r.GetValue(by) ?? string.Empty;
            var what = r.GetValue(note);
            var files = r.GetValue(evidence) ?? Array.Empty<string>();
            RectificationStatus? to = null;
            if (r.GetValue(status) is { } statusText)
            {
                to = RectificationStatuses.TryParse(statusText, out var parsed)
                    ? parsed
                    : throw new CommandInputException($"--status: 未知状态“{statusText}”，应为 {string.Join("、", RectificationStatuses.AllNames)} (unknown status).");
            }

            Deadline? newDeadline = r.GetValue(deadline) is { } d ? (d.Trim() == "长期坚持" ? Deadline.LongTerm : Deadline.On(Date(d, "--deadline"))) : null;
            if (to is null && newDeadline is null && what is null && files.Length == 0)
            {
                throw new CommandInputException("update: 没有要记录的内容：请给出 --status、--note、--evidence 或 --deadline (nothing to record).");
            }

            RectificationLedger updated;
            try
            {
                updated = ledger.Update(u => u.Entry(r.GetValue(entry)!, e =>
                {
                    if (newDeadline is not null)
                    {
                        e.Deadline(newDeadline, when, who, what ?? "见整改台账");
                    }

                    if (to == RectificationStatus.Closed)
                    {
                        if (what is not null || files.Length > 0)
                        {
                            e.Progress(when, who, what ?? "补充佐证材料", files);
                        }

                        e.Close(when, who);
                    }
                    else if (to is { } next)
                    {
                        e.Status(next, when, who, what ?? $"状态改为“{next.Name()}”", files);
                    }
                    else if (newDeadline is null || files.Length > 0)
                    {
                        e.Progress(when, who, what ?? "补充佐证材料", files);
                    }
                }));
            }
            catch (LedgerUpdateException e)
            {
                throw new CommandInputException($"{path}: {e.Message}", e);
            }

            SafeOutput.WriteText(r.GetValue(output)!, LedgerJson.Serialize(updated), r.InvocationConfiguration.Output, path);
            return 0;
        }));
        return command;
    }

    private static Command Export()
    {
        var file = LedgerFile();
        var output = CommandParts.Out("xlsx 文件；省略时为台账同名 .xlsx (the workbook; default the ledger's name with .xlsx)");
        var command = new Command("export", "导出 xlsx 工作簿：整改清单及问题、任务、责任清单 (write the .xlsx workbook)") { file, output };
        command.SetAction((r, token) => Run(r, error =>
        {
            var path = r.GetValue(file)!;
            var (ledger, unknown) = LedgerLoader.Load(path);
            Warn(error, path, unknown);
            var target = r.GetValue(output) ?? Path.ChangeExtension(path, ".xlsx");
            SafeOutput.Write(target, stream => LedgerWorkbook.Export(ledger, stream, token), r.InvocationConfiguration.Output, path);
            return 0;
        }));
        return command;
    }

    private static Command Import()
    {
        var file = LedgerFile();
        var workbook = new Argument<string>("workbook") { Description = "填写后的 xlsx 工作簿 (the filled-in workbook)" };
        var output = CommandParts.Out("合并后的台账 JSON，须与输入不同 (the merged ledger JSON; must differ from the input)");
        output.Required = true;
        var command = new Command("import", "把填写后的 xlsx 工作簿合并回台账；有错误的单元格逐一列出，不作任何修改 (merge a filled-in workbook)") { file, workbook, output };
        command.SetAction((r, token) => Run(r, error =>
        {
            var path = r.GetValue(file)!;
            var xlsx = r.GetValue(workbook)!;
            var (ledger, unknown) = LedgerLoader.Load(path);
            Warn(error, path, unknown);
            LedgerImportResult result;
            try
            {
                using var stream = File.OpenRead(xlsx);
                result = LedgerWorkbook.Import(ledger, stream, token);
            }
            catch (LedgerWorkbookException e)
            {
                foreach (var cell in e.Errors.Skip(1))
                {
                    CommandOutput.Fail(error, $"{xlsx}: {cell}");
                }

                throw new CommandInputException($"{xlsx}: {e.Errors[0]}", e);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var reason = e is FileNotFoundException or DirectoryNotFoundException ? "文件不存在 (file not found)." : $"无法读取文件：{e.Message} (cannot read the file).";
                throw new CommandInputException($"{xlsx}: {reason}", e);
            }

            foreach (var notice in result.Notices)
            {
                error.WriteLine($"reviewmodel: warning: {xlsx}: {notice}");
            }

            SafeOutput.WriteText(r.GetValue(output)!, LedgerJson.Serialize(result.Ledger), r.InvocationConfiguration.Output, path, xlsx);
            r.InvocationConfiguration.Output.WriteLine($"合并了 {result.ChangedEntries} 项事项的变更 (entries changed)");
            return 0;
        }));
        return command;
    }

    private static Command CarryForward()
    {
        var file = LedgerFile();
        var asOf = new Option<string?>("--as-of") { Description = "统计截至日期 (the date the counts are stated for)" };
        var to = CommandParts.To("md", "txt", "json");
        var output = CommandParts.Out("输出文件；省略时写到标准输出 (output file; default standard output)");
        var command = new Command("carry-forward", "生成下一年度材料的“上年度整改落实情况” (write next year's 上年度整改落实情况 section)") { file, asOf, to, output };
        command.SetAction((r, token) => Run(r, error =>
        {
            var path = r.GetValue(file)!;
            var (ledger, unknown) = LedgerLoader.Load(path);
            Warn(error, path, unknown);
            LocalDate? date = r.GetValue(asOf) is { } text ? Date(text, "--as-of") : null;
            var section = ledger.CarryForward(date);
            var header = ledger.Document.Header;
            var fragment = new ReviewDocument(header, null, ValueList.Of<Section>(section));
            var form = r.GetValue(to) ?? "md";
            var content = form == "json" ? ReviewJson.Serialize(fragment) : CommandParts.RenderText(fragment, form);
            SafeOutput.WriteText(r.GetValue(output), content, r.InvocationConfiguration.Output, path);
            return 0;
        }));
        return command;
    }

    private static Task<int> Run(ParseResult result, Func<TextWriter, int> body)
    {
        var error = result.InvocationConfiguration.Error;
        try
        {
            return Task.FromResult(body(error));
        }
        catch (CommandInputException e)
        {
            return Task.FromResult(CommandOutput.Fail(error, e.Message));
        }
    }

    private static void Warn(TextWriter error, string path, IReadOnlyList<string> unknown)
    {
        foreach (var field in unknown)
        {
            error.WriteLine($"reviewmodel: warning: {path}: 未知字段 {field}，已忽略 (unknown field ignored).");
        }
    }

    private static LocalDate Date(string text, string option)
    {
        var iso = LocalDatePattern.Iso.Parse(text.Trim());
        if (iso.Success)
        {
            return iso.Value;
        }

        return ReviewModel.Text.ChineseText.ParseDate(text)
            ?? throw new CommandInputException($"{option}: 无法识别的日期“{text}”，应如 2025-06-30 或 2025年6月30日 (not a date).");
    }

    private static IClock Clock(string text)
    {
        var date = Date(text, "--today");
        return new FixedClock(date.At(new LocalTime(12, 0)).InZoneStrictly(RectificationLedger.DefaultZone).ToInstant());
    }

    private sealed class FixedClock : IClock
    {
        private readonly Instant _instant;

        public FixedClock(Instant instant) => _instant = instant;

        public Instant GetCurrentInstant() => _instant;
    }
}
