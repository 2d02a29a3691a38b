using System;
using System.CommandLine;
using System.IO;
using System.Text;
using ReviewModel.Cli.Commands;
using ReviewModel.Cli.Loading;

namespace ReviewModel.Cli;

/// <summary>The <c>reviewmodel</c> command line.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code: 0 success, 1 findings at error level, 2 bad input, bad arguments or output that cannot be written, 130 cancelled.</returns>
    public static int Main(string[] args)
    {
        try
        {
            Console.OutputEncoding = new UTF8Encoding(false);
        }
        catch (IOException)
        {
            // No console to configure (output redirected on some platforms): the default writer is used.
        }

        var exit = Run(args, Console.Out, Console.Error);
        try
        {
            Console.Out.Flush();
        }
        catch (IOException e)
        {
            exit = Report(Console.Error, $"无法写出结果：{e.Message} (cannot write the output).");
        }

        return exit;
    }

    /// <summary>Parses and runs <paramref name="args"/>, writing to the given output and error writers.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <returns>The exit code; 2 when the arguments do not parse (an unknown command, option or value).</returns>
    internal static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("reviewmodel：对照检查材料的检查、导入与生成 (check, import and render review materials)");
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(RenderCommand.Create());
        root.Subcommands.Add(ListsCommand.Create());
        root.Subcommands.Add(LedgerCommand.Create());
        root.Subcommands.Add(RecurringCommand.Create());
        root.Subcommands.Add(SimilarCommand.Create());
        root.Subcommands.Add(FixCommand.Create());
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                CommandOutput.Fail(error, parseError.Message);
            }

            var command = parsed.CommandResult.Command;
            error.WriteLine(ReferenceEquals(command, root) ? "用法见 (usage): reviewmodel --help" : $"用法见 (usage): reviewmodel {command.Name} --help");
            return CommandOutput.BadInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CommandInputException e)
        {
            return Report(error, e.Message);
        }
        catch (IOException e)
        {
            // Standard output closed or full (a pipe whose reader left, /dev/full, a full disk): one line, exit 2.
            return Report(error, $"无法写出结果：{e.Message} (cannot write the output).");
        }
        catch (OperationCanceledException)
        {
            Report(error, "已取消 (cancelled).");
            return Cancelled;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Report(error, CommandOutput.InternalError("reviewmodel", e));
        }
    }

    /// <summary>Exit code when the run was cancelled (Ctrl+C), as shells report SIGINT.</summary>
    internal const int Cancelled = 130;

    /// <summary>One line on stderr, even when stderr itself cannot be written; returns <see cref="CommandOutput.BadInput"/>.</summary>
    private static int Report(TextWriter error, string message)
    {
        try
        {
            CommandOutput.Fail(error, message);
            error.Flush();
        }
        catch (IOException)
        {
            // Nowhere left to say it: the exit code does.
        }

        return CommandOutput.BadInput;
    }
}
