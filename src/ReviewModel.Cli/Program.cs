using System.CommandLine;
using ReviewModel.Cli.Commands;

namespace ReviewModel.Cli;

/// <summary>The <c>reviewmodel</c> command line.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code: 0 success, 1 findings at error level, 2 bad input.</returns>
    public static int Main(string[] args)
    {
        var root = new RootCommand("reviewmodel：对照检查材料的检查、导入与生成 (check, import and render review materials)");
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        return root.Parse(args).Invoke();
    }
}
