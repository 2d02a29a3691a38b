using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;

namespace ReviewModel.Cli.Help;

/// <summary>
/// Writes the help of a command, named <c>reviewmodel</c> whatever the executable is called, within
/// <see cref="MaxWidth"/> display columns (a Chinese character counts as two), with named placeholders
/// (<c>--out &lt;路径&gt;</c>) and, for the root command, the exit codes.
/// </summary>
internal static class HelpWriter
{
    /// <summary>The widest line help writes, in display columns.</summary>
    public const int MaxWidth = 80;

    private const string Tool = "reviewmodel";
    private const int Indent = 2;
    private const int MaxFirstColumn = 26;

    /// <summary>The exit codes, as the root help lists them.</summary>
    public static readonly IReadOnlyList<(string Code, string Meaning)> ExitCodes = new[]
    {
        ("0", "成功，未发现错误级问题 (success)"),
        ("1", "check 发现错误级问题 (check found errors)"),
        ("2", "输入有误：文件缺失、无法读取、格式不支持或为空，参数错误，无法写出结果；每个问题在标准错误输出一行 (bad input, bad arguments or output that cannot be written; one line on stderr each)"),
        ("130", "已取消 (cancelled, Ctrl+C)"),
    };

    /// <summary>Writes the help of <paramref name="command"/>, a subcommand of <paramref name="root"/> or the root itself.</summary>
    public static void Write(Command command, RootCommand root, TextWriter output)
    {
        var isRoot = ReferenceEquals(command, root);
        var lines = new List<string>();
        if (command.Description is { Length: > 0 } description)
        {
            lines.AddRange(DisplayText.Wrap(description, MaxWidth));
            lines.Add(string.Empty);
        }

        var name = isRoot ? Tool : $"{Tool} {command.Name}";
        var usage = new StringBuilder(name);
        if (isRoot)
        {
            usage.Append(" <命令> [选项]");
        }
        else
        {
            foreach (var argument in command.Arguments.Where(a => !a.Hidden))
            {
                usage.Append(' ').Append(ArgumentLabel(argument));
            }

            usage.Append(" [选项]");
        }

        lines.Add("用法 (usage):");
        lines.AddRange(Column(usage.ToString(), Indent));
        lines.Add(string.Empty);

        var arguments = command.Arguments.Where(a => !a.Hidden).Select(a => (ArgumentLabel(a), a.Description ?? string.Empty)).ToList();
        Section(lines, "参数 (arguments):", arguments);

        var options = Options(command, root).Select(o => (OptionLabel(o), OptionDescription(o))).ToList();
        Section(lines, "选项 (options):", options);

        var subcommands = command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? string.Empty)).ToList();
        Section(lines, "命令 (commands):", subcommands);

        if (isRoot)
        {
            Section(lines, "退出码 (exit codes):", ExitCodes.ToList());
            lines.AddRange(DisplayText.Wrap($"每个命令的选项见 (options of a command): {Tool} <命令> --help", MaxWidth));
            lines.Add(string.Empty);
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        foreach (var line in lines)
        {
            output.WriteLine(line);
        }
    }

    /// <summary>The command's own options, then the recursive ones of its parents (<c>--help</c>).</summary>
    private static IEnumerable<Option> Options(Command command, RootCommand root)
    {
        var own = command.Options.Where(o => !o.Hidden).ToList();
        var inherited = ReferenceEquals(command, root) ? Enumerable.Empty<Option>() : root.Options.Where(o => o.Recursive && !o.Hidden && !own.Contains(o));
        return own.Concat(inherited);
    }

    private static string ArgumentLabel(Argument argument)
    {
        var label = $"<{argument.HelpName ?? argument.Name}>";
        return argument.Arity.MaximumNumberOfValues > 1 ? label + "..." : label;
    }

    private static string OptionLabel(Option option)
    {
        var names = option.Aliases.Where(a => a.Length == 2 && a[0] == '-' && char.IsAsciiLetter(a[1])).OrderBy(a => a, System.StringComparer.Ordinal).Append(option.Name).Concat(option.Aliases.Where(a => a.Length > 2 && a != option.Name));
        var label = string.Join(", ", names);
        var takesValue = option.Arity.MaximumNumberOfValues > 0 && option.ValueType != typeof(bool);
        return takesValue ? $"{label} <{option.HelpName ?? option.Name.TrimStart('-')}>" : label;
    }

    private static string OptionDescription(Option option)
    {
        var description = option.Description ?? string.Empty;
        if (option.HasDefaultValue && option.ValueType != typeof(bool) && option.GetDefaultValue() is { } value)
        {
            var text = value is FileSystemInfo info ? info.ToString() : value.ToString();
            if (!string.IsNullOrEmpty(text))
            {
                description += $" [默认 default: {text}]";
            }
        }

        return description;
    }

    /// <summary>A titled two-column section: labels on the left, descriptions wrapped on the right.</summary>
    private static void Section(List<string> lines, string title, IReadOnlyList<(string Label, string Text)> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        lines.Add(title);
        var labelWidth = rows.Select(r => DisplayText.Width(r.Label)).Where(w => w <= MaxFirstColumn).DefaultIfEmpty(0).Max();
        var textColumn = Indent + labelWidth + 2;
        foreach (var (label, text) in rows)
        {
            var wrapped = DisplayText.Wrap(text, MaxWidth - textColumn);
            var first = new string(' ', Indent) + label;
            if (DisplayText.Width(label) > labelWidth)
            {
                lines.AddRange(Column(label, Indent));
                first = null;
            }

            for (var i = 0; i < wrapped.Count; i++)
            {
                if (i == 0 && first is not null)
                {
                    lines.Add((first + new string(' ', textColumn - DisplayText.Width(first)) + wrapped[0]).TrimEnd());
                }
                else
                {
                    lines.Add((new string(' ', textColumn) + wrapped[i]).TrimEnd());
                }
            }
        }

        lines.Add(string.Empty);
    }

    /// <summary><paramref name="text"/> indented and wrapped within the width.</summary>
    private static IEnumerable<string> Column(string text, int indent) =>
        DisplayText.Wrap(text, MaxWidth - indent).Select(l => new string(' ', indent) + l);
}
