using System.CommandLine;
using System.CommandLine.Help;
using System.Linq;
using System.CommandLine.Invocation;

namespace ReviewModel.Cli.Help;

/// <summary>The action of <c>--help</c> (and of running <c>reviewmodel</c> with no arguments): <see cref="HelpWriter"/> on standard output, exit 0.</summary>
internal sealed class HelpPrintAction : SynchronousCommandLineAction
{
    private readonly RootCommand _root;

    public HelpPrintAction(RootCommand root)
    {
        _root = root;
    }

    /// <summary>Makes every <c>--help</c> of <paramref name="root"/> and its subcommands print through <see cref="HelpWriter"/>.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options.OfType<HelpOption>())
        {
            option.Action = new HelpPrintAction(root);
            option.Description = "显示帮助 (show help)";
        }

        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Description = "显示版本 (show version)";
        }
    }

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        HelpWriter.Write(parseResult.CommandResult.Command, _root, parseResult.InvocationConfiguration.Output);
        return 0;
    }
}
