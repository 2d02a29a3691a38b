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
    /// <returns>The exit code: 0 success, 1 findings at error level, 2 bad input or bad arguments.</returns>
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

        return Run(args, Console.Out, Console.Error);
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

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
